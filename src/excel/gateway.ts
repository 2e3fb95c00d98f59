/**
 * The one interface the task pane talks to. Implemented for Excel (Office.js) and for an
 * in-memory workbook (browser preview, tests). No Office.js types leak through it.
 */
import type { Severity } from '../core/finding';
import type { Grid } from '../core/grid';
import type { TemplateOptions } from '../core/template';

/** Sheets larger than this are read up to the bound, and the pane says so. */
export const READ_LIMITS = { rows: 2000, columns: 50 } as const;

export interface HighlightRequest {
  readonly sheet: string;
  /** A1 address of the cell to colour. */
  readonly cell: string;
  readonly severity: Severity;
}

export interface SheetRead {
  readonly grids: readonly Grid[];
  /** Sheets whose used range exceeded READ_LIMITS: only the first rows/columns were read. */
  readonly truncated: readonly { readonly sheet: string; readonly rows: number; readonly columns: number }[];
}

export type GatewayErrorCode =
  | 'not-excel' // Office.onReady reported another host, or no Office at all
  | 'api-unsupported' // the ExcelApi requirement set is missing
  | 'sheet-protected' // highlights or template cannot be written
  | 'no-active-sheet'
  | 'sheet-not-found'
  | 'host-error'; // anything else the host threw; detail says what

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'GatewayError';
  }
}

export interface WorkbookGateway {
  /** Reads the active sheet, or every sheet, as grids (bounded by READ_LIMITS). */
  readSheets(scope: 'active' | 'all'): Promise<SheetRead>;
  /**
   * Colours each cell by severity. Restores any earlier highlights first; remembers each
   * cell's original fill (kept in the workbook) so clearHighlights can restore it exactly.
   */
  applyHighlights(highlights: readonly HighlightRequest[]): Promise<void>;
  /** Restores the original fill of every highlighted cell. Safe to call when there are none. */
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects (scrolls to) the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Adds a blank template sheet (a free name such as `绩效自评表 (2)`), activates it, returns its name. */
  insertTemplate(options: TemplateOptions): Promise<string>;
}
