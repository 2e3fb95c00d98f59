/**
 * How the pane starts: which view, which theme, and whether the ribbon's 检查本表 asked it to
 * run a check as it opens. Shared by the pane and the ribbon commands; no React here.
 */
import type { PaneView } from './App';
import type { SettingsStore } from '../excel/office-gateway';

/** Document setting the ribbon's 检查本表 leaves so the pane, opening next, shows fresh results. */
export const CHECK_REQUEST_SETTING = 'selfeval.checkRequestedAt';

/** A request older than this was left by a pane that never opened; it is ignored. */
export const CHECK_REQUEST_MAX_AGE_MS = 2 * 60 * 1000;

/** The part of Office.Settings the pane and the commands use. */
export type { SettingsStore };

export function initialViewFromSearch(search: string): PaneView {
  return new URLSearchParams(search).get('view') === 'template' ? 'template' : 'check';
}

/** `?run=check`: the pane was opened by a ribbon button that should check as it opens. */
export function checkRequestedBySearch(search: string): boolean {
  return new URLSearchParams(search).get('run') === 'check';
}

/** Leaves the ribbon's request in the document; settles when saved, or after timeoutMs at the latest. */
export function recordCheckRequest(settings: SettingsStore, now: number, timeoutMs = 3000): Promise<void> {
  settings.set(CHECK_REQUEST_SETTING, now);
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    settings.saveAsync(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** True when a recent ribbon request is waiting; the request is consumed either way. */
export function takeCheckRequest(settings: SettingsStore, now: number): boolean {
  const requestedAt = settings.get(CHECK_REQUEST_SETTING);
  if (requestedAt === null || requestedAt === undefined) return false;
  settings.remove(CHECK_REQUEST_SETTING);
  settings.saveAsync();
  return (
    typeof requestedAt === 'number' && now - requestedAt >= 0 && now - requestedAt <= CHECK_REQUEST_MAX_AGE_MS
  );
}

/** Whether an Office theme background colour (#rrggbb) is dark. */
export function isDarkBackground(color: string | undefined | null): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
