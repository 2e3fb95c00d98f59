/**
 * The workbook gateway the pane and the ribbon commands use inside Excel.
 * Until the Office.js adapter (src/excel/office-gateway.ts) is part of the build, every call
 * answers with a clear host-error instead of failing silently.
 */
import { GatewayError, type WorkbookGateway } from '../excel/gateway';

const UNAVAILABLE = 'Excel 读写模块尚未包含在此版本中 / the Excel adapter is not part of this build';

function unavailable(): Promise<never> {
  return Promise.reject(new GatewayError('host-error', UNAVAILABLE));
}

export function createHostGateway(): WorkbookGateway {
  return {
    readSheets: unavailable,
    applyHighlights: unavailable,
    clearHighlights: unavailable,
    selectCell: unavailable,
    insertTemplate: unavailable,
  };
}
