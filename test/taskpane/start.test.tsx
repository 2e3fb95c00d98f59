import './dom-setup';
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import type { CheckResult } from '../../src/core/check';
import { CHECK_REQUEST_SETTING } from '../../src/taskpane/launch';
import { startPane, type OfficeHost } from '../../src/taskpane/start';
import { STRINGS } from '../../src/taskpane/strings';
import { FakeGateway } from './fake-gateway';
import { MemorySettings } from './memory-settings';

const zh = STRINGS['zh-CN'];
const en = STRINGS['en-US'];

function office(options: {
  host: string | null;
  displayLanguage?: string;
  excelApi19?: boolean;
  settings?: MemorySettings;
}): OfficeHost {
  return {
    onReady: async () => ({ host: options.host }),
    context: {
      displayLanguage: options.displayLanguage,
      requirements: {
        isSetSupported: (name, version) =>
          name === 'ExcelApi' && version === '1.9' && options.excelApi19 !== false,
      },
      document: { settings: options.settings },
    },
  };
}

const EMPTY: CheckResult = { forms: [], findings: [] };

async function start(host: OfficeHost | undefined, search = '', gateway = new FakeGateway()) {
  const container = document.createElement('div');
  document.body.append(container);
  let outcome: string | undefined;
  await act(async () => {
    outcome = await startPane({
      office: host,
      createGateway: () => gateway,
      container,
      search,
      now: () => 1000,
      check: () => EMPTY,
    });
  });
  return { outcome, gateway };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('starting the pane', () => {
  test('says to open it in Excel when office.js did not load at all', async () => {
    const { outcome } = await start(undefined);
    expect(outcome).toBe('not-excel');
    expect(screen.getByRole('alert')).toHaveTextContent(zh.notInExcel);
  });

  test('says to open it in Excel when Office reports no host (a plain browser) or another host', async () => {
    expect((await start(office({ host: null }))).outcome).toBe('not-excel');
    expect(screen.getByRole('alert')).toHaveTextContent(zh.notInExcel);
    document.body.innerHTML = '';
    expect((await start(office({ host: 'Word', displayLanguage: 'en-US' }))).outcome).toBe('not-excel');
    expect(screen.getByRole('alert')).toHaveTextContent(en.notInExcel);
  });

  test('explains when ExcelApi 1.9 is missing', async () => {
    const { outcome } = await start(office({ host: 'Excel', excelApi19: false }));
    expect(outcome).toBe('api-unsupported');
    expect(screen.getByRole('alert')).toHaveTextContent(zh.apiUnsupported);
    expect(screen.queryByRole('button', { name: zh.checkSheet })).not.toBeInTheDocument();
  });

  test('shows the app in Excel, in English when Excel speaks English', async () => {
    const { outcome, gateway } = await start(office({ host: 'Excel', displayLanguage: 'en-GB' }));
    expect(outcome).toBe('app');
    expect(screen.getByRole('button', { name: en.checkSheet })).toBeInTheDocument();
    expect(gateway.calls).toEqual([]);
  });

  test('?view=template opens on the template form', async () => {
    await start(office({ host: 'Excel' }), '?view=template');
    expect(screen.getByRole('spinbutton', { name: zh.templateYear })).toBeInTheDocument();
  });

  test('?run=check runs the check as the pane opens; without it nothing is read', async () => {
    const { gateway } = await start(office({ host: 'Excel' }), '?run=check');
    await waitFor(() => expect(gateway.callsOf('readSheets')).toHaveLength(1));
    document.body.innerHTML = '';
    const quiet = await start(office({ host: 'Excel', settings: new MemorySettings() }));
    expect(quiet.gateway.calls).toEqual([]);
  });

  test('a fresh request from the ribbon runs the check as the pane opens, once', async () => {
    const settings = new MemorySettings();
    settings.set(CHECK_REQUEST_SETTING, 900);
    const { gateway } = await start(office({ host: 'Excel', settings }));
    await waitFor(() => expect(gateway.callsOf('readSheets')).toHaveLength(1));
    expect(settings.values.has(CHECK_REQUEST_SETTING)).toBe(false);
  });
});
