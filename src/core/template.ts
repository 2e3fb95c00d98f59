/**
 * The blank 绩效自评表 as data (DOMAIN.md §2, §7): one layout definition, written into Excel by
 * the Office.js writer (src/excel/template-writer.ts) and into .xlsx files by the exceljs writer
 * (src/cli/template-writer.ts), and read back by the core reader in tests.
 */
import {
  EMPTY_CELL,
  gridFromRows,
  parseA1,
  parseRangeA1,
  type Cell,
  type CellRange,
  type Grid,
} from './grid';
import { PROJECT_TYPES } from './rules/header';

export type TemplateVariant = 'seed' | 'national';

export interface TemplateOptions {
  /** 评价年度, e.g. 2025. */
  readonly year: number;
  readonly variant: TemplateVariant;
  readonly projectName?: string;
  readonly department?: string;
  readonly implementer?: string;
}

/** How a cell looks: labels and headers are printed text, inputs are for the clerk, computed cells hold formulas. */
export type CellRole = 'title' | 'year' | 'label' | 'header' | 'input' | 'computed';

export interface TemplateCell {
  /** A1 address of the cell (the top-left cell of its merge). */
  readonly address: string;
  readonly role: CellRole;
  /** Text or number written into the cell. */
  readonly value?: string | number;
  /** Formula (with the leading `=`), for computed cells. */
  readonly formula?: string;
  /** What Excel shows for the formula while the form is still blank. */
  readonly blankShows?: string | number;
  readonly numberFormat?: string;
}

export type TemplateValidation =
  | {
      readonly kind: 'decimal';
      readonly address: string;
      readonly minimum: number;
      /** An upper bound as a formula (`=F12`): 得分 ≤ its 分值. */
      readonly maximumFormula?: string;
      readonly prompt: string;
      readonly error: string;
    }
  | {
      readonly kind: 'list';
      readonly address: string;
      readonly items: readonly string[];
      readonly prompt: string;
      readonly error: string;
    };

export interface TemplateStyle {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly horizontal: 'left' | 'center';
  readonly wrap: boolean;
}

/** The look of each role. Input cells are tinted so the clerk sees where to type. */
export const ROLE_STYLES: Readonly<Record<CellRole, TemplateStyle>> = {
  title: { bold: true, fontSize: 16, horizontal: 'center', wrap: false },
  year: { fontSize: 12, horizontal: 'center', wrap: false },
  label: { bold: true, horizontal: 'center', wrap: true },
  header: { bold: true, fill: '#E7E6E6', horizontal: 'center', wrap: true },
  input: { fill: '#FFF8DC', horizontal: 'left', wrap: true },
  computed: { fill: '#EAF1FB', horizontal: 'center', wrap: false },
};

export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Rows repeated at the top of every printed page (`$1:$2`). */
  readonly titleRows: string;
  readonly fitToWidth: true;
}

export interface TemplateLayout {
  readonly variant: TemplateVariant;
  readonly cells: readonly TemplateCell[];
  readonly merges: readonly string[];
  /** The bordered area of the form (everything below the title lines). */
  readonly bordered: string;
  /** Column widths in Excel character units, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points by 1-based row number; other rows keep Excel's default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly validations: readonly TemplateValidation[];
  readonly print: PrintSetup;
}

/** 项目属性: the three values the form allows (the same list the header rule checks against). */
export { PROJECT_TYPES };

/** 执行率 分值 and the indicator weights: 产出 50, 效益 30, 满意度 10, 执行率 10 (DOMAIN.md §4). */
export const EXECUTION_WEIGHT = 10;

interface IndicatorSlot {
  readonly level1: string;
  readonly level1Weight: number;
  readonly level2: string;
  readonly weight: number;
}

const INDICATOR_SLOTS: readonly IndicatorSlot[] = [
  { level1: '产出指标', level1Weight: 50, level2: '数量指标 (必填量化)', weight: 15 },
  { level1: '产出指标', level1Weight: 50, level2: '质量指标 (必填量化)', weight: 15 },
  { level1: '产出指标', level1Weight: 50, level2: '时效指标 (必填量化)', weight: 10 },
  { level1: '产出指标', level1Weight: 50, level2: '成本指标 (必填量化)', weight: 10 },
  { level1: '效益指标', level1Weight: 30, level2: '经济效益指标 (选填)', weight: 5 },
  { level1: '效益指标', level1Weight: 30, level2: '社会效益指标 (必填)', weight: 10 },
  { level1: '效益指标', level1Weight: 30, level2: '生态效益指标 (选填)', weight: 5 },
  { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标 (必填)', weight: 10 },
  { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标 (必填量化)', weight: 10 },
];

/** Column letters of each role, per variant. */
interface Columns {
  readonly last: string;
  readonly target: string;
  readonly actual?: string;
  readonly weight: string;
  readonly score: string;
  readonly reason: string;
}

const COLUMNS: Readonly<Record<TemplateVariant, Columns>> = {
  seed: { last: 'H', target: 'E', weight: 'F', score: 'G', reason: 'H' },
  national: { last: 'I', target: 'E', actual: 'F', weight: 'G', score: 'H', reason: 'I' },
};

const COLUMN_WIDTHS: Readonly<Record<TemplateVariant, readonly number[]>> = {
  seed: [12, 14, 24, 30, 16, 8, 10, 28],
  national: [12, 14, 24, 28, 14, 14, 8, 10, 28],
};

/** The funds table always sits in B–H: 资金类别, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
const FUNDS = { budget: 'D', executed: 'E', weight: 'F', rate: 'G', score: 'H' } as const;

const SCORE_PROMPT = '填写得分：不小于 0，且不超过本行分值。';
const SCORE_ERROR = '得分须为不小于 0、不超过分值的数字。';
const WEIGHT_PROMPT = '填写分值：不小于 0 的数字。';
const WEIGHT_ERROR = '分值须为不小于 0 的数字。';

class LayoutBuilder {
  readonly cells: TemplateCell[] = [];
  readonly merges: string[] = [];
  readonly validations: TemplateValidation[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(address: string, role: CellRole, value?: string | number, extra: Partial<TemplateCell> = {}): void {
    this.cells.push({ address, role, ...(value === undefined ? {} : { value }), ...extra });
  }

  /** A cell merged over `range` (its top-left is the cell's address). */
  span(range: string, role: CellRole, value?: string | number, extra: Partial<TemplateCell> = {}): void {
    const [start, end] = range.split(':');
    this.put(start!, role, value, extra);
    if (end && end !== start) this.merges.push(range);
  }

  formula(address: string, formula: string, blankShows: string | number, numberFormat?: string): void {
    this.put(address, 'computed', undefined, {
      formula,
      blankShows,
      ...(numberFormat ? { numberFormat } : {}),
    });
  }

  decimal(address: string, maximumFormula?: string): void {
    this.validations.push({
      kind: 'decimal',
      address,
      minimum: 0,
      ...(maximumFormula ? { maximumFormula } : {}),
      prompt: maximumFormula ? SCORE_PROMPT : WEIGHT_PROMPT,
      error: maximumFormula ? SCORE_ERROR : WEIGHT_ERROR,
    });
  }
}

function headerRows(b: LayoutBuilder, options: TemplateOptions, last: string): number {
  b.span(`A1:${last}1`, 'title', '项目支出绩效自评表');
  b.span(`A2:${last}2`, 'year', `(${options.year}年度)`);
  b.rowHeights[1] = 30;
  b.span('A3:B3', 'label', '项目名称');
  b.span(`C3:${last}3`, 'input', options.projectName ?? '');
  const national = options.variant === 'national';
  b.span('A4:B4', 'label', national ? '主管部门' : '主管部门及代码');
  b.span('C4:D4', 'input', options.department ?? '');
  b.put('E4', 'label', '实施单位');
  b.span(`F4:${last}4`, 'input', options.implementer ?? '');
  if (national) return 5;
  b.span('A5:B5', 'label', '项目属性');
  b.span('C5:D5', 'input', '');
  b.validations.push({
    kind: 'list',
    address: 'C5',
    items: PROJECT_TYPES,
    prompt: '从列表中选择项目属性。',
    error: `项目属性须为：${PROJECT_TYPES.join('、')}。`,
  });
  b.put('E5', 'label', '项目期');
  b.span(`F5:${last}5`, 'input', '');
  return 6;
}

function fundsRows(b: LayoutBuilder, top: number, options: TemplateOptions, last: string): number {
  const national = options.variant === 'national';
  const subRows = national ? ['其中：财政拨款', '上年结转资金', '其他资金'] : ['其中：财政拨款', '其他资金'];
  const bottom = top + subRows.length + 1;
  b.span(`A${top}:A${bottom}`, 'label', '项目资金 (万元)');
  const headers = ['资金类别', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  // The last header (得分) spans to the form's last column.
  headers.forEach((text, i) => {
    const col = String.fromCharCode(66 + i);
    b.span(
      col === last || col !== FUNDS.score ? `${col}${top}` : `${col}${top}:${last}${top}`,
      'header',
      text,
    );
  });
  const rows = ['年度资金总额', ...subRows];
  rows.forEach((label, i) => {
    const row = top + 1 + i;
    const isTotal = i === 0;
    b.put(`B${row}`, 'label', label);
    for (const col of ['C', FUNDS.budget, FUNDS.executed]) b.put(`${col}${row}`, 'input', '');
    b.formula(
      `${FUNDS.rate}${row}`,
      `=IFERROR(${FUNDS.executed}${row}/${FUNDS.budget}${row},"")`,
      '',
      '0.00%',
    );
    const scoreRange = last === 'H' ? `${FUNDS.score}${row}` : `${FUNDS.score}${row}:${last}${row}`;
    if (isTotal) {
      b.put(`${FUNDS.weight}${row}`, 'input', EXECUTION_WEIGHT);
      b.decimal(`${FUNDS.weight}${row}`);
      b.span(scoreRange, 'computed', undefined, {
        // MIN would skip a blank (text "") 执行率 and score the full 分值, so test it first.
        formula: `=IF(ISNUMBER(${FUNDS.rate}${row}),IFERROR(MIN(${FUNDS.rate}${row},1)*${FUNDS.weight}${row},""),"")`,
        blankShows: '',
        numberFormat: '0.00',
      });
    } else {
      b.put(`${FUNDS.weight}${row}`, 'label', national ? '—' : '');
      b.span(scoreRange, 'label', national ? '—' : '');
    }
  });
  return bottom + 1;
}

function goalRows(b: LayoutBuilder, top: number, options: TemplateOptions, last: string): number {
  if (options.variant === 'national') {
    b.span(`A${top}:A${top + 1}`, 'label', '年度总体目标');
    b.span(`B${top}:E${top}`, 'header', '预期目标');
    b.span(`F${top}:${last}${top}`, 'header', '实际完成情况');
    b.span(`B${top + 1}:E${top + 1}`, 'input', '');
    b.span(`F${top + 1}:${last}${top + 1}`, 'input', '');
    b.rowHeights[top + 1] = 90;
    return top + 2;
  }
  b.span(`A${top}:B${top}`, 'label', '年度总体目标');
  b.span(`C${top}:${last}${top}`, 'input', '');
  b.rowHeights[top] = 90;
  return top + 1;
}

function indicatorRows(b: LayoutBuilder, top: number, options: TemplateOptions, cols: Columns): number {
  const national = options.variant === 'national';
  const first = top + 1;
  const lastRow = top + INDICATOR_SLOTS.length;
  b.span(`A${top}:A${lastRow}`, 'label', '绩效指标');
  const headers: [string, string][] = [
    ['B', '一级指标'],
    ['C', '二级指标'],
    ['D', '三级指标'],
    [cols.target, national ? '年度指标值' : '指标值'],
    ...(cols.actual ? ([[cols.actual, '实际完成值']] as [string, string][]) : []),
    [cols.weight, '分值'],
    [cols.score, '得分'],
    [cols.reason, national ? '偏差原因分析及改进措施' : '偏差原因'],
  ];
  for (const [col, text] of headers) b.put(`${col}${top}`, 'header', text);
  INDICATOR_SLOTS.forEach((slot, i) => {
    const row = first + i;
    const startsLevel1 = i === 0 || INDICATOR_SLOTS[i - 1]!.level1 !== slot.level1;
    if (startsLevel1) {
      const span = INDICATOR_SLOTS.filter((s) => s.level1 === slot.level1).length;
      const name = national ? `${slot.level1}(${slot.level1Weight}分)` : slot.level1;
      b.span(`B${row}:B${row + span - 1}`, 'label', name);
    }
    b.put(`C${row}`, 'label', slot.level2);
    b.put(`D${row}`, 'input', '');
    b.put(`${cols.target}${row}`, 'input', '');
    if (cols.actual) b.put(`${cols.actual}${row}`, 'input', '');
    b.put(`${cols.weight}${row}`, 'input', slot.weight);
    b.decimal(`${cols.weight}${row}`);
    b.put(`${cols.score}${row}`, 'input', '');
    b.decimal(`${cols.score}${row}`, `=${cols.weight}${row}`);
    b.put(`${cols.reason}${row}`, 'input', '');
  });
  return lastRow + 1;
}

function totalRow(
  b: LayoutBuilder,
  row: number,
  fundsTotalRow: number,
  tableRows: [number, number],
  options: TemplateOptions,
  cols: Columns,
): void {
  const [first, last] = tableRows;
  const executionScore = `${FUNDS.score}${fundsTotalRow}`;
  const scores = `${cols.score}${first}:${cols.score}${last}`;
  const total = `=IF(COUNT(${executionScore},${scores})=0,"",N(${executionScore})+SUM(${scores}))`;
  if (options.variant === 'national') {
    b.span(`A${row}:${String.fromCharCode(cols.weight.charCodeAt(0) - 1)}${row}`, 'label', '总分');
    const weights = `${cols.weight}${first}:${cols.weight}${last}`;
    const weightTotal = INDICATOR_SLOTS.reduce((sum, s) => sum + s.weight, EXECUTION_WEIGHT);
    b.formula(`${cols.weight}${row}`, `=${FUNDS.weight}${fundsTotalRow}+SUM(${weights})`, weightTotal);
    b.formula(`${cols.score}${row}`, total, '');
    b.put(`${cols.reason}${row}`, 'label', '');
    return;
  }
  b.put(`A${row}`, 'label', '总得分');
  b.span(`B${row}:${cols.last}${row}`, 'computed', undefined, { formula: total, blankShows: '' });
}

/** The blank form for `options`: every cell, merge, validation and print setting. */
export function buildTemplate(options: TemplateOptions): TemplateLayout {
  const cols = COLUMNS[options.variant];
  const b = new LayoutBuilder();
  const fundsTop = headerRows(b, options, cols.last);
  const goalTop = fundsRows(b, fundsTop, options, cols.last);
  const tableTop = goalRows(b, goalTop, options, cols.last);
  const totalAt = indicatorRows(b, tableTop, options, cols);
  totalRow(b, totalAt, fundsTop + 1, [tableTop + 1, totalAt - 1], options, cols);
  return {
    variant: options.variant,
    cells: b.cells,
    merges: b.merges,
    bordered: `A3:${cols.last}${totalAt}`,
    columnWidths: COLUMN_WIDTHS[options.variant],
    rowHeights: b.rowHeights,
    validations: b.validations,
    print: {
      paper: 'A4',
      orientation: options.variant === 'national' ? 'landscape' : 'portrait',
      titleRows: '$1:$2',
      fitToWidth: true,
    },
  };
}

/** The size of the layout: its last row and column, 1-based. */
export function templateExtent(layout: TemplateLayout): { readonly rows: number; readonly columns: number } {
  const range = parseRangeA1(layout.bordered);
  return { rows: (range?.bottom ?? 0) + 1, columns: (range?.right ?? 0) + 1 };
}

/** What a cell shows as a grid cell (formulas as Excel shows them on a blank form). */
function shownCell(cell: TemplateCell): Cell {
  const value = cell.formula !== undefined ? cell.blankShows : cell.value;
  if (value === undefined || value === '') return EMPTY_CELL;
  return { value, text: String(value), ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}) };
}

/**
 * The layout as a sheet grid, as Excel would show the blank form; `entries` (A1 → cell) stand
 * for what a clerk typed, or what a formula shows once the form is filled in.
 */
export function templateToGrid(
  layout: TemplateLayout,
  sheet: string,
  entries: Readonly<Record<string, Cell | string | number>> = {},
): Grid {
  const { rows, columns } = templateExtent(layout);
  const table: Cell[][] = Array.from({ length: rows }, () => new Array<Cell>(columns).fill(EMPTY_CELL));
  const place = (address: string, cell: Cell): void => {
    const at = parseA1(address);
    if (at && at.row < rows && at.col < columns) table[at.row]![at.col] = cell;
  };
  for (const cell of layout.cells) place(cell.address, shownCell(cell));
  for (const [address, entry] of Object.entries(entries)) {
    place(address, typeof entry === 'object' ? entry : { value: entry, text: String(entry) });
  }
  const merges = layout.merges.map(parseRangeA1).filter((m): m is CellRange => m !== undefined);
  return gridFromRows(sheet, table, { merges });
}

/** Characters Excel does not allow in sheet names. */
const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/g;
const MAX_SHEET_NAME = 31;

/**
 * The first free sheet name: `base`, else `base (2)`, `base (3)` … Excel compares sheet names
 * without regard to case, allows at most 31 characters and none of `[ ] : * ? / \`.
 */
export function nextFreeSheetName(existing: readonly string[], base = '绩效自评表'): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const clean =
    base
      .replace(FORBIDDEN_IN_SHEET_NAMES, '')
      .replace(/^'+|'+$/g, '')
      .trim() || '绩效自评表';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
