/**
 * The domain model of one 绩效自评表 (DOMAIN.md §2). Every field remembers the A1
 * address of the cell it came from, so every finding can point at a cell.
 * A field that the layout does not have is `undefined`; a field the layout has but the
 * clerk left blank is present with empty text (value kind 'empty').
 */
import type { ParsedValue } from './value-types';

/** A text cell with where it came from. */
export interface TextField {
  readonly cell: string;
  readonly text: string;
}

/** A cell read as a typed value. */
export interface ValueField extends TextField {
  readonly value: ParsedValue;
}

/** The seed's 8-column form, or the national template (实际完成值 column, 总分 row…). */
export type LayoutVariant = 'seed' | 'national';

export interface Header {
  /** 项目名称: the anchor of every form, so always present. */
  readonly projectName: TextField;
  /** 主管部门 / 主管部门及代码. */
  readonly department?: TextField;
  /** 实施单位. */
  readonly implementer?: TextField;
  /** 项目属性 (seed layout only). */
  readonly projectType?: TextField;
  /** 项目期 (seed layout only). */
  readonly period?: TextField;
}

export type FundsRowKind = 'total' | 'fiscal' | 'carryover' | 'other';

/** One row of the 项目资金 table. A column the header lacks is `undefined`. */
export interface FundsRow {
  readonly kind: FundsRowKind;
  readonly label: TextField;
  readonly initialBudget?: ValueField;
  readonly budget?: ValueField;
  readonly executed?: ValueField;
  readonly weight?: ValueField;
  readonly rate?: ValueField;
  readonly score?: ValueField;
}

export interface Funds {
  /** The 项目资金(万元) label. */
  readonly label: TextField;
  readonly rows: readonly FundsRow[];
}

export interface Goal {
  readonly label: TextField;
  /** 年度总体目标 text, or 预期目标 in the national layout. */
  readonly expected: TextField;
  /** 实际完成情况 in the national layout. */
  readonly achieved?: TextField;
}

/** 必填量化 → 'quantified', 必填 → 'required', 选填 → 'optional'. */
export type Requirement = 'quantified' | 'required' | 'optional';

/** A 一级 or 二级 indicator label, carried down through merged/blank cells. */
export interface LevelName extends TextField {
  /** The label without its suffix or weight: `数量指标 (必填量化)` → `数量指标`. */
  readonly name: string;
  /** `产出指标(50分)` → 50. */
  readonly weight?: number;
  readonly requirement?: Requirement;
}

export interface Indicator {
  /** 1-based sheet row, as in the A1 address. */
  readonly row: number;
  readonly level1: LevelName;
  readonly level2: LevelName;
  readonly level3: TextField;
  /** 指标值 / 年度指标值. */
  readonly target: ValueField;
  /** 实际完成值, national layout only. */
  readonly actual?: ValueField;
  readonly weight: ValueField;
  readonly score: ValueField;
  /** 偏差原因 / 偏差原因分析及改进措施. */
  readonly reason: TextField;
  /** Columns the row is written right (+) or left (−) of the header; 0 when aligned. */
  readonly shift: number;
}

export interface IndicatorTable {
  /** The 绩效指标 label. */
  readonly label: TextField;
  /** The column headers, for findings about a whole column (e.g. Σ 分值 ≠ 100 at the 分值 header). */
  readonly headers: {
    readonly target: TextField;
    readonly actual?: TextField;
    readonly weight: TextField;
    readonly score: TextField;
    readonly reason?: TextField;
  };
  readonly rows: readonly Indicator[];
}

export interface TotalRow {
  /** 总得分 / 总分. */
  readonly label: TextField;
  /** The 分值 cell of a national 总分 row (100). */
  readonly weight?: ValueField;
  readonly score: ValueField;
}

export type LayoutNote =
  /** A row read by alignment: `cell` is its first filled cell. */
  | { readonly kind: 'shifted-row'; readonly cell: string; readonly shift: number }
  /** A row inside the table whose numbers could not be attributed. */
  | { readonly kind: 'unreadable-row'; readonly cell: string; readonly text: string };

export interface Form {
  readonly sheet: string;
  /** 0-based position among the forms of its sheet. */
  readonly index: number;
  /** The A1 range the form occupies (title to total). */
  readonly range: string;
  readonly variant: LayoutVariant;
  readonly title?: TextField;
  /** 评价年度 from `(2024年度)` above the form. */
  readonly year?: TextField & { readonly value: number };
  readonly header: Header;
  readonly funds?: Funds;
  readonly goal?: Goal;
  readonly indicators?: IndicatorTable;
  readonly total?: TotalRow;
  /** A written grade (优/良/中/差), when the form has one. */
  readonly grade?: TextField;
  readonly notes: readonly LayoutNote[];
}

/** A model object while it is being built: optional fields are set only when present. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A sheet without any recognisable form, and why. */
export interface NotAForm {
  readonly kind: 'not-a-form';
  readonly sheet: string;
  readonly reason: 'empty' | 'no-anchors';
  readonly cell: string;
}

/** What one sheet holds: either no recognisable form, or one or more forms. */
export type SheetReading =
  NotAForm | { readonly kind: 'forms'; readonly sheet: string; readonly forms: readonly Form[] };

/**
 * A sheet read form by form, as the forms are asked for: a caller that checks each form as it
 * comes holds one form at a time, however many a sheet stacks.
 */
export type SheetFormStream =
  NotAForm | { readonly kind: 'forms'; readonly sheet: string; readonly forms: Iterable<Form> };
