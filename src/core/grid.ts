/**
 * A worksheet as the core sees it: cells addressed by absolute sheet coordinates
 * (0-based row and column, A1 = row 0, column 0), plus merged areas.
 * Adapters (Office.js, exceljs, TSV) translate their host's sheet into a Grid.
 */

export type CellValue = string | number | boolean | null;

export interface Cell {
  /** Raw value as the host stores it: 100% is the number 1 with a percent format. */
  readonly value: CellValue;
  /** The text the host displays (or the raw value as text when the host cannot say). */
  readonly text: string;
  /** Excel number format code, when known (`0.00%`, `0"万元"`, `General`). */
  readonly numberFormat?: string;
}

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  /** Rows 0 … rowCount-1 may hold cells; anything beyond is empty. */
  readonly rowCount: number;
  /** Columns 0 … columnCount-1 may hold cells; anything beyond is empty. */
  readonly columnCount: number;
  readonly merges: readonly CellRange[];
  /** The cell at (row, col); an empty cell outside the stored area. Never throws. */
  cell(row: number, col: number): Cell;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null, text: '' });

export type CellInput = CellValue | Cell | undefined;

function isCell(input: CellInput): input is Cell {
  return typeof input === 'object' && input !== null && 'text' in input && 'value' in input;
}

function valueText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

/** Normalises any input into a Cell (a plain value displays as itself). */
export function toCell(input: CellInput): Cell {
  if (input === undefined || input === null || input === '') return EMPTY_CELL;
  if (isCell(input)) return input;
  return { value: input, text: valueText(input) };
}

class ArrayGrid implements Grid {
  readonly rowCount: number;
  readonly columnCount: number;

  constructor(
    readonly sheet: string,
    private readonly rows: readonly (readonly Cell[])[],
    readonly merges: readonly CellRange[],
  ) {
    this.rowCount = rows.length;
    this.columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  }

  cell(row: number, col: number): Cell {
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) return EMPTY_CELL;
    return this.rows[row]?.[col] ?? EMPTY_CELL;
  }
}

export interface GridOptions {
  /** Where rows[0][0] sits on the sheet (the top-left of a used range), 0-based. */
  readonly origin?: { readonly row: number; readonly col: number };
  readonly merges?: readonly CellRange[];
}

/** Builds a grid from a 2-D array of raw values or cells. */
export function gridFromRows(
  sheet: string,
  rows: readonly (readonly CellInput[])[],
  options: GridOptions = {},
): Grid {
  const originRow = Math.max(0, options.origin?.row ?? 0);
  const originCol = Math.max(0, options.origin?.col ?? 0);
  const cells: Cell[][] = [];
  for (let r = 0; r < originRow; r++) cells.push([]);
  for (const row of rows) {
    const out: Cell[] = new Array<Cell>(originCol).fill(EMPTY_CELL);
    for (const input of row) out.push(toCell(input));
    cells.push(out);
  }
  return new ArrayGrid(sheet, cells, options.merges ?? []);
}

/**
 * Splits delimited text (TSV or CSV) into rows of fields. CSV honours double-quoted fields
 * with embedded delimiters, quotes ("") and line breaks; TSV fields are taken as they are.
 */
export function splitDelimited(text: string, delimiter: '\t' | ','): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  if (delimiter === '\t') {
    const lines = source.split(/\r\n|\n|\r/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.map((line) => line.split('\t'));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Builds a grid from TSV or CSV text; every field is text (as a clerk typed it). */
export function gridFromDelimited(sheet: string, text: string, delimiter: '\t' | ','): Grid {
  return gridFromRows(sheet, splitDelimited(text, delimiter));
}

// ---------------------------------------------------------------- A1 helpers

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Addresses built once each (findings and fields name the same cells again and again), for the
 * first 64 columns of the first 65 536 rows, row by row as rows are first named.
 */
const A1_CACHE_ROWS = 65_536;
const A1_CACHE_COLUMNS = 64;
const a1Cache: ((string | undefined)[] | undefined)[] = [];

/** (0, 0) → "A1". */
export function toA1(row: number, col: number): string {
  if (row < 0 || col < 0 || row >= A1_CACHE_ROWS || col >= A1_CACHE_COLUMNS)
    return `${columnLetters(col)}${row + 1}`;
  const line = (a1Cache[row] ??= []);
  return (line[col] ??= `${columnLetters(col)}${row + 1}`);
}

const DOLLAR = 36;

/**
 * "B25" → {row: 24, col: 1}; undefined when the text is not an A1 address: `$`-anchored or not,
 * 1–3 letters in either case, 1–7 digits, row ≥ 1 (/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/ after trimming).
 * Scanned by hand: merged areas and findings are addressed thousands of times per workbook.
 */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const text = address.trim();
  let at = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersFrom = at;
  let col = 0;
  for (; at < text.length; at++) {
    const upper = text.charCodeAt(at) & ~0x20; // a–z → A–Z; nothing else lands in A–Z
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  if (at === lettersFrom || at - lettersFrom > 3) return undefined;
  if (text.charCodeAt(at) === DOLLAR) at++;
  const digitsFrom = at;
  let row = 0;
  for (; at < text.length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    row = row * 10 + digit;
  }
  if (at === digitsFrom || at - digitsFrom > 7 || at !== text.length || row < 1) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** A range as "A1:H25" (a single cell as "A1"). */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:H25" or "A1" → range; undefined when not an address. */
export function parseRangeA1(address: string): CellRange | undefined {
  const [startText, endText] = address.split(':');
  const start = parseA1(startText ?? '');
  const end = endText === undefined ? start : parseA1(endText);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** The merged area that contains (row, col), if any. */
export function mergeAt(grid: Grid, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
