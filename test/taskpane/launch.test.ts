import {
  CHECK_REQUEST_MAX_AGE_MS,
  CHECK_REQUEST_SETTING,
  checkRequestedBySearch,
  initialViewFromSearch,
  isDarkBackground,
  recordCheckRequest,
  takeCheckRequest,
} from '../../src/taskpane/launch';
import { localeFor } from '../../src/taskpane/strings';
import { MemorySettings } from './memory-settings';

describe('pane launch helpers', () => {
  test('?view=template opens the template form, anything else the check view', () => {
    expect(initialViewFromSearch('?view=template')).toBe('template');
    expect(initialViewFromSearch('?_host_Info=Excel$Win32&view=template')).toBe('template');
    expect(initialViewFromSearch('')).toBe('check');
    expect(initialViewFromSearch('?view=other')).toBe('check');
  });

  test('?run=check asks for a check as the pane opens', () => {
    expect(checkRequestedBySearch('?run=check')).toBe(true);
    expect(checkRequestedBySearch('?_host_Info=Excel&run=check')).toBe(true);
    expect(checkRequestedBySearch('?run=other')).toBe(false);
    expect(checkRequestedBySearch('')).toBe(false);
  });

  test('English display languages get en-US, everything else zh-CN', () => {
    expect(localeFor('en-US')).toBe('en-US');
    expect(localeFor('en-GB')).toBe('en-US');
    expect(localeFor('EN')).toBe('en-US');
    expect(localeFor('zh-CN')).toBe('zh-CN');
    expect(localeFor('de-DE')).toBe('zh-CN');
    expect(localeFor(undefined)).toBe('zh-CN');
  });

  test('dark Office themes are recognised by their background colour', () => {
    expect(isDarkBackground('#262626')).toBe(true);
    expect(isDarkBackground('000000')).toBe(true);
    expect(isDarkBackground('#FFFFFF')).toBe(false);
    expect(isDarkBackground('#e6e6e6')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
    expect(isDarkBackground('not a colour')).toBe(false);
  });

  test('a recorded ribbon request is taken once, and only while recent', async () => {
    const settings = new MemorySettings();
    await recordCheckRequest(settings, 1_000_000);
    expect(settings.get(CHECK_REQUEST_SETTING)).toBe(1_000_000);
    expect(settings.saves).toBe(1);

    expect(takeCheckRequest(settings, 1_000_000 + 5_000)).toBe(true);
    expect(takeCheckRequest(settings, 1_000_000 + 5_000)).toBe(false);
    expect(settings.values.has(CHECK_REQUEST_SETTING)).toBe(false);

    await recordCheckRequest(settings, 1_000_000);
    expect(takeCheckRequest(settings, 1_000_000 + CHECK_REQUEST_MAX_AGE_MS + 1)).toBe(false);
    expect(settings.values.has(CHECK_REQUEST_SETTING)).toBe(false);

    settings.set(CHECK_REQUEST_SETTING, 'garbage');
    expect(takeCheckRequest(settings, 1_000_000)).toBe(false);
  });

  test('recording settles even when the host never answers the save', async () => {
    jest.useFakeTimers();
    try {
      const settings = new MemorySettings(false);
      const recorded = recordCheckRequest(settings, 5, 3000);
      jest.advanceTimersByTime(3000);
      await expect(recorded).resolves.toBeUndefined();
      expect(settings.get(CHECK_REQUEST_SETTING)).toBe(5);
    } finally {
      jest.useRealTimers();
    }
  });
});
