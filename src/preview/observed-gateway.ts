/**
 * Wraps a gateway so the page hears about every call that may have changed the workbook
 * (highlights, selection, a new sheet) and can redraw its grid view. Calls pass through unchanged.
 */
import type { WorkbookGateway } from '../excel/gateway';

export function observedGateway(inner: WorkbookGateway, changed: () => void): WorkbookGateway {
  async function after<T>(call: Promise<T>): Promise<T> {
    try {
      return await call;
    } finally {
      changed();
    }
  }
  return {
    readSheets: (scope) => inner.readSheets(scope),
    applyHighlights: (highlights) => after(inner.applyHighlights(highlights)),
    clearHighlights: () => after(inner.clearHighlights()),
    selectCell: (sheet, cell) => after(inner.selectCell(sheet, cell)),
    insertTemplate: (options) => after(inner.insertTemplate(options)),
  };
}
