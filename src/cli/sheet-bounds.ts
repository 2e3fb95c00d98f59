/**
 * Cuts an oversized worksheet part (xl/worksheets/sheetN.xml) down to the rows and
 * columns the checker reads, before exceljs builds its object model. Merged areas are returned
 * separately, clipped to the bound.
 */
import { columnLetters, parseA1, parseRangeA1, type CellRange } from '../core/grid';

export interface BoundedSheetXml {
  /** The sheet part within the bound, without its merged areas (exceljs loads merges in quadratic time). */
  readonly xml: string;
  /** Merged areas inside the bound, clipped to it. */
  readonly merges: CellRange[];
  /** Rows and columns the sheet declared or used (1-based counts). */
  readonly rows: number;
  readonly columns: number;
  readonly cut: boolean;
}

function lastRowNumber(xml: string, sheetDataEnd: number): number {
  const lastRow = xml.lastIndexOf('<row ', sheetDataEnd);
  if (lastRow < 0) return 0;
  const match = /\br="(\d+)"/.exec(xml.slice(lastRow, lastRow + 200));
  return match ? Number(match[1]) : 0;
}

function declaredColumns(xml: string): number {
  const dimension = /<dimension\s+ref="([^"]+)"/.exec(xml.slice(0, 4096));
  const range = dimension ? parseRangeA1(dimension[1]) : undefined;
  return range ? range.right + 1 : 0;
}

const CELL_PATTERN = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

function cellColumn(cellXml: string): number {
  const match = /\br="([A-Z]+\d+)"/.exec(cellXml);
  const at = match ? parseA1(match[1]) : undefined;
  return at ? at.col : 0;
}

function keepColumns(rowXml: string, maxColumns: number): { xml: string; widest: number } {
  let widest = 0;
  const xml = rowXml.replace(CELL_PATTERN, (cell) => {
    const col = cellColumn(cell);
    widest = Math.max(widest, col + 1);
    return col < maxColumns ? cell : '';
  });
  return { xml: xml.replace(/\bspans="[^"]*"/, ''), widest };
}

/** The merged areas a worksheet part declares (`<mergeCell ref="A1:C1"/>`) within the bound, clipped to it. */
export function mergesInSheetXml(xml: string, maxRows: number, maxColumns: number): CellRange[] {
  const merges: CellRange[] = [];
  for (const match of xml.matchAll(/<mergeCell\s+ref="([^"]+)"\s*\/>/g)) {
    const range = parseRangeA1(match[1]);
    if (!range || range.top >= maxRows || range.left >= maxColumns) continue;
    const clipped = {
      top: range.top,
      left: range.left,
      bottom: Math.min(range.bottom, maxRows - 1),
      right: Math.min(range.right, maxColumns - 1),
    };
    if (clipped.top === clipped.bottom && clipped.left === clipped.right) continue;
    merges.push(clipped);
  }
  return merges;
}

/**
 * Keeps the first `maxRows` rows and `maxColumns` columns of a worksheet part. Everything after
 * </sheetData> (merged areas, print setup, conditional formats, hyperlinks…) is dropped; the merged
 * areas are returned instead.
 */
export function boundSheetXml(xml: string, maxRows: number, maxColumns: number): BoundedSheetXml {
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  if (dataStart < 0 || dataEnd < 0) return { xml, merges: [], rows: 0, columns: 0, cut: false };
  const openEnd = xml.indexOf('>', dataStart) + 1;
  const rows = lastRowNumber(xml, dataEnd);
  let columns = declaredColumns(xml);
  const kept: string[] = [];
  let at = openEnd;
  while (at < dataEnd) {
    const rowStart = xml.indexOf('<row', at);
    if (rowStart < 0 || rowStart >= dataEnd) break;
    const tagEnd = xml.indexOf('>', rowStart);
    const selfClosing = xml[tagEnd - 1] === '/';
    const rowEnd = selfClosing ? tagEnd + 1 : xml.indexOf('</row>', rowStart) + '</row>'.length;
    if (rowEnd <= rowStart) break;
    const rowXml = xml.slice(rowStart, rowEnd);
    const number = /\br="(\d+)"/.exec(rowXml.slice(0, 200));
    if (number && Number(number[1]) > maxRows) break;
    const bounded = keepColumns(rowXml, maxColumns);
    columns = Math.max(columns, bounded.widest);
    kept.push(bounded.xml);
    at = rowEnd;
  }
  const head = xml
    .slice(0, dataStart)
    .replace(
      /<dimension\s+ref="[^"]*"\s*\/>/,
      `<dimension ref="A1:${columnLetters(maxColumns - 1)}${maxRows}"/>`,
    )
    .replace(/<cols>[\s\S]*?<\/cols>/, '');
  const closing = xml.slice(xml.lastIndexOf('</worksheet>'));
  const bounded = `${head}${xml.slice(dataStart, openEnd)}${kept.join('')}</sheetData>${closing}`;
  const merges = mergesInSheetXml(xml, maxRows, maxColumns);
  return { xml: bounded, merges, rows, columns, cut: rows > maxRows || columns > maxColumns };
}
