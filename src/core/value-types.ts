/**
 * Typed values read from a form cell (DOMAIN.md §3). Every variant keeps the original
 * text so a message can quote what the clerk wrote.
 */

/** How a target compares: `≥95%` → '>=', a plain number → '='. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

/**
 * A number with its unit as written. Scaling prefixes are applied to the value except
 * for money, which the form counts in 万元: `3万人次` → 30000 人次, `44万元` → 44 万元,
 * `300元` → 300 元. Percentages are fractions: `98.80%` → 0.988 with unit '%'.
 */
export interface NumberValue {
  readonly kind: 'number';
  readonly value: number;
  /** '%', '万元', '元', '人', '人次', '次', '分', '个', … or '' for a bare number. */
  readonly unit: string;
  readonly comparator: Comparator;
  /** Digits after the decimal point as displayed (`98.80%` → 2, `100%` → 0, `14.23万元` → 2). */
  readonly decimals: number;
  /** `500余人`, `约50万元`: the number is approximate. */
  readonly approximate: boolean;
  readonly text: string;
}

/** `300-2000元`, `300～500元/人`. */
export interface RangeValue {
  readonly kind: 'range';
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly text: string;
}

/** A calendar point: `2024年`, `2024年1月`, `2023年7月17日`. */
export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface DateValue extends DatePoint {
  readonly kind: 'date';
  readonly text: string;
}

/** `2023年7月17日至18日`, `2024年1月-6月`. */
export interface DateRangeValue {
  readonly kind: 'dateRange';
  readonly from: DatePoint;
  readonly to: DatePoint;
  readonly text: string;
}

/** Several values in one cell: `500余人; 300-500元/人`. */
export interface ListValue {
  readonly kind: 'list';
  readonly items: readonly (NumberValue | RangeValue | DateValue | DateRangeValue)[];
  readonly text: string;
}

/** Nothing in the cell. */
export interface EmptyValue {
  readonly kind: 'empty';
  readonly text: string;
}

/** `—`, `-`, `/`, `无` alone: deliberately "not filled". */
export interface PlaceholderValue {
  readonly kind: 'placeholder';
  readonly text: string;
}

/** Prose with no number in it (`按时发放`, `效果显著`). */
export interface TextValue {
  readonly kind: 'text';
  readonly text: string;
}

export type ParsedValue =
  | NumberValue
  | RangeValue
  | DateValue
  | DateRangeValue
  | ListValue
  | EmptyValue
  | PlaceholderValue
  | TextValue;

/** True when the value carries at least one number (a quantified target). */
export function isQuantified(value: ParsedValue): boolean {
  return (
    value.kind === 'number' ||
    value.kind === 'range' ||
    value.kind === 'date' ||
    value.kind === 'dateRange' ||
    value.kind === 'list'
  );
}
