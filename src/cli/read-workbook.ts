/**
 * One input file → grids. .xlsx/.xlsm through exceljs (after checking the zip's declared sizes),
 * .tsv/.csv/.txt as text (UTF-8, UTF-16 with BOM, or GB18030). Every refusal is an InputError
 * with a code the report turns into one clear line.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { format as formatNumber } from 'numfmt';
import {
  gridFromDelimited,
  gridFromRows,
  type Cell,
  type CellRange,
  type CellValue,
  type Grid,
} from '../core/grid';
import { boundSheetXml, mergesInSheetXml, type BoundedSheetXml } from './sheet-bounds';
import { entryBytes, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

/** Limits that keep one file's time and memory bounded. Documented in README (批量检查). */
export const INPUT_LIMITS = {
  /** Files larger than this on disk are refused. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed sizes the zip directory declares. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Zip entries in one workbook. */
  maxEntries: 10_000,
  /** A worksheet part larger than this is cut to the read bound before exceljs parses it. */
  fullLoadSheetBytes: 8 * 1024 * 1024,
  /** Rows and columns of a sheet read into the grid (same bound as the add-in). */
  rows: 2000,
  columns: 50,
} as const;

export type InputErrorCode =
  | 'empty'
  | 'too-large'
  | 'zip-bomb'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'unsupported-type'
  | 'unreadable'
  | 'check-failed';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'InputError';
  }
}

export interface CutSheet {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

export interface WorkbookReading {
  readonly kind: 'xlsx' | 'delimited';
  readonly grids: Grid[];
  /** Sheets larger than the read bound: only the first rows/columns were read. */
  readonly cut: CutSheet[];
  /** The workbook links to other workbooks (their cached values were read). */
  readonly externalLinks: boolean;
}

export type InputKind = 'xlsx' | 'xls' | 'csv' | 'tsv';

const EXTENSIONS: Readonly<Record<string, InputKind>> = {
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xls',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.txt': 'tsv',
};

export function inputKind(fileName: string): InputKind | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** An OLE compound file holding an `EncryptionInfo` stream is a password-protected .xlsx. */
function isEncryptedPackage(bytes: Buffer): boolean {
  return bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
}

function baseName(fileName: string): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const name = fileName.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Reads one input file's bytes into grids. `fileName` decides the format with the bytes' signature. */
export async function readWorkbook(fileName: string, bytes: Buffer): Promise<WorkbookReading> {
  if (bytes.length === 0) throw new InputError('empty');
  if (bytes.length > INPUT_LIMITS.maxFileBytes) throw new InputError('too-large', `${bytes.length}`);
  const kind = inputKind(fileName);
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (kind === 'xls' || !isEncryptedPackage(bytes)) throw new InputError('legacy-xls');
    throw new InputError('encrypted');
  }
  if (kind === 'xls') throw new InputError('corrupt', 'not an .xls workbook');
  if (kind === 'csv' || kind === 'tsv') {
    const text = decodeText(bytes);
    return {
      kind: 'delimited',
      grids: [delimitedGrid(baseName(fileName), text, kind)],
      cut: [],
      externalLinks: false,
    };
  }
  if (kind !== 'xlsx') throw new InputError('unsupported-type');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new InputError('corrupt', 'not a zip archive');
  return readXlsx(bytes);
}

// ------------------------------------------------------------------ text files

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (GBK exports from Chinese Excel). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function delimitedGrid(sheet: string, text: string, kind: 'csv' | 'tsv'): Grid {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const delimiter =
    kind === 'csv' && !firstLine.includes(',') && firstLine.includes('\t')
      ? '\t'
      : kind === 'csv'
        ? ','
        : '\t';
  const grid = gridFromDelimited(sheet, text, delimiter);
  if (grid.rowCount <= INPUT_LIMITS.rows && grid.columnCount <= INPUT_LIMITS.columns) return grid;
  const rows: Cell[][] = [];
  for (let r = 0; r < Math.min(grid.rowCount, INPUT_LIMITS.rows); r++) {
    const row: Cell[] = [];
    for (let c = 0; c < Math.min(grid.columnCount, INPUT_LIMITS.columns); c++) row.push(grid.cell(r, c));
    rows.push(row);
  }
  return gridFromRows(sheet, rows);
}

// ------------------------------------------------------------------ xlsx

function checkDirectory(bytes: Buffer): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new InputError('corrupt', error.message);
    throw error;
  }
  if (entries.length > INPUT_LIMITS.maxEntries) throw new InputError('zip-bomb', `${entries.length} entries`);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > INPUT_LIMITS.maxUncompressedBytes) throw new InputError('zip-bomb', `${total}`);
  if (entries.some((entry) => entry.encrypted)) throw new InputError('encrypted');
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml'))
    throw new InputError('corrupt', 'no xl/workbook.xml');
  return entries;
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

function entryText(bytes: Buffer, entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((e) => e.name === name);
  return entry ? entryBytes(bytes, entry).toString('utf8') : '';
}

/** Sheet name by worksheet part (`xl/worksheets/sheet1.xml` → `Sheet1`), from workbook.xml and its rels. */
function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const sheet of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(sheet[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) names.set(part, decodeXmlText(name));
  }
  return names;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Attribute text as XML means it: named entities and numeric character references (`&#x4E2D;`, `&#20013;`). */
function decodeXmlText(text: string): string {
  return text.replace(
    /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|quot|apos|amp));/g,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (name) return XML_ENTITIES[name] ?? whole;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** What this reader takes from a worksheet part itself rather than through exceljs. */
interface SheetPart {
  /** The part's path in the zip (`xl/worksheets/sheet1.xml`). */
  readonly path: string;
  /** The sheet's name, from workbook.xml. */
  readonly sheet: string;
  /** Merged areas within the read bound. */
  readonly merges: CellRange[];
  /** The part was larger than fullLoadSheetBytes and is replaced by its bounded copy. */
  readonly bounded?: BoundedSheetXml;
}

const MERGE_CELLS_TAG = Buffer.from('<mergeCells');

/**
 * Reads each worksheet part's merged areas here, in one pass over its XML: exceljs adds merges
 * in quadratic time (its issue #2689), so it is told to skip them. Parts too large to load whole
 * are cut to the read bound.
 */
function readSheetParts(bytes: Buffer, entries: readonly ZipEntry[]): SheetPart[] {
  const names = sheetNamesByPart(
    entryText(bytes, entries, 'xl/workbook.xml'),
    entryText(bytes, entries, 'xl/_rels/workbook.xml.rels'),
  );
  return entries
    .filter((entry) => SHEET_PART.test(entry.name))
    .map((entry): SheetPart => {
      const sheet = names.get(entry.name) ?? entry.name;
      const xml = entryBytes(bytes, entry);
      if (entry.uncompressedSize > INPUT_LIMITS.fullLoadSheetBytes) {
        const bounded = boundSheetXml(xml.toString('utf8'), INPUT_LIMITS.rows, INPUT_LIMITS.columns);
        return { path: entry.name, sheet, merges: bounded.merges, bounded };
      }
      const mergesAt = xml.indexOf(MERGE_CELLS_TAG);
      const merges =
        mergesAt < 0
          ? []
          : mergesInSheetXml(xml.toString('utf8', mergesAt), INPUT_LIMITS.rows, INPUT_LIMITS.columns);
      return { path: entry.name, sheet, merges };
    });
}

/** The workbook's bytes with the oversized worksheet parts replaced by their bounded copies. */
async function withBoundedParts(bytes: Buffer, parts: readonly SheetPart[]): Promise<Buffer> {
  const oversized = parts.filter((part) => part.bounded);
  if (oversized.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const part of oversized) if (part.bounded) zip.file(part.path, part.bounded.xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** exceljs skips the parts of a worksheet the reader takes itself (merged areas) or never uses. */
const EXCELJS_LOAD_OPTIONS: Partial<ExcelJS.XlsxReadOptions> = { ignoreNodes: ['mergeCells'] };

async function readXlsx(original: Buffer): Promise<WorkbookReading> {
  const entries = checkDirectory(original);
  const workbook = new ExcelJS.Workbook();
  let parts: SheetPart[];
  try {
    parts = readSheetParts(original, entries);
    await workbook.xlsx.load(
      (await withBoundedParts(original, parts)) as unknown as ArrayBuffer,
      EXCELJS_LOAD_OPTIONS,
    );
  } catch (error) {
    throw new InputError('corrupt', error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const bySheet = new Map(parts.map((part) => [part.sheet, part]));
  const grids: Grid[] = [];
  const cut: CutSheet[] = [];
  workbook.worksheets.forEach((sheet) => {
    const part = bySheet.get(sheet.name);
    const { grid, rows, columns } = gridFromWorksheet(sheet, part?.merges ?? []);
    grids.push(grid);
    const size = part?.bounded ?? {
      rows,
      columns,
      cut: rows > INPUT_LIMITS.rows || columns > INPUT_LIMITS.columns,
    };
    if (size.cut) cut.push({ sheet: sheet.name, rows: size.rows, columns: size.columns });
  });
  const externalLinks = entries.some((e) => e.name.startsWith('xl/externalLinks/'));
  return { kind: 'xlsx', grids, cut, externalLinks };
}

/**
 * One exceljs worksheet and its merged areas (read from the sheet part) → grid (bounded), with
 * the sheet's full size. Visits stored cells only.
 */
function gridFromWorksheet(
  sheet: ExcelJS.Worksheet,
  merges: readonly CellRange[],
): { grid: Grid; rows: number; columns: number } {
  const rows = sheet.rowCount;
  const columns = sheet.columnCount;
  const cells: Cell[][] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > INPUT_LIMITS.rows) return;
    const out: Cell[] = [];
    row.eachCell((cell, colNumber) => {
      if (colNumber > INPUT_LIMITS.columns) return;
      // Merged cells other than the top-left repeat its value in exceljs; the sheet shows them empty.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      while (out.length < colNumber - 1) out.push(EMPTY);
      out.push(cellOf(cell.value, cell.numFmt));
    });
    while (cells.length < rowNumber - 1) cells.push([]);
    cells.push(out);
  });
  hideCoveredCells(cells, merges);
  return { grid: gridFromRows(sheet.name, cells, { merges }), rows, columns };
}

/** Excel shows only the top-left cell of a merged area; a value stored under the rest is not on the sheet. */
function hideCoveredCells(cells: Cell[][], merges: readonly CellRange[]): void {
  for (const merge of merges) {
    for (let r = merge.top; r <= Math.min(merge.bottom, cells.length - 1); r++) {
      const row = cells[r];
      for (
        let c = r === merge.top ? merge.left + 1 : merge.left;
        c <= Math.min(merge.right, row.length - 1);
        c++
      )
        row[c] = EMPTY;
    }
  }
}

const EMPTY: Cell = { value: null, text: '' };

/** An exceljs cell value as a grid cell: formulas by their cached result, rich text as plain text. */
export function cellOf(value: ExcelJS.CellValue, numberFormat: string | undefined): Cell {
  const raw = plainValue(value);
  if (raw === null) return { value: null, text: '' };
  const format = numberFormat || 'General';
  return { value: raw, text: displayText(raw, format), numberFormat: format };
}

function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value !== 'object') return null;
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue | undefined);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** exceljs hands dates over as JS dates (UTC); Excel stores serial day numbers. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** Formatted numbers repeat across forms (10, 100%, 44…); numfmt is the costly part of reading a sheet. */
const formatted = new Map<string, string>();
const FORMATTED_CACHE_SIZE = 20_000;

function displayText(value: string | number | boolean, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === 'General' && Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const key = `${format}\u0000${value}`;
  const known = formatted.get(key);
  if (known !== undefined) return known;
  let text: string;
  try {
    text = formatNumber(format, value, { locale: 'zh-CN' });
  } catch {
    text = String(value);
  }
  if (formatted.size >= FORMATTED_CACHE_SIZE) formatted.clear();
  formatted.set(key, text);
  return text;
}
