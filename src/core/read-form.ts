/**
 * Reading a located form region into the Form model (DOMAIN.md §2). Column roles come from
 * the header rows, never from fixed positions; rows written off the header's columns are read
 * by alignment and noted. Nothing here throws on bad input.
 */
import type {
  Form,
  Funds,
  FundsRow,
  FundsRowKind,
  Goal,
  Header,
  Indicator,
  IndicatorTable,
  LayoutNote,
  LevelName,
  Mutable,
  SheetFormStream,
  SheetReading,
  TextField,
  TotalRow,
  ValueField,
} from './form';
import { rangeToA1, toA1, type Grid } from './grid';
import { isKnownLevel1, isKnownLevel2, labelKey, parseLevelLabel, stripTitleMarks } from './labels';
import { labelAt, locateForms, type FormRegion, type Position } from './locate';
import { sheetCells, type SheetCells } from './sheet-cells';
import { memoizeText } from './memo';
import { parseText } from './values';
import { isQuantified, type ParsedValue } from './value-types';

// ------------------------------------------------------------------ cell helpers

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}

/**
 * A field's address. A field expected beyond the stored area (an empty value cell right of the
 * last used column, say) points at the nearest stored cell, so every finding names a cell the
 * sheet's used range holds.
 */
function addressIn(grid: Grid, row: number, col: number): string {
  return toA1(
    clamp(row, 0, Math.max(grid.rowCount - 1, 0)),
    clamp(col, 0, Math.max(grid.columnCount - 1, 0)),
  );
}

function textAt(grid: Grid, row: number, col: number): string {
  return sheetCells(grid).text(row, col);
}

function textField(grid: Grid, row: number, col: number): TextField {
  return { cell: addressIn(grid, row, col), text: textAt(grid, row, col) };
}

function valueField(grid: Grid, row: number, col: number): ValueField {
  const cells = sheetCells(grid);
  return { cell: addressIn(grid, row, col), text: cells.text(row, col), value: cells.value(row, col) };
}

function isEmptyAt(grid: Grid, row: number, col: number): boolean {
  return textAt(grid, row, col) === '';
}

function isBareNumber(value: ParsedValue): boolean {
  return value.kind === 'number' && value.comparator === '=' && (value.unit === '' || value.unit === '分');
}

/** The first cell after a label: past its merged area, when the grid knows merges. */
function afterLabel(grid: Grid, at: Position): number {
  const merge = sheetCells(grid).mergeAt(at.row, at.col);
  return merge ? merge.right + 1 : at.col + 1;
}

function findInRows(
  grid: Grid,
  from: number,
  to: number,
  test: (key: string) => boolean,
): Position | undefined {
  for (let row = from; row < to; row++) {
    for (let col = 0; col < grid.columnCount; col++) {
      const key = labelAt(grid, row, col);
      if (key !== '' && test(key)) return { row, col };
    }
  }
  return undefined;
}

function findInRow(
  grid: Grid,
  row: number,
  test: (key: string) => boolean,
  fromCol = 0,
): Position | undefined {
  for (let col = fromCol; col < grid.columnCount; col++) {
    const key = labelAt(grid, row, col);
    if (key !== '' && test(key)) return { row, col };
  }
  return undefined;
}

// ------------------------------------------------------------------ header

interface HeaderLabel {
  readonly field: keyof Header;
  readonly test: (key: string) => boolean;
}

const HEADER_LABELS: readonly HeaderLabel[] = [
  { field: 'projectName', test: (k) => k === '项目名称' },
  { field: 'department', test: (k) => k.startsWith('主管部门') },
  { field: 'implementer', test: (k) => k === '实施单位' || k === '项目实施单位' },
  { field: 'projectType', test: (k) => k === '项目属性' },
  { field: 'period', test: (k) => k === '项目期' || k === '项目周期' || k === '项目期限' },
];

function headerLabelOf(key: string): HeaderLabel | undefined {
  if (key === '') return undefined;
  for (const label of HEADER_LABELS) if (label.test(key)) return label;
  return undefined;
}

interface FoundLabel {
  readonly field: keyof Header;
  readonly at: Position;
  /** The first filled cell right of the label, before the next label. */
  readonly valueCol?: number;
}

function findHeaderLabels(grid: Grid, from: number, to: number): FoundLabel[] {
  const found: FoundLabel[] = [];
  for (let row = from; row < to; row++) {
    for (let col = 0; col < grid.columnCount; col++) {
      const match = headerLabelOf(labelAt(grid, row, col));
      if (!match || found.some((f) => f.field === match.field)) continue;
      const at = { row, col };
      const label: Mutable<FoundLabel> = { field: match.field, at };
      for (let c = afterLabel(grid, at); c < grid.columnCount; c++) {
        if (isEmptyAt(grid, row, c)) continue;
        if (!headerLabelOf(labelAt(grid, row, c))) label.valueCol = c;
        break;
      }
      found.push(label);
    }
  }
  return found;
}

/** Where an empty value belongs: as far right of its label as its filled siblings' values are. */
function expectedValueCol(grid: Grid, label: FoundLabel, all: readonly FoundLabel[]): number {
  const sibling = all.find((f) => f.at.col === label.at.col && f.valueCol !== undefined);
  if (sibling?.valueCol !== undefined) return label.at.col + (sibling.valueCol - sibling.at.col);
  return afterLabel(grid, label.at);
}

function readHeader(grid: Grid, region: FormRegion, to: number): Header {
  const labels = findHeaderLabels(grid, region.anchor.row, Math.max(to, region.anchor.row + 1));
  const fields: Partial<Record<keyof Header, TextField>> = {};
  for (const label of labels) {
    const col = label.valueCol ?? expectedValueCol(grid, label, labels);
    fields[label.field] = textField(grid, label.at.row, col);
  }
  const projectName = fields.projectName ?? { cell: toA1(region.anchor.row, region.anchor.col), text: '' };
  return { ...fields, projectName };
}

// ------------------------------------------------------------------ funds

type FundsColumn = 'initialBudget' | 'budget' | 'executed' | 'weight' | 'rate' | 'score';

const FUNDS_COLUMNS: readonly { readonly role: FundsColumn; readonly test: (key: string) => boolean }[] = [
  { role: 'initialBudget', test: (k) => k.includes('年初预算') },
  { role: 'budget', test: (k) => k.includes('全年预算') || k === '调整后预算数' },
  { role: 'executed', test: (k) => k.includes('执行数') || k.includes('全年执行') },
  { role: 'rate', test: (k) => k.startsWith('执行率') },
  { role: 'weight', test: (k) => k === '分值' },
  { role: 'score', test: (k) => k === '得分' },
];

function fundsRowKind(key: string): FundsRowKind | undefined {
  if (key.includes('资金总额') || key === '合计') return 'total';
  if (key.includes('财政拨款')) return 'fiscal';
  if (key.includes('上年结转')) return 'carryover';
  if (key.includes('其他资金')) return 'other';
  return undefined;
}

function isFundsHeader(key: string): boolean {
  return key.startsWith('项目资金');
}

function isGoalLabel(key: string): boolean {
  return key.startsWith('年度总体目标') || key === '总体目标';
}

function isTableLabel(key: string): boolean {
  return key === '绩效指标';
}

function rowHasNumber(grid: Grid, row: number, fromCol: number): Position | undefined {
  for (let col = fromCol; col < grid.columnCount; col++) {
    const value = sheetCells(grid).value(row, col);
    if (value.kind === 'number' || value.kind === 'range') return { row, col };
  }
  return undefined;
}

function firstFilled(grid: Grid, row: number): number | undefined {
  for (let col = 0; col < grid.columnCount; col++) if (!isEmptyAt(grid, row, col)) return col;
  return undefined;
}

/** The funds table's columns by role, left to right; the leftmost header of each role wins. */
function fundsColumns(grid: Grid, header: Position): { readonly role: FundsColumn; readonly col: number }[] {
  const columns: { role: FundsColumn; col: number }[] = [];
  for (let col = header.col + 1; col < grid.columnCount; col++) {
    const key = labelAt(grid, header.row, col);
    const role = FUNDS_COLUMNS.find((column) => column.test(key))?.role;
    if (role && !columns.some((column) => column.role === role)) columns.push({ role, col });
  }
  return columns;
}

function readFunds(grid: Grid, header: Position, end: number, notes: LayoutNote[]): Funds {
  const columns = fundsColumns(grid, header);
  const firstRoleCol = columns.length > 0 ? columns[0].col : grid.columnCount;
  const rows: FundsRow[] = [];
  for (let row = header.row + 1; row < end; row++) {
    const first = firstFilled(grid, row);
    if (first === undefined) continue;
    const labelCell = findInRow(grid, row, (k) => fundsRowKind(k) !== undefined);
    const kind =
      labelCell && labelCell.col < firstRoleCol ? fundsRowKind(labelAt(grid, row, labelCell.col)) : undefined;
    if (!labelCell || !kind) {
      const stray = rowHasNumber(grid, row, 0);
      if (stray)
        notes.push({ kind: 'unreadable-row', cell: toA1(row, first), text: textAt(grid, row, first) });
      continue;
    }
    const fundsRow: Mutable<FundsRow> = { kind, label: textField(grid, row, labelCell.col) };
    for (const { role, col } of columns) fundsRow[role] = valueField(grid, row, col);
    rows.push(fundsRow);
  }
  return { label: textField(grid, header.row, header.col), rows };
}

// ------------------------------------------------------------------ goal

function isGoalHeading(key: string): boolean {
  return key === '预期目标' || key.startsWith('实际完成情况');
}

function readGoal(grid: Grid, at: Position): Goal {
  const label = textField(grid, at.row, at.col);
  const expectedLabel = findInRow(grid, at.row, (k) => k === '预期目标', at.col + 1);
  const achievedLabel = findInRow(grid, at.row, (k) => k.startsWith('实际完成情况'), at.col + 1);
  if (expectedLabel) {
    // The text under its heading; else beside it, unless what stands beside it is the other heading.
    const below = (pos: Position): TextField => {
      const under = textField(grid, pos.row + 1, pos.col);
      if (under.text !== '') return under;
      const beside = firstTextRight(grid, pos);
      return beside.text === '' || isGoalHeading(labelKey(beside.text)) ? under : beside;
    };
    return {
      label,
      expected: below(expectedLabel),
      ...(achievedLabel ? { achieved: below(achievedLabel) } : {}),
    };
  }
  return { label, expected: firstTextRight(grid, at) };
}

function firstTextRight(grid: Grid, at: Position): TextField {
  const start = afterLabel(grid, at);
  for (let col = start; col < grid.columnCount; col++) {
    if (!isEmptyAt(grid, at.row, col)) return textField(grid, at.row, col);
  }
  return textField(grid, at.row, start);
}

// ------------------------------------------------------------------ indicator table

interface TableColumns {
  readonly level1: number;
  readonly level2: number;
  readonly level3: number;
  readonly target: number;
  readonly actual?: number;
  readonly weight: number;
  readonly score: number;
  readonly reason: number;
}

function tableColumns(grid: Grid, header: Position): TableColumns | undefined {
  const find = (test: (k: string) => boolean): number | undefined =>
    findInRow(grid, header.row, test, header.col + 1)?.col;
  const target = find((k) => (k.includes('指标值') && !k.includes('实际')) || k === '目标值');
  const actual = find((k) => k.includes('实际完成值') || k === '实际值' || k === '完成值');
  const weight = find((k) => k === '分值');
  const score = find((k) => k === '得分');
  if (target === undefined || weight === undefined || score === undefined) return undefined;
  const level3 = find((k) => k === '三级指标') ?? target - 1;
  const level2 = find((k) => k === '二级指标') ?? level3 - 1;
  const level1 = find((k) => k === '一级指标') ?? level2 - 1;
  const reason = find((k) => k.startsWith('偏差原因') || k.includes('原因')) ?? score + 1;
  return {
    level1,
    level2,
    level3,
    target,
    ...(actual === undefined ? {} : { actual }),
    weight,
    score,
    reason,
  };
}

const TOTAL_LABEL = /^总得?分(?:[:：]?\d+(?:\.\d+)?)?$/;

function isTotalLabel(key: string): boolean {
  return key === '合计得分' || (key.startsWith('总') && TOTAL_LABEL.test(key));
}

function shifted(columns: TableColumns, shift: number): TableColumns {
  if (shift === 0) return columns;
  const move = (col: number): number => col + shift;
  return {
    level1: move(columns.level1),
    level2: move(columns.level2),
    level3: move(columns.level3),
    target: move(columns.target),
    ...(columns.actual === undefined ? {} : { actual: move(columns.actual) }),
    weight: move(columns.weight),
    score: move(columns.score),
    reason: move(columns.reason),
  };
}

/**
 * Which level a label names. 成本指标 is both a 一级 (newer forms) and a 二级 name; a
 * `(必填量化)`-style suffix marks a 二级 label, so the suffixed form is read as 二级.
 */
function computeLevelOf(text: string): 1 | 2 | 0 {
  if (text.length > 40) return 0;
  const label = parseLevelLabel(text);
  const level2 = isKnownLevel2(label.name);
  if (level2 && label.requirement) return 2;
  return isKnownLevel1(label.name) ? 1 : level2 ? 2 : 0;
}

/** 1 or 2 when the text names a 一级/二级 indicator, 0 otherwise. */
const memoizedLevelOf = memoizeText(computeLevelOf);

/** Every 一级/二级 name ends in 指标, so other cells need no lookup. */
function levelOf(text: string): 1 | 2 | 0 {
  return text.includes('指标') ? memoizedLevelOf(text) : 0;
}

/** One indicator row as the alignment needs it: the sheet's cells and the row's filled columns. */
interface TableRow {
  readonly cells: SheetCells;
  readonly row: number;
  /** Filled columns, left to right. */
  readonly filled: readonly number[];
  /** The level each filled column names (levelOf), in the same order. */
  readonly levels: readonly (1 | 2 | 0)[];
}

function tableRow(grid: Grid, row: number): TableRow {
  const cells = sheetCells(grid);
  const filled: number[] = [];
  const levels: (1 | 2 | 0)[] = [];
  for (let col = 0; col < grid.columnCount; col++) {
    const text = cells.text(row, col);
    if (text === '') continue;
    filled.push(col);
    levels.push(levelOf(text));
  }
  return { cells, row, filled, levels };
}

/**
 * How plausible it is that the row is written with its columns moved by `shift`:
 * 分值/得分 numbers where they belong, level names in their columns, no value in the 三级 column.
 */
function readingScore(line: TableRow, cols: TableColumns, shift: number): number {
  const { cells, row, filled } = line;
  let score = shift === 0 ? 0 : -1;
  if (isBareNumber(cells.value(row, cols.weight + shift))) score += 2;
  if (isBareNumber(cells.value(row, cols.score + shift))) score += 2;
  if (isQuantified(cells.value(row, cols.level3 + shift))) score -= 3;
  const level1Col = cols.level1 + shift;
  const level2Col = cols.level2 + shift;
  const reasonCol = cols.reason + shift;
  const targetCol = cols.target + shift;
  for (let i = 0; i < filled.length; i++) {
    const col = filled[i];
    const level = line.levels[i];
    if (level === 1) score += col === level1Col ? 2 : -2;
    if (level === 2) score += col === level2Col ? 2 : -2;
    if (col < level1Col) score -= 3;
    else if (col > reasonCol) score -= 1;
  }
  if (cells.value(row, targetCol).kind === 'text' && filled[0] >= targetCol) score -= 2;
  return score;
}

const CANDIDATE_SHIFTS = [0, -1, 1, -2, 2] as const;

function bestShift(line: TableRow, columns: TableColumns): number {
  let best = 0;
  let bestScore = -Infinity;
  for (const shift of CANDIDATE_SHIFTS) {
    if (columns.level1 + shift < 0) continue;
    const score = readingScore(line, columns, shift);
    if (score > bestScore) {
      best = shift;
      bestScore = score;
    }
  }
  return best;
}

interface Carried {
  readonly level1?: LevelName;
  readonly level2?: LevelName;
}

function levelName(grid: Grid, row: number, col: number): LevelName {
  const text = textAt(grid, row, col);
  const { name, weight, requirement } = parseLevelLabel(text);
  const field: Mutable<LevelName> = { cell: addressIn(grid, row, col), text, name };
  if (weight !== undefined) field.weight = weight;
  if (requirement !== undefined) field.requirement = requirement;
  return field;
}

/** Level cells of a shifted row: by vocabulary, else right to left (三级, 二级, 一级). */
function shiftedLevels(line: TableRow, cols: TableColumns): Partial<Record<1 | 2 | 3, number>> {
  const labels = line.filled.filter((col) => col < cols.target);
  const assigned: Partial<Record<1 | 2 | 3, number>> = {};
  // `labels` is a prefix of `filled` (columns ascend), so their levels share indexes.
  labels.forEach((col, i) => {
    const level = line.levels[i];
    if (level !== 0 && assigned[level] === undefined) assigned[level] = col;
  });
  const rest = labels.filter((col) => col !== assigned[1] && col !== assigned[2]).reverse();
  for (const col of rest) {
    const free = ([3, 2, 1] as const).find((level) => assigned[level] === undefined);
    if (free === undefined) break;
    assigned[free] = col;
  }
  return assigned;
}

function readIndicatorRow(
  grid: Grid,
  row: number,
  columns: TableColumns,
  carried: Carried,
  notes: LayoutNote[],
): Indicator | undefined {
  const line = tableRow(grid, row);
  if (line.filled.length === 0) return undefined;
  const first = line.filled[0];
  const shift = bestShift(line, columns);
  const cols = shifted(columns, shift);
  const weight = valueField(grid, row, cols.weight);
  const score = valueField(grid, row, cols.score);
  if (
    !isBareNumber(weight.value) &&
    !isBareNumber(score.value) &&
    line.filled.some((col) => isBareNumber(line.cells.value(row, col)))
  ) {
    notes.push({ kind: 'unreadable-row', cell: toA1(row, first), text: textAt(grid, row, first) });
    return undefined;
  }
  if (shift !== 0) notes.push({ kind: 'shifted-row', cell: toA1(row, first), shift });
  const levelCols: Partial<Record<1 | 2 | 3, number>> =
    shift === 0 ? { 1: cols.level1, 2: cols.level2, 3: cols.level3 } : shiftedLevels(line, cols);
  const filled = (col: number | undefined): col is number => col !== undefined && !isEmptyAt(grid, row, col);
  const level1 = filled(levelCols[1]) ? levelName(grid, row, levelCols[1]) : carried.level1;
  const level2 = filled(levelCols[2])
    ? levelName(grid, row, levelCols[2])
    : level1 === carried.level1
      ? carried.level2
      : undefined;
  const indicator: Mutable<Indicator> = {
    row: row + 1,
    level1: level1 ?? levelName(grid, row, cols.level1),
    level2: level2 ?? levelName(grid, row, cols.level2),
    level3: textField(grid, row, levelCols[3] ?? cols.level3),
    target: valueField(grid, row, cols.target),
    weight,
    score,
    reason: textField(grid, row, cols.reason),
    shift,
  };
  if (cols.actual !== undefined) indicator.actual = valueField(grid, row, cols.actual);
  return indicator;
}

function readIndicators(
  grid: Grid,
  header: Position,
  columns: TableColumns,
  end: number,
  notes: LayoutNote[],
): IndicatorTable {
  const rows: Indicator[] = [];
  let carried: Carried = {};
  for (let row = header.row + 1; row < end; row++) {
    const indicator = readIndicatorRow(grid, row, columns, carried, notes);
    if (!indicator) continue;
    rows.push(indicator);
    carried = { level1: indicator.level1, level2: indicator.level2 };
  }
  const headerField = (col: number): TextField => textField(grid, header.row, col);
  return {
    label: textField(grid, header.row, header.col),
    headers: {
      target: headerField(columns.target),
      ...(columns.actual === undefined ? {} : { actual: headerField(columns.actual) }),
      weight: headerField(columns.weight),
      score: headerField(columns.score),
      reason: headerField(columns.reason),
    },
    rows,
  };
}

// ------------------------------------------------------------------ total and grade

function readTotal(grid: Grid, at: Position, columns: TableColumns | undefined): TotalRow {
  const label = textField(grid, at.row, at.col);
  const inline = /^总得?分[:：]?(\d+(?:\.\d+)?)$/.exec(labelKey(label.text));
  if (inline) return { label, score: { ...label, value: parseText(inline[1]) } };
  // 总分 rows of the national form put 100 under 分值 and the score under 得分 (which may still be blank).
  const hasWeight = columns !== undefined && !isEmptyAt(grid, at.row, columns.weight);
  const hasScore = columns !== undefined && !isEmptyAt(grid, at.row, columns.score);
  if (columns && hasWeight && (hasScore || labelKey(label.text) === '总分')) {
    return {
      label,
      weight: valueField(grid, at.row, columns.weight),
      score: valueField(grid, at.row, columns.score),
    };
  }
  for (let col = afterLabel(grid, at); col < grid.columnCount; col++) {
    if (!isEmptyAt(grid, at.row, col)) return { label, score: valueField(grid, at.row, col) };
  }
  return { label, score: valueField(grid, at.row, afterLabel(grid, at)) };
}

const GRADES = ['优', '良', '中', '差'];

function readGrade(grid: Grid, from: number, to: number): TextField | undefined {
  const label = findInRows(grid, from, to, (k) => /^(?:自评|评价|绩效)?等级/.test(k));
  if (!label) return undefined;
  const inline = /^(?:自评|评价|绩效)?等级[:]?(优|良|中|差)/.exec(labelAt(grid, label.row, label.col));
  if (inline) return { cell: toA1(label.row, label.col), text: inline[1] };
  for (let col = afterLabel(grid, label); col < grid.columnCount; col++) {
    const text = textAt(grid, label.row, col);
    if (text !== '')
      return GRADES.some((g) => text.startsWith(g)) ? textField(grid, label.row, col) : undefined;
  }
  return undefined;
}

// ------------------------------------------------------------------ form

function readRegion(grid: Grid, region: FormRegion, index: number): Form {
  const notes: LayoutNote[] = [];
  const { anchor, bottom } = region;
  const tableLabel = findInRows(grid, anchor.row, bottom, isTableLabel);
  const tableRow = tableLabel?.row ?? bottom;
  const totalLabel = findInRows(grid, tableLabel ? tableLabel.row + 1 : anchor.row, bottom, isTotalLabel);
  const fundsLabel = findInRows(grid, anchor.row, tableRow, isFundsHeader);
  const goalLabel = findInRows(grid, anchor.row, tableRow, isGoalLabel);
  const headerEnd = fundsLabel?.row ?? goalLabel?.row ?? tableRow;
  const header = readHeader(grid, region, headerEnd);
  const funds = fundsLabel ? readFunds(grid, fundsLabel, goalLabel?.row ?? tableRow, notes) : undefined;
  const goal = goalLabel ? readGoal(grid, goalLabel) : undefined;
  const columns = tableLabel ? tableColumns(grid, tableLabel) : undefined;
  const tableEnd = totalLabel?.row ?? bottom;
  const indicators =
    tableLabel && columns ? readIndicators(grid, tableLabel, columns, tableEnd, notes) : undefined;
  if (tableLabel && !columns) {
    notes.push({
      kind: 'unreadable-row',
      cell: toA1(tableLabel.row, tableLabel.col),
      text: textAt(grid, tableLabel.row, tableLabel.col),
    });
  }
  const total = totalLabel ? readTotal(grid, totalLabel, columns) : undefined;
  const grade = readGrade(grid, tableEnd, bottom);
  const lastRow = totalLabel?.row ?? (indicators?.rows.at(-1)?.row ?? tableRow + 1) - 1;
  const right = Math.max(columns?.reason ?? 0, lastColumnUsed(grid, region.top, lastRow));
  const variant =
    columns?.actual !== undefined || (!header.projectType && !header.period) ? 'national' : 'seed';
  const title = region.title
    ? {
        cell: toA1(region.title.row, region.title.col),
        text: stripTitleMarks(textAt(grid, region.title.row, region.title.col)),
      }
    : undefined;
  const year = region.year
    ? { ...textField(grid, region.year.row, region.year.col), value: region.year.value }
    : undefined;
  return {
    sheet: grid.sheet,
    index,
    range: rangeToA1({
      top: region.top,
      left: Math.min(anchor.col, region.title?.col ?? anchor.col),
      bottom: Math.max(lastRow, anchor.row),
      right,
    }),
    variant,
    ...(title ? { title } : {}),
    ...(year ? { year } : {}),
    header,
    ...(funds ? { funds } : {}),
    ...(goal ? { goal } : {}),
    ...(indicators ? { indicators } : {}),
    ...(total ? { total } : {}),
    ...(grade ? { grade } : {}),
    notes,
  };
}

function lastColumnUsed(grid: Grid, top: number, bottom: number): number {
  let last = 0;
  for (let row = top; row <= bottom; row++) {
    for (let col = grid.columnCount - 1; col > last; col--) {
      if (!isEmptyAt(grid, row, col)) {
        last = col;
        break;
      }
    }
  }
  return last;
}

function isBlankGrid(grid: Grid): boolean {
  for (let row = 0; row < grid.rowCount; row++) if (firstFilled(grid, row) !== undefined) return false;
  return true;
}

/** Reads a sheet's forms one at a time, as they are asked for. Never throws: a sheet without forms says so. */
export function streamSheet(grid: Grid): SheetFormStream {
  const regions = locateForms(grid);
  if (regions.length === 0) {
    return {
      kind: 'not-a-form',
      sheet: grid.sheet,
      reason: isBlankGrid(grid) ? 'empty' : 'no-anchors',
      cell: 'A1',
    };
  }
  function* forms(): Generator<Form> {
    for (let index = 0; index < regions.length; index++) yield readRegion(grid, regions[index], index);
  }
  return { kind: 'forms', sheet: grid.sheet, forms: forms() };
}

/** Reads every form of a sheet. Never throws: a sheet without forms says so. */
export function readSheet(grid: Grid): SheetReading {
  const stream = streamSheet(grid);
  return stream.kind === 'forms' ? { ...stream, forms: [...stream.forms] } : stream;
}

export function readWorkbook(grids: readonly Grid[]): SheetReading[] {
  return grids.map(readSheet);
}
