/**
 * Reading form cells into typed values (DOMAIN.md §3).
 *
 * A cell is a number only when the whole cell is a value expression: an optional comparator
 * or approximation word, the number, an optional scale (万/亿), an optional unit (人, 万元,
 * 元/人, %, …) and an optional trailing qualifier (以上, 以内, 左右). Sentences that merely
 * contain a number stay text: nothing is guessed out of prose.
 */
import { memoizeText } from './memo';
import type { Cell } from './grid';
import type {
  Comparator,
  DatePoint,
  DateRangeValue,
  DateValue,
  NumberValue,
  ParsedValue,
  RangeValue,
} from './value-types';

// ---------------------------------------------------------------- text normalisation

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
/** Full-width characters folded to ASCII; CJK separators (，；、) are kept as they are. */
const FOLDED_FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％：（）～－＋．／＞＜＝]/;

function computeNormalisedText(text: string): string {
  return text
    .replace(FULL_WIDTH_ASCII, (ch) =>
      FOLDED_FULL_WIDTH.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch,
    )
    .replace(/〜/g, '~')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds full-width digits, letters and value punctuation (％：（）～－＋．／＞＜＝, 〜) to ASCII,
 * trims, and collapses whitespace runs (including U+3000) to one space.
 */
export const normaliseText: (text: string) => string = memoizeText(computeNormalisedText);

/** Removes spaces except between two digits (`44 万元` → `44万元`, `10 20` stays). */
function squeezeSpaces(text: string): string {
  return text.replace(/ +/g, (spaces, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + spaces.length] ?? '';
    return /\d/.test(before) && /\d/.test(after) ? ' ' : '';
  });
}

// ---------------------------------------------------------------- vocabulary

const PLACEHOLDERS = new Set(['无', '/', '\\', 'N/A', 'n/a', 'NA', '暂无', '不适用']);
const DASH_ONLY = /^[-—–―─‐‑‒~]+$/;

/** Words and symbols before the number, longest first. */
const COMPARATOR_PREFIXES: readonly (readonly [string, Comparator])[] = [
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['不得高于', '<='],
  ['不得超过', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['达到', '>='],
  ['至少', '>='],
  ['至多', '<='],
  ['最多', '<='],
  ['高于', '>'],
  ['超过', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['>=', '>='],
  ['<=', '<='],
  ['=>', '>='],
  ['=<', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  ['达', '>='],
];

const APPROXIMATE_PREFIXES = ['大约', '约为', '将近', '约', '近'];

/** Qualifiers after the number and unit, longest first. */
const COMPARATOR_SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ['及以上', '>='],
  ['或以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['或以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
];

const APPROXIMATE_SUFFIXES = ['左右', '上下'];

/** Multi-character units (a single CJK character is always accepted as a unit). */
const KNOWN_UNITS = new Set([
  '人次',
  '户次',
  '场次',
  '批次',
  '车次',
  '台次',
  '家次',
  '项次',
  '人天',
  '人日',
  '小时',
  '分钟',
  '课时',
  '学时',
  '学分',
  '工作日',
  '个月',
  '年度',
  '公里',
  '千米',
  '千克',
  '公斤',
  '公顷',
  '平方米',
  '平方公里',
  '平米',
  '立方米',
  '千瓦',
  '千瓦时',
  '万千瓦时',
  '个百分点',
  '百分点',
  '人/次',
]);

/** Single characters that are grammar, not units. */
const NOT_A_UNIT = new Set([
  '的',
  '了',
  '在',
  '为',
  '是',
  '和',
  '与',
  '及',
  '或',
  '至',
  '到',
  '达',
  '约',
  '余',
  '多',
  '以',
  '上',
  '下',
  '内',
  '前',
  '后',
  '中',
  '共',
  '每',
  '等',
  '万',
  '亿',
]);

const CJK_CHAR = /^[\u3400-\u9fff]$/;
const ASCII_UNIT = /^[A-Za-z]{1,6}[23²³]?$/;

function isUnitWord(word: string): boolean {
  if (KNOWN_UNITS.has(word)) return true;
  if (CJK_CHAR.test(word)) return !NOT_A_UNIT.has(word);
  return ASCII_UNIT.test(word);
}

/** True for `人`, `万元`, `元/人`, `元/人/月`, `%`; false for anything else (prose). */
function isUnit(unit: string): boolean {
  if (unit === '%' || unit === '‰') return true;
  if (KNOWN_UNITS.has(unit)) return true;
  const parts = unit.split(/[/·]/);
  return parts.length <= 3 && parts.every(isUnitWord);
}

// ---------------------------------------------------------------- numbers

/** Rounds away binary noise from scaling (`98.8 / 100` → 0.988). */
function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

function decimalsOf(numeral: string): number {
  const dot = numeral.indexOf('.');
  return dot < 0 ? 0 : numeral.length - dot - 1;
}

/** A number expression taken apart, before it becomes a NumberValue. */
interface NumberParts {
  readonly numeral: number;
  readonly decimals: number;
  /** Multiplier from the written form to the stored value (万 → 10000, % → 0.01). */
  readonly factor: number;
  readonly unit: string;
  readonly comparator: Comparator;
  readonly approximate: boolean;
  /** Nothing but the numeral was written (no scale, unit or qualifier). */
  readonly bare: boolean;
}

const NUMERAL = /^[-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/;

function stripPrefix<T>(text: string, table: readonly (readonly [string, T])[]): [T, string] | undefined {
  for (const [word, meaning] of table) if (text.startsWith(word)) return [meaning, text.slice(word.length)];
  return undefined;
}

function stripSuffix<T>(text: string, table: readonly (readonly [string, T])[]): [T, string] | undefined {
  for (const [word, meaning] of table)
    if (text.endsWith(word) && text.length > word.length) return [meaning, text.slice(0, -word.length)];
  return undefined;
}

const APPROXIMATE_PREFIX_TABLE = APPROXIMATE_PREFIXES.map((word) => [word, true] as const);
const APPROXIMATE_SUFFIX_TABLE = APPROXIMATE_SUFFIXES.map((word) => [word, true] as const);

interface Lead {
  readonly comparator?: Comparator;
  readonly approximate: boolean;
  readonly rest: string;
}

/** Reads up to one comparator and one approximation word before the number, in either order. */
function readLead(text: string): Lead {
  let rest = text;
  let comparator: Comparator | undefined;
  let approximate = false;
  for (let round = 0; round < 2; round++) {
    const approx = approximate ? undefined : stripPrefix(rest, APPROXIMATE_PREFIX_TABLE);
    if (approx) {
      approximate = true;
      rest = approx[1];
      continue;
    }
    const comp = comparator ? undefined : stripPrefix(rest, COMPARATOR_PREFIXES);
    if (comp) {
      comparator = comp[0];
      rest = comp[1];
    }
  }
  return { comparator, approximate, rest };
}

interface Tail {
  readonly comparator?: Comparator;
  readonly approximate: boolean;
  readonly rest: string;
}

/** Reads a trailing qualifier (`以上`, `以内`, `左右`) off the end. */
function readTail(text: string): Tail {
  const approx = stripSuffix(text, APPROXIMATE_SUFFIX_TABLE);
  if (approx) return { approximate: true, rest: approx[1] };
  const comp = stripSuffix(text, COMPARATOR_SUFFIXES);
  if (comp) return { comparator: comp[0], approximate: false, rest: comp[1] };
  return { approximate: false, rest: text };
}

interface Scaled {
  readonly factor: number;
  readonly unit: string;
}

/** Applies 万/亿 and % to the unit: money stays in 万元, everything else is scaled. */
function scaleUnit(scale: string, unit: string): Scaled | undefined {
  if (unit === '%') return scale === '' ? { factor: 0.01, unit } : undefined;
  if (unit === '‰') return scale === '' ? { factor: 0.001, unit } : undefined;
  if (scale === '') return { factor: 1, unit };
  const money = unit.startsWith('元');
  if (scale === '万') return money ? { factor: 1, unit: `万${unit}` } : { factor: 1e4, unit };
  return money ? { factor: 1e4, unit: `万${unit}` } : { factor: 1e8, unit };
}

/** Whole-cell number expression (`≥95%`, `约50万元`, `500余人`, `3万人次`, `100%以上`). */
function readNumberParts(text: string): NumberParts | undefined {
  const lead = readLead(text);
  const match = NUMERAL.exec(lead.rest);
  if (!match) return undefined;
  const written = match[0].replace(/,/g, '');
  let rest = lead.rest.slice(match[0].length);
  let approximate = lead.approximate;
  const approxBefore = /^[余多]/.exec(rest);
  if (approxBefore) {
    approximate = true;
    rest = rest.slice(1);
  }
  const scaleMatch = /^[万亿]/.exec(rest);
  const scale = scaleMatch ? scaleMatch[0] : '';
  rest = rest.slice(scale.length);
  const approxAfter = /^[余多]/.exec(rest);
  if (approxAfter) {
    approximate = true;
    rest = rest.slice(1);
  }
  const tail = readTail(rest);
  if (lead.comparator && tail.comparator && lead.comparator !== tail.comparator) return undefined;
  const unit = tail.rest;
  if (unit !== '' && !isUnit(unit)) return undefined;
  const scaled = scaleUnit(scale, unit);
  if (!scaled) return undefined;
  const numeral = Number(written);
  if (!Number.isFinite(numeral)) return undefined;
  return {
    numeral,
    decimals: decimalsOf(written),
    factor: scaled.factor,
    unit: scaled.unit,
    comparator: lead.comparator ?? tail.comparator ?? '=',
    approximate: approximate || tail.approximate,
    bare: rest === '' && scale === '' && !approxBefore && !approxAfter,
  };
}

function toNumberValue(parts: NumberParts, text: string): NumberValue {
  return {
    kind: 'number',
    value: tidy(parts.numeral * parts.factor),
    unit: parts.unit,
    comparator: parts.comparator,
    decimals: parts.decimals,
    approximate: parts.approximate,
    text,
  };
}

// ---------------------------------------------------------------- ranges

const RANGE_SEPARATOR = /至|到|[-—–―~]/g;

/** `300-2000元`, `300元～2000元`, `1-3万人次`, `30%-50%`. */
function readRange(text: string, original: string): RangeValue | undefined {
  for (const match of text.matchAll(RANGE_SEPARATOR)) {
    const at = match.index ?? 0;
    const left = readNumberParts(text.slice(0, at));
    const right = readNumberParts(text.slice(at + match[0].length));
    if (!left || !right) continue;
    if (left.comparator !== '=' || right.comparator !== '=') continue;
    const leftFactor = left.bare ? right.factor : left.factor;
    const leftUnit = left.bare ? right.unit : left.unit;
    if (leftUnit !== right.unit) continue;
    const low = tidy(left.numeral * leftFactor);
    const high = tidy(right.numeral * right.factor);
    return {
      kind: 'range',
      min: Math.min(low, high),
      max: Math.max(low, high),
      unit: right.unit,
      text: original,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------- dates

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validPoint(point: DatePoint): DatePoint | undefined {
  if (point.year < 1900 || point.year > 2199) return undefined;
  if (point.month === undefined) return point.day === undefined ? point : undefined;
  if (point.month < 1 || point.month > 12) return undefined;
  if (point.day === undefined) return point;
  return point.day >= 1 && point.day <= daysInMonth(point.year, point.month) ? point : undefined;
}

function point(year: string, month?: string, day?: string): DatePoint {
  const result: { year: number; month?: number; day?: number } = { year: Number(year) };
  if (month !== undefined) result.month = Number(month);
  if (day !== undefined) result.day = Number(day);
  return result;
}

/** Full date points: `2024年`, `2024年度`, `2024年全年`, `2024年1月`, `2023年7月17日`, `2024.1.1`. */
function readDatePoint(text: string): DatePoint | undefined {
  let m = /^(\d{4})(?:年度?|年全年|年整年|全年|年度全年)$/.exec(text);
  if (m) return validPoint(point(m[1]));
  m = /^(\d{4})年(?:底|末)$/.exec(text);
  if (m) return validPoint(point(m[1], '12'));
  m = /^(\d{4})年(\d{1,2})月(?:份|底|末)?$/.exec(text);
  if (m) return validPoint(point(m[1], m[2]));
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/.exec(text);
  if (m) return validPoint(point(m[1], m[2], m[3]));
  m = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})日?$/.exec(text);
  if (m) return validPoint(point(m[1], m[3], m[4]));
  return undefined;
}

/** The end of a date range, which may leave out what it shares with the start (`18日`, `6月`). */
function readDateEnd(text: string, from: DatePoint): DatePoint | undefined {
  const full = readDatePoint(text);
  if (full) return full;
  let m = /^(\d{1,2})[日号]$/.exec(text);
  if (m && from.month !== undefined && from.day !== undefined)
    return validPoint({ year: from.year, month: from.month, day: Number(m[1]) });
  m = /^(\d{1,2})月(?:份|底|末)?$/.exec(text);
  if (m && from.month !== undefined && from.day === undefined)
    return validPoint({ year: from.year, month: Number(m[1]) });
  m = /^(\d{1,2})月(\d{1,2})[日号]$/.exec(text) ?? /^(\d{1,2})[./](\d{1,2})$/.exec(text);
  if (m && from.day !== undefined)
    return validPoint({ year: from.year, month: Number(m[1]), day: Number(m[2]) });
  return undefined;
}

function compareStart(a: DatePoint, b: DatePoint): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

function readDateRange(text: string, original: string): DateRangeValue | undefined {
  for (const match of text.matchAll(RANGE_SEPARATOR)) {
    const at = match.index ?? 0;
    const from = readDatePoint(text.slice(0, at));
    if (!from) continue;
    const to = readDateEnd(text.slice(at + match[0].length), from);
    if (!to || compareStart(from, to) > 0) continue;
    return { kind: 'dateRange', from, to, text: original };
  }
  const half = /^(\d{4})年(上|下)半年$/.exec(text);
  if (half && validPoint(point(half[1]))) {
    const year = Number(half[1]);
    return half[2] === '上'
      ? { kind: 'dateRange', from: { year, month: 1 }, to: { year, month: 6 }, text: original }
      : { kind: 'dateRange', from: { year, month: 7 }, to: { year, month: 12 }, text: original };
  }
  return undefined;
}

/** A deadline (`2024年12月底前`, `2024年6月30日之前`) reads as its date; the text keeps the wording. */
const DEADLINE_SUFFIX = /(?:之前|以前|前)$/;

/** `(2024年度)`: a date in one pair of parentheses, as under a form's title. */
const PARENTHESISED = /^\((.*)\)$/;

function readDate(text: string, original: string): DateValue | undefined {
  const inner = PARENTHESISED.exec(text)?.[1] ?? text;
  const found = readDatePoint(inner) ?? readDatePoint(inner.replace(DEADLINE_SUFFIX, ''));
  return found ? { kind: 'date', ...found, text: original } : undefined;
}

// ---------------------------------------------------------------- cells

type SingleValue = NumberValue | RangeValue | DateValue | DateRangeValue;

/** No value expression is longer than this (`2024年1月1日至2024年12月31日` has 22 characters). */
const MAX_VALUE_LENGTH = 80;

/** One value expression filling the whole (normalised, space-squeezed) text. */
function readSingle(text: string, original: string): SingleValue | undefined {
  if (text === '' || text.length > MAX_VALUE_LENGTH) return undefined;
  const date = readDate(text, original);
  if (date) return date;
  const dateRange = readDateRange(text, original);
  if (dateRange) return dateRange;
  const parts = readNumberParts(text);
  if (parts) return toNumberValue(parts, original);
  return readRange(text, original);
}

/** `;`, `；`, `、`, `，` and a `,` that is not a thousands separator. */
const LIST_SEPARATOR = /[;；、，]|,(?!\d{3}(?!\d))/;

function readList(text: string, original: string): ParsedValue | undefined {
  const pieces = text
    .split(LIST_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return undefined;
  const items: SingleValue[] = [];
  for (const piece of pieces) {
    const item = readSingle(squeezeSpaces(piece), piece);
    if (!item) return undefined;
    items.push(item);
  }
  if (items.length === 1) return { ...items[0], text: original };
  return { kind: 'list', items, text: original };
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(text) || DASH_ONLY.test(text);
}

function computeParsedText(text: string): ParsedValue {
  const normalised = normaliseText(text);
  if (normalised === '') return { kind: 'empty', text };
  if (isPlaceholder(normalised)) return { kind: 'placeholder', text };
  const single = readSingle(squeezeSpaces(normalised), text);
  if (single) return single;
  // Line breaks separate values too (`500余人` and `300-500元/人` on two lines), once the cell as a whole is no value.
  return readList(normaliseText(text.replace(/[\r\n]+/g, '；')), text) ?? { kind: 'text', text };
}

/** Parses what a clerk typed into a cell (DOMAIN.md §3). Never throws. */
export const parseText: (text: string) => ParsedValue = memoizeText(computeParsedText);

// ---------------------------------------------------------------- number formats

/** What an Excel number format says about how a number is shown. */
export interface NumberFormatInfo {
  readonly percent: boolean;
  readonly decimals: number;
  /** Literal text around the number (`"万元"`, `\元`), prefix and suffix. */
  readonly prefix: string;
  readonly suffix: string;
  /** Trailing thousands commas (`0,,`) divide the shown number by 1000 each. */
  readonly divisor: number;
  readonly isDate: boolean;
}

function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\') i++;
    else if (ch === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}

/** Describes a number format; undefined for `General`, text (`@`) or no format. */
export function describeNumberFormat(format: string | undefined): NumberFormatInfo | undefined {
  if (format === undefined) return undefined;
  const section = firstSection(format.trim());
  if (section === '' || /^general$/i.test(section) || section === '@') return undefined;
  let code = '';
  let prefix = '';
  let suffix = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    let literal: string | undefined;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal = section.slice(i + 1, end < 0 ? section.length : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      literal = section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
      continue;
    } else if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (literal === undefined) code += ch;
    else if (/[0#?]/.test(code)) suffix += literal;
    else prefix += literal;
  }
  const isDate = /[ymdhs]/i.test(code.replace(/E[+-]/gi, ''));
  const fraction = /\.([0#?]+)/.exec(code);
  const commas = /[0#?](,+)[^0#?]*$/.exec(code);
  return {
    percent: code.includes('%'),
    decimals: fraction ? fraction[1].length : 0,
    prefix: prefix.trim(),
    suffix: suffix.trim(),
    divisor: commas ? 1000 ** commas[1].length : 1,
    isDate,
  };
}

// ---------------------------------------------------------------- cells with raw values

/** Excel serial day number → calendar date (1900 date system). */
function serialToDate(serial: number, text: string): DateValue | undefined {
  if (serial < 1 || serial > 2958465) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  const found = validPoint({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
  return found ? { kind: 'date', ...found, text } : undefined;
}

/** The displayed number agrees with the raw one up to the displayed rounding. */
function agrees(shown: NumberValue, raw: number): boolean {
  const step = 10 ** -shown.decimals * (shown.unit === '%' ? 0.01 : 1);
  return Math.abs(shown.value - raw) <= step / 2 + 1e-9 * Math.max(1, Math.abs(raw));
}

function fromFormat(raw: number, info: NumberFormatInfo | undefined, text: string): NumberValue {
  const plain: NumberValue = {
    kind: 'number',
    value: raw,
    unit: '',
    comparator: '=',
    decimals: info ? info.decimals : decimalsOf(String(tidy(raw))),
    approximate: false,
    text,
  };
  if (!info) return plain;
  // The literal text around the number decides unit, scale and comparator: `0"万人次"` shows 3
  // for 30000, `"≥"0%` is a lower bound. Percent values are stored as fractions already.
  const percentSign = info.percent ? '%' : '';
  const written = readNumberParts(
    squeezeSpaces(normaliseText(`${info.prefix}1${percentSign}${info.suffix}`)),
  );
  const shown = info.percent ? raw : tidy(raw / info.divisor);
  if (!written) return { ...plain, value: shown, unit: percentSign };
  return {
    ...plain,
    value: info.percent ? raw : tidy(shown * written.factor),
    unit: written.unit,
    comparator: written.comparator,
    approximate: written.approximate,
  };
}

function parseNumericCell(raw: number, cell: Cell): ParsedValue {
  const text = cell.text === '' ? String(raw) : cell.text;
  const info = describeNumberFormat(cell.numberFormat);
  const shown = cell.text === '' ? undefined : parseText(cell.text);
  if (info?.isDate) {
    if (shown && (shown.kind === 'date' || shown.kind === 'dateRange')) return shown;
    return serialToDate(raw, text) ?? fromFormat(raw, undefined, text);
  }
  if (shown?.kind === 'number') {
    // Keep the full precision of the raw value when the display is just its rounding.
    return agrees(shown, raw) ? { ...shown, value: raw } : shown;
  }
  if (shown?.kind === 'date' && !info) return shown;
  return fromFormat(raw, info, text);
}

/**
 * Parses a cell, preferring the raw number when the host stores one (`100%` is 1 with a
 * percent format, `44万元` may be 44 with format `0"万元"`).
 */
export function parseCell(cell: Cell): ParsedValue {
  const raw = cell.value;
  if (typeof raw === 'number' && Number.isFinite(raw)) return parseNumericCell(raw, cell);
  if (typeof raw === 'boolean') return { kind: 'text', text: cell.text || (raw ? 'TRUE' : 'FALSE') };
  if (typeof raw === 'string') return parseText(cell.text || raw);
  return parseText(cell.text);
}

// ---------------------------------------------------------------- helpers

/** A money amount in 万元 (the funds table's unit); bare numbers count as 万元. */
export function amountInWan(value: ParsedValue): number | undefined {
  if (value.kind !== 'number') return undefined;
  if (value.unit === '万元' || value.unit === '') return value.value;
  if (value.unit === '元') return tidy(value.value / 10000);
  return undefined;
}

/** A percentage as a fraction (`98.80%` → 0.988); undefined for anything else. */
export function percentOf(value: ParsedValue): number | undefined {
  return value.kind === 'number' && value.unit === '%' ? value.value : undefined;
}
