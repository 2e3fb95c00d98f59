/** Ribbon commands. 检查本表 (checkSheet) checks the active sheet and opens the pane on the results. */
import { createHostGateway } from '../taskpane/host-gateway';
import { localeFor } from '../taskpane/strings';
import { checkSheetCommand } from './ribbon-check';

function canShowPane(): boolean {
  try {
    return (
      typeof Office.addin?.showAsTaskpane === 'function' &&
      Office.context.requirements.isSetSupported('SharedRuntime', '1.1')
    );
  } catch {
    return false;
  }
}

function documentSettings(): Office.Settings | undefined {
  try {
    return Office.context.document?.settings ?? undefined;
  } catch {
    return undefined;
  }
}

async function checkSheet(event: Office.AddinCommands.Event): Promise<void> {
  const handler = checkSheetCommand({
    createGateway: createHostGateway,
    locale: localeFor(Office.context?.displayLanguage),
    settings: documentSettings(),
    showPane: canShowPane() ? () => Office.addin.showAsTaskpane() : undefined,
  });
  await handler(event);
}

Office.onReady(() => undefined);
Office.actions.associate('checkSheet', checkSheet);
