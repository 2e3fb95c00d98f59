/**
 * An in-memory workbook and a WorkbookGateway over it, with the same behaviour as the Excel
 * adapter: bounded reads, highlights that remember each cell's original fill in the workbook's
 * settings and restore it exactly, a protected sheet refused before anything is written, and
 * 插入模板 on a free sheet name. The browser preview and the tests run the real task pane on it.
 * No DOM, Office.js or Node imports.
 */
import type { Cell, CellRange, Grid } from '../core/grid';
import { EMPTY_CELL, parseA1, toA1 } from '../core/grid';
import { buildTemplate, nextFreeSheetName, templateToGrid, type TemplateOptions } from '../core/template';
import {
  GatewayError,
  READ_LIMITS,
  type HighlightRequest,
  type SheetRead,
  type WorkbookGateway,
} from './gateway';
import {
  HIGHLIGHT_SETTING,
  SEVERITY_FILLS,
  highlightsPerCell,
  parseMarks,
  restoredFill,
  serialiseMarks,
  type MarkedCell,
} from './highlights';

export class MemorySheet {
  /** Fill colours by A1 address; a cell without an entry has no fill. */
  private readonly fills = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly grid: Grid,
    public isProtected = false,
  ) {}

  fillAt(row: number, col: number): string | undefined {
    return this.fills.get(toA1(row, col));
  }

  fillOf(address: string): string | null {
    return this.fills.get(address.toUpperCase()) ?? null;
  }

  /** Sets (or with null removes) a cell's fill. */
  setFill(address: string, colour: string | null): void {
    if (colour === null) this.fills.delete(address.toUpperCase());
    else this.fills.set(address.toUpperCase(), colour);
  }

  /** Every filled cell, for tests and pictures. */
  filledCells(): ReadonlyMap<string, string> {
    return this.fills;
  }
}

/** What a new sheet holds: a grid, optionally fills and protection. */
export interface SheetInit {
  readonly grid: Grid;
  readonly fills?: Readonly<Record<string, string>>;
  readonly isProtected?: boolean;
}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  /** Workbook-level settings, like Office's document settings (kept with the file). */
  readonly settings = new Map<string, string>();
  private activeName: string | undefined;
  private selected: string | undefined;
  private readonly listeners = new Set<() => void>();

  static fromGrids(grids: readonly Grid[]): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const grid of grids) workbook.addSheet({ grid });
    return workbook;
  }

  get activeSheet(): MemorySheet | undefined {
    return this.activeName === undefined ? undefined : this.sheet(this.activeName);
  }

  /** The selected cell of the active sheet (A1). */
  get selection(): string | undefined {
    return this.selected;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  /** Adds a sheet under the grid's name; the first sheet becomes the active one. */
  addSheet(init: SheetInit): MemorySheet {
    const sheet = new MemorySheet(init.grid.sheet, init.grid, init.isProtected ?? false);
    for (const [address, colour] of Object.entries(init.fills ?? {})) sheet.setFill(address, colour);
    this.sheets.push(sheet);
    this.activeName ??= sheet.name;
    this.changed();
    return sheet;
  }

  activate(name: string): void {
    if (!this.sheet(name)) throw new GatewayError('sheet-not-found', name);
    if (this.activeName !== name) this.selected = undefined;
    this.activeName = name;
    this.changed();
  }

  select(name: string, address: string): void {
    this.activate(name);
    this.selected = address.toUpperCase();
    this.changed();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The first `rows` × `columns` of a grid, with its merges clipped to them. */
export function boundedGrid(grid: Grid, rows: number, columns: number): Grid {
  if (grid.rowCount <= rows && grid.columnCount <= columns) return grid;
  const rowCount = Math.min(grid.rowCount, rows);
  const columnCount = Math.min(grid.columnCount, columns);
  const merges: CellRange[] = grid.merges
    .filter((m) => m.top < rowCount && m.left < columnCount)
    .map((m) => ({
      ...m,
      bottom: Math.min(m.bottom, rowCount - 1),
      right: Math.min(m.right, columnCount - 1),
    }));
  return {
    sheet: grid.sheet,
    rowCount,
    columnCount,
    merges,
    cell: (row: number, col: number): Cell =>
      row < rowCount && col < columnCount ? grid.cell(row, col) : EMPTY_CELL,
  };
}

export class MemoryGateway implements WorkbookGateway {
  constructor(readonly workbook: MemoryWorkbook) {}

  async readSheets(scope: 'active' | 'all'): Promise<SheetRead> {
    const active = this.workbook.activeSheet;
    if (scope === 'active' && !active) throw new GatewayError('no-active-sheet');
    const sheets = scope === 'active' && active ? [active] : this.workbook.sheets;
    const truncated = sheets
      .filter((s) => s.grid.rowCount > READ_LIMITS.rows || s.grid.columnCount > READ_LIMITS.columns)
      .map((s) => ({ sheet: s.name, rows: s.grid.rowCount, columns: s.grid.columnCount }));
    return {
      grids: sheets.map((s) => boundedGrid(s.grid, READ_LIMITS.rows, READ_LIMITS.columns)),
      truncated,
    };
  }

  async applyHighlights(highlights: readonly HighlightRequest[]): Promise<void> {
    const requests = highlightsPerCell(highlights);
    const sheets = requests.map((request) => this.sheetOrThrow(request.sheet));
    const earlier = this.storedMarks();
    const protectedSheet = [...sheets, ...this.sheetsOf(earlier)].find((sheet) => sheet.isProtected);
    if (protectedSheet) throw new GatewayError('sheet-protected', protectedSheet.name);
    this.restore(earlier);
    const marks: MarkedCell[] = requests.map((request, i) => {
      const sheet = sheets[i]!;
      const applied = SEVERITY_FILLS[request.severity];
      const mark = {
        sheet: sheet.name,
        cell: request.cell.toUpperCase(),
        original: sheet.fillOf(request.cell),
        applied,
      };
      sheet.setFill(request.cell, applied);
      return mark;
    });
    this.storeMarks(marks);
    this.workbook.changed();
  }

  async clearHighlights(): Promise<void> {
    const marks = this.storedMarks();
    const protectedSheet = this.sheetsOf(marks).find((sheet) => sheet.isProtected);
    if (protectedSheet) throw new GatewayError('sheet-protected', protectedSheet.name);
    this.restore(marks);
    this.storeMarks([]);
    this.workbook.changed();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.sheetOrThrow(sheet);
    if (!parseA1(cell)) throw new GatewayError('host-error', `${sheet}!${cell}`);
    this.workbook.select(sheet, cell);
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    const name = nextFreeSheetName(this.workbook.sheets.map((sheet) => sheet.name));
    const grid = templateToGrid(buildTemplate(options), name);
    this.workbook.addSheet({ grid });
    this.workbook.activate(name);
    return name;
  }

  private sheetOrThrow(name: string): MemorySheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new GatewayError('sheet-not-found', name);
    return sheet;
  }

  /** Sheets named in marks that still exist (a deleted sheet has nothing to restore). */
  private sheetsOf(marks: readonly MarkedCell[]): MemorySheet[] {
    return marks
      .map((mark) => this.workbook.sheet(mark.sheet))
      .filter((s): s is MemorySheet => s !== undefined);
  }

  private restore(marks: readonly MarkedCell[]): void {
    for (const mark of marks) {
      const sheet = this.workbook.sheet(mark.sheet);
      if (!sheet) continue;
      const fill = restoredFill(mark, sheet.fillOf(mark.cell));
      if (fill !== 'keep') sheet.setFill(mark.cell, fill);
    }
  }

  private storedMarks(): MarkedCell[] {
    return parseMarks(this.workbook.settings.get(HIGHLIGHT_SETTING));
  }

  private storeMarks(marks: readonly MarkedCell[]): void {
    if (marks.length === 0) this.workbook.settings.delete(HIGHLIGHT_SETTING);
    else this.workbook.settings.set(HIGHLIGHT_SETTING, serialiseMarks(marks));
  }
}
