/**
 * Locating forms in a sheet: every form starts at its 项目名称 label, anywhere on the sheet;
 * several forms may be stacked. The title and `(YYYY年度)` lines above a form belong to it.
 */
import type { Cell, Grid } from './grid';
import { isTitle, parseYearLine } from './labels';
import { displayedText, sheetCells } from './sheet-cells';
/** How far above 项目名称 the title and year lines may stand. */
const TITLE_LOOKBACK_ROWS = 8;

export function cellText(cell: Cell): string {
  return displayedText(cell.text, cell.value);
}

/** The label key of a short cell, or '' for empty and prose cells. */
export function labelAt(grid: Grid, row: number, col: number): string {
  return sheetCells(grid).key(row, col);
}

export interface Position {
  readonly row: number;
  readonly col: number;
}

/** Where one form lies: rows [top, bottom) of the sheet, anchored at its 项目名称 (or 绩效指标) label. */
export interface FormRegion {
  readonly top: number;
  readonly bottom: number;
  readonly anchor: Position;
  /** The anchor is 项目名称; false when only a 绩效指标 table was found. */
  readonly hasNameLabel: boolean;
  readonly title?: Position;
  readonly year?: Position & { readonly value: number };
}

function findLabelCells(grid: Grid, key: string): Position[] {
  const cells = sheetCells(grid);
  const found: Position[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    for (let col = 0; col < grid.columnCount; col++) {
      if (cells.key(row, col) === key) found.push({ row, col });
    }
  }
  return found;
}

/** One anchor per row: the leftmost label wins. */
function onePerRow(cells: readonly Position[]): Position[] {
  const byRow = new Map<number, Position>();
  for (const cell of cells) if (!byRow.has(cell.row)) byRow.set(cell.row, cell);
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

function findTitleAbove(grid: Grid, anchor: Position, limit: number): Pick<FormRegion, 'title' | 'year'> {
  let title: Position | undefined;
  let year: (Position & { value: number }) | undefined;
  for (let row = anchor.row - 1; row >= limit; row--) {
    for (let col = 0; col < grid.columnCount; col++) {
      const text = sheetCells(grid).text(row, col);
      if (text === '') continue;
      const yearValue = year ? undefined : parseYearLine(text);
      if (yearValue !== undefined) year = { row, col, value: yearValue };
      else if (!title && isTitle(text)) title = { row, col };
    }
    if (title) break;
  }
  return { ...(title ? { title } : {}), ...(year ? { year } : {}) };
}

/** Finds every form in the grid, top to bottom. An empty list means "not a form". */
export function locateForms(grid: Grid): FormRegion[] {
  const nameLabels = onePerRow(findLabelCells(grid, '项目名称'));
  const anchors =
    nameLabels.length > 0 ? nameLabels : onePerRow(findLabelCells(grid, '绩效指标')).slice(0, 1);
  const hasNameLabel = nameLabels.length > 0;
  const partial = anchors.map((anchor, index) => {
    const limit = Math.max(index === 0 ? 0 : anchors[index - 1].row + 1, anchor.row - TITLE_LOOKBACK_ROWS);
    const above = findTitleAbove(grid, anchor, limit);
    const top = Math.min(anchor.row, above.title?.row ?? anchor.row, above.year?.row ?? anchor.row);
    return { anchor, top, ...above };
  });
  return partial.map((region, index) => ({
    ...region,
    hasNameLabel,
    bottom: index + 1 < partial.length ? partial[index + 1].top : grid.rowCount,
  }));
}
