/**
 * The WorkbookGateway inside Excel (Office.js). Every operation is one Excel.run with at most two
 * context.sync calls whatever the sheet size: everything needed is loaded in one batch, decided
 * on, then written in one batch. Only cell fills are ever written by highlights, and the original
 * fill of every coloured cell is kept in the workbook's settings so that it can be restored exactly.
 */
import { parseA1, parseRangeA1, type Cell, type CellRange, type CellValue, type Grid } from '../core/grid';
import { gridFromRows, toA1 } from '../core/grid';
import { buildTemplate, type TemplateOptions } from '../core/template';
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
import { writeTemplate } from './template-writer';

/** The ExcelApi requirement set the manifest asks for (RangeFill.pattern, page layout). */
export const REQUIRED_API = '1.9';
/** Merged areas of a range (Range.getMergedAreasOrNullObject). */
const MERGES_API = '1.13';
/** Cell addresses per getRanges call: keeps each address list well inside Excel's limits. */
const ADDRESSES_PER_RANGES_CALL = 200;

/** Office document settings (Office.context.document.settings). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/** What the gateway needs of the host, so that tests can stand in for Excel. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly settings: SettingsStore;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports(version: string): boolean;
}

/** The running Excel, or a GatewayError when the page is not inside Excel. */
export function officeHost(): ExcelHost {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  const context = office?.context;
  if (!excel || !context?.document || !context.requirements) throw new GatewayError('not-excel');
  return {
    run: (batch) => excel.run(batch),
    settings: context.document.settings,
    supports: (version) => context.requirements.isSetSupported('ExcelApi', version),
  };
}

/** The bound every read is clipped to, as an address: A1:AX2000. */
export const READ_BOUND = `A1:${toA1(READ_LIMITS.rows - 1, READ_LIMITS.columns - 1)}`;

/** "Sheet1!A1:B2, 'My sheet'!C3:D4" → the ranges (sheet names, which may hold commas, dropped). */
export function parseAreas(address: string): CellRange[] {
  const areas: CellRange[] = [];
  for (const match of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g)) {
    const range = parseRangeA1(match[1]!.replace(/\$/g, ''));
    if (range) areas.push(range);
  }
  return areas;
}

function cellValue(raw: unknown): CellValue {
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string')
    return raw === '' ? null : raw;
  return null;
}

/** The loaded values, texts and formats of a range as grid rows. */
export function rowsOf(values: unknown[][], text: string[][], formats: unknown[][]): Cell[][] {
  return values.map((row, r) =>
    row.map((raw, c) => {
      const numberFormat = formats[r]?.[c];
      return {
        value: cellValue(raw),
        text: text[r]?.[c] ?? '',
        ...(typeof numberFormat === 'string' && numberFormat !== 'General' ? { numberFormat } : {}),
      };
    }),
  );
}

/** Maps whatever Excel threw to a GatewayError the pane can explain. */
export function gatewayErrorOf(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ItemNotFound') return new GatewayError('sheet-not-found', message);
  if (code === 'AccessDenied' || /protect/i.test(message))
    return new GatewayError('sheet-protected', message);
  return new GatewayError('host-error', message);
}

interface LoadedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly clipped: Excel.Range;
  readonly merges?: Excel.RangeAreas;
}

/** A cell's fill as it stands: null for none, else its colour and (when not solid) its pattern. */
interface Fill {
  readonly colour: string | null;
  readonly pattern?: string;
}

function fillOf(range: Excel.Range): Fill {
  const { color, pattern } = range.format.fill;
  if (pattern === 'None' || !color) return { colour: null };
  return pattern && pattern !== 'Solid' ? { colour: color, pattern } : { colour: color };
}

/** A marked cell remembers a patterned original in its colour slot as `#RRGGBB pattern`. */
function storedOriginal(fill: Fill): string | null {
  return fill.colour === null ? null : fill.pattern ? `${fill.colour} ${fill.pattern}` : fill.colour;
}

function restore(range: Excel.Range, original: string | null): void {
  if (original === null) {
    range.format.fill.clear();
    return;
  }
  const [colour, pattern] = original.split(' ');
  range.format.fill.color = colour!;
  if (pattern) range.format.fill.pattern = pattern as Excel.FillPattern;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class OfficeGateway implements WorkbookGateway {
  constructor(private readonly hostOf: () => ExcelHost = officeHost) {}

  /** The host, when it runs the API set the add-in needs. */
  private host(): ExcelHost {
    const host = this.hostOf();
    if (!host.supports(REQUIRED_API)) throw new GatewayError('api-unsupported', `ExcelApi ${REQUIRED_API}`);
    return host;
  }

  private async run<T>(batch: (context: Excel.RequestContext, host: ExcelHost) => Promise<T>): Promise<T> {
    const host = this.host();
    try {
      return await host.run((context) => batch(context, host));
    } catch (error) {
      throw gatewayErrorOf(error);
    }
  }

  async readSheets(scope: 'active' | 'all'): Promise<SheetRead> {
    return this.run(async (context, host) => {
      const worksheets = context.workbook.worksheets;
      let sheets: Excel.Worksheet[];
      if (scope === 'active') {
        sheets = [worksheets.getActiveWorksheet()];
      } else {
        worksheets.load('items/name');
        await context.sync();
        sheets = worksheets.items;
      }
      const withMerges = host.supports(MERGES_API);
      const loaded: LoadedSheet[] = sheets.map((sheet) => {
        sheet.load('name');
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount');
        const bound = sheet.getRange(READ_BOUND);
        const clipped = bound.getUsedRangeOrNullObject(true);
        clipped.load('values,text,numberFormat,rowIndex,columnIndex');
        const merges = withMerges ? bound.getMergedAreasOrNullObject() : undefined;
        merges?.load('address');
        return { sheet, used, clipped, ...(merges ? { merges } : {}) };
      });
      await context.sync();
      const grids: Grid[] = [];
      const truncated: { sheet: string; rows: number; columns: number }[] = [];
      for (const { sheet, used, clipped, merges } of loaded) {
        const name = sheet.name;
        if (!used.isNullObject) {
          const rows = used.rowIndex + used.rowCount;
          const columns = used.columnIndex + used.columnCount;
          if (rows > READ_LIMITS.rows || columns > READ_LIMITS.columns)
            truncated.push({ sheet: name, rows, columns });
        }
        if (clipped.isNullObject) {
          grids.push(gridFromRows(name, []));
          continue;
        }
        const areas = merges && !merges.isNullObject ? parseAreas(merges.address) : [];
        grids.push(
          gridFromRows(name, rowsOf(clipped.values, clipped.text, clipped.numberFormat), {
            origin: { row: clipped.rowIndex, col: clipped.columnIndex },
            merges: areas,
          }),
        );
      }
      return { grids, truncated };
    });
  }

  async applyHighlights(highlights: readonly HighlightRequest[]): Promise<void> {
    const requests = highlightsPerCell(highlights);
    await this.run(async (context, host) => {
      const earlier = parseMarks(host.settings.get(HIGHLIGHT_SETTING));
      const marks = await this.repaint(context, earlier, requests);
      await saveMarks(host.settings, marks);
    });
  }

  async clearHighlights(): Promise<void> {
    await this.run(async (context, host) => {
      const earlier = parseMarks(host.settings.get(HIGHLIGHT_SETTING));
      if (earlier.length === 0) return;
      await this.repaint(context, earlier, []);
      await saveMarks(host.settings, []);
    });
  }

  /**
   * One load, one write: restores the `earlier` marks (unless the user has re-coloured a cell
   * since) and colours `requests`, remembering each cell's fill as it was before any highlight.
   * Refuses, before writing anything, when a sheet involved is protected.
   */
  private async repaint(
    context: Excel.RequestContext,
    earlier: readonly MarkedCell[],
    requests: readonly HighlightRequest[],
  ): Promise<MarkedCell[]> {
    const worksheets = context.workbook.worksheets;
    const sheetNames = [...new Set([...earlier.map((m) => m.sheet), ...requests.map((r) => r.sheet)])];
    const sheets = new Map(
      sheetNames.map((name) => {
        const sheet = worksheets.getItemOrNullObject(name);
        sheet.load('name');
        sheet.protection.load('protected');
        return [name, sheet] as const;
      }),
    );
    const cellRange = (sheet: string, cell: string): Excel.Range => {
      const range = sheets.get(sheet)!.getRange(cell);
      range.format.fill.load('color,pattern');
      return range;
    };
    const earlierRanges = earlier.map((mark) => cellRange(mark.sheet, mark.cell));
    const requestRanges = requests.map((request) => cellRange(request.sheet, request.cell));
    await context.sync();

    const missing = requests.find((request) => sheets.get(request.sheet)!.isNullObject);
    if (missing) throw new GatewayError('sheet-not-found', missing.sheet);
    const locked = sheetNames.find((name) => {
      const sheet = sheets.get(name)!;
      return !sheet.isNullObject && sheet.protection.protected;
    });
    if (locked) throw new GatewayError('sheet-protected', locked);

    // What each cell looks like once the earlier highlights are taken away.
    const restoredTo = new Map<string, string | null>();
    earlier.forEach((mark, i) => {
      if (sheets.get(mark.sheet)!.isNullObject) return;
      const current = fillOf(earlierRanges[i]!);
      const fill = restoredFill(mark, current.colour);
      if (fill === 'keep') return;
      restore(earlierRanges[i]!, fill);
      restoredTo.set(`${mark.sheet}!${mark.cell}`, fill);
    });

    const marks: MarkedCell[] = requests.map((request, i) => {
      const key = `${request.sheet}!${request.cell.toUpperCase()}`;
      const original = restoredTo.has(key) ? restoredTo.get(key)! : storedOriginal(fillOf(requestRanges[i]!));
      return {
        sheet: request.sheet,
        cell: request.cell.toUpperCase(),
        original,
        applied: SEVERITY_FILLS[request.severity],
      };
    });
    for (const [sheetName, sheet] of sheets) {
      const bySeverity = new Map<string, string[]>();
      for (const mark of marks) {
        if (mark.sheet !== sheetName) continue;
        const list = bySeverity.get(mark.applied) ?? [];
        list.push(mark.cell);
        bySeverity.set(mark.applied, list);
      }
      for (const [colour, cells] of bySeverity) {
        for (const part of chunks(cells, ADDRESSES_PER_RANGES_CALL)) {
          sheet.getRanges(part.join(',')).format.fill.color = colour;
        }
      }
    }
    await context.sync();
    return marks;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!parseA1(cell)) throw new GatewayError('host-error', `${sheet}!${cell}`);
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    return this.run((context) => writeTemplate(context, buildTemplate(options)));
  }
}

/** How long to wait for the host to confirm that settings were saved. */
const SETTINGS_SAVE_TIMEOUT_MS = 3000;

/**
 * Keeps the record in the document (saved with the workbook); an empty record is removed. The
 * record is set before the wait, so a host that never answers the save still has it in memory.
 */
function saveMarks(settings: SettingsStore, marks: readonly MarkedCell[]): Promise<void> {
  if (marks.length === 0) settings.remove(HIGHLIGHT_SETTING);
  else settings.set(HIGHLIGHT_SETTING, serialiseMarks(marks));
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, SETTINGS_SAVE_TIMEOUT_MS);
    settings.saveAsync(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
