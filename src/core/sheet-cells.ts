/**
 * A sheet's cells as the reader asks for them: displayed text, label key and parsed value,
 * each worked out at most once per cell, and merged areas looked up by row.
 */
import { EMPTY_CELL, type CellRange, type Grid } from './grid';
import { labelKey } from './labels';
import type { ParsedValue } from './value-types';
import { parseCell } from './values';

/** The longest text that can still be a label; longer cells are prose. */
export const MAX_LABEL_LENGTH = 24;

export interface SheetCells {
  /** The trimmed displayed text ('' for empty cells and cells outside the grid). */
  text(row: number, col: number): string;
  /** The label key of a short cell; '' for empty and prose cells. */
  key(row: number, col: number): string;
  value(row: number, col: number): ParsedValue;
  /** The merged area that contains the cell, if any. */
  mergeAt(row: number, col: number): CellRange | undefined;
}

const EMPTY_VALUE = parseCell(EMPTY_CELL);

/** The displayed text of a cell, trimmed; a raw value stands in when the host gave no text. */
export function displayedText(text: string, value: unknown): string {
  if (text !== '') return text.trim();
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function labelKeyOf(text: string): string {
  return text === '' || text.length > MAX_LABEL_LENGTH ? '' : labelKey(text);
}

class IndexedCells implements SheetCells {
  /**
   * Label keys and parsed values by row, then column, each row allocated on first use: locating
   * forms asks for every cell's key, values are asked for a part of the cells. Rows rather than one
   * sheet-sized array, which V8 keeps as a slow dictionary beyond about 100 000 cells.
   */
  private readonly keys: ((string | undefined)[] | undefined)[] = [];
  private readonly values: ((ParsedValue | undefined)[] | undefined)[] = [];
  private mergesByRow: Map<number, CellRange[]> | undefined;

  constructor(private readonly grid: Grid) {}

  private inside(row: number, col: number): boolean {
    return row >= 0 && col >= 0 && row < this.grid.rowCount && col < this.grid.columnCount;
  }

  /** Cheap enough not to keep: the host's text, trimmed (trimming text without spaces copies nothing). */
  text(row: number, col: number): string {
    const cell = this.grid.cell(row, col);
    return displayedText(cell.text, cell.value);
  }

  key(row: number, col: number): string {
    if (!this.inside(row, col)) return '';
    const keys = (this.keys[row] ??= new Array<string | undefined>(this.grid.columnCount));
    return (keys[col] ??= labelKeyOf(this.text(row, col)));
  }

  value(row: number, col: number): ParsedValue {
    if (!this.inside(row, col)) return EMPTY_VALUE;
    const values = (this.values[row] ??= new Array<ParsedValue | undefined>(this.grid.columnCount));
    return (values[col] ??= parseCell(this.grid.cell(row, col)));
  }

  mergeAt(row: number, col: number): CellRange | undefined {
    if (this.grid.merges.length === 0) return undefined;
    this.mergesByRow ??= indexMergesByRow(this.grid.merges, this.grid.rowCount);
    return this.mergesByRow.get(row)?.find((m) => col >= m.left && col <= m.right);
  }
}

/** Merges by the rows they cover, within the grid's rows (a merge may reach past them). */
function indexMergesByRow(merges: readonly CellRange[], rowCount: number): Map<number, CellRange[]> {
  const byRow = new Map<number, CellRange[]>();
  for (const merge of merges) {
    for (let row = Math.max(merge.top, 0); row <= Math.min(merge.bottom, rowCount - 1); row++) {
      const list = byRow.get(row);
      if (list) list.push(merge);
      else byRow.set(row, [merge]);
    }
  }
  return byRow;
}

/**
 * The index of the grid being read. Sheets are read one after another, so only the latest
 * index is kept: an earlier sheet's index is garbage as soon as the next sheet is read,
 * instead of living (and being copied by the collector) as long as its grid.
 */
let current: { readonly grid: Grid; readonly cells: SheetCells } | undefined;

export function sheetCells(grid: Grid): SheetCells {
  if (current?.grid !== grid) current = { grid, cells: new IndexedCells(grid) };
  return current.cells;
}
