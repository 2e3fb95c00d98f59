/**
 * The ribbon's 检查本表: check the active sheet, colour the findings, then open the pane so the
 * results show (the pane re-runs the check as it opens, so it lists exactly what is on the sheet).
 * Office's event.completed() is always called, whatever happens.
 */
import { checkGrids, type CheckResult } from '../core/check';
import type { Locale } from '../core/i18n';
import type { WorkbookGateway } from '../excel/gateway';
import { recordCheckRequest, type SettingsStore } from '../taskpane/launch';

export interface CommandEvent {
  completed(): void;
}

export interface RibbonCheckDeps {
  readonly createGateway: () => WorkbookGateway;
  readonly locale: Locale;
  readonly check?: typeof checkGrids;
  /** Document settings, to ask the pane to show fresh results; absent when the host has none. */
  readonly settings?: SettingsStore;
  /** Opens the task pane; absent when the host cannot open it from a command. */
  readonly showPane?: () => Promise<void>;
  readonly now?: () => number;
  /** Where failures go (the ribbon has no surface of its own to show them). */
  readonly report?: (message: string, error: unknown) => void;
}

/** Reads the active sheet, checks it and colours the findings. */
export async function checkActiveSheet(
  gateway: WorkbookGateway,
  locale: Locale,
  check: typeof checkGrids = checkGrids,
): Promise<CheckResult> {
  const read = await gateway.readSheets('active');
  const result = check(read.grids, { locale });
  await gateway.applyHighlights(
    result.findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })),
  );
  return result;
}

export function checkSheetCommand(deps: RibbonCheckDeps): (event: CommandEvent) => Promise<void> {
  const report = deps.report ?? ((message, error) => console.error(message, error));
  return async (event) => {
    try {
      await checkActiveSheet(deps.createGateway(), deps.locale, deps.check);
    } catch (error) {
      // The pane, opened below, runs the check again and explains the problem in words.
      report('检查本表 failed', error);
    }
    try {
      if (deps.settings) await recordCheckRequest(deps.settings, (deps.now ?? Date.now)());
      if (deps.showPane) await deps.showPane();
    } catch (error) {
      report('Opening the task pane failed', error);
    } finally {
      event.completed();
    }
  };
}
