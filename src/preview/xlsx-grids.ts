/**
 * An .xlsx the user picks, read in the browser with exceljs (loaded on demand), as grids.
 * Each sheet becomes one Grid with the cells' values, displayed text, number formats and merges.
 */
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { format as formatNumber } from 'numfmt';
import { gridFromRows, parseRangeA1, type Cell, type CellRange, type Grid } from '../core/grid';
import { READ_LIMITS } from '../excel/gateway';

/** Parses the file's bytes; rejects with a readable message when it is not an .xlsx workbook. */
export async function gridsFromXlsx(bytes: ArrayBuffer): Promise<Grid[]> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets.map(gridFromWorksheet);
}

export function gridFromWorksheet(sheet: Worksheet): Grid {
  const rowCount = Math.min(sheet.rowCount, READ_LIMITS.rows);
  const columnCount = Math.min(sheet.columnCount, READ_LIMITS.columns);
  const rows: Cell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      cells.push(cellOf(cell.value, cell.numFmt));
    }
    rows.push(cells);
  }
  return gridFromRows(sheet.name, rows, { merges: mergesOf(sheet) });
}

function mergesOf(sheet: Worksheet): CellRange[] {
  const merges = (sheet.model as { merges?: readonly string[] }).merges ?? [];
  return merges
    .map((address) => parseRangeA1(address))
    .filter((range): range is CellRange => range !== undefined);
}

/** An exceljs cell value as a grid cell: formulas by their result, rich text as its plain text. */
export function cellOf(value: ExcelCellValue, numberFormat: string | undefined): Cell {
  const raw = plainValue(value);
  if (raw === null) return { value: null, text: '' };
  const format = numberFormat || 'General';
  return { value: raw, text: displayText(raw, format), numberFormat: format };
}

function plainValue(value: ExcelCellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('result' in value) return plainValue((value.result ?? null) as ExcelCellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** exceljs hands dates over as JS dates (UTC); Excel keeps serial day numbers. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function displayText(value: string | number | boolean, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  try {
    return formatNumber(format, value, { locale: 'zh-CN' });
  } catch {
    return String(value);
  }
}
