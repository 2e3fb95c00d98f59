/**
 * The checker's entry point: grids → forms → findings (DOMAIN.md §5).
 * Options are validated first; invalid options are reported in the result, never thrown.
 */
import type { Finding } from './finding';
import type { Form, Mutable, SheetFormStream, SheetReading, TextField, ValueField } from './form';
import { parseA1, type Grid } from './grid';
import type { Locale } from './i18n';
import { DEFAULT_OPTIONS, validateOptions, type CheckOptionsInput, type ResolvedOptions } from './options';
import { streamSheet } from './read-form';
import { RULES, ruleById } from './rules';
import { finding, type FormRule, type WorkbookForm, type WorkbookRule } from './rules/types';
import { computedTotal, gradeOf } from './rules/total';
import { numberOf } from './rules/numbers';

/** Options as callers write them (see src/core/options.ts for every field and its default). */
export type CheckOptions = CheckOptionsInput;

/** One form as the report header shows it. */
export interface FormSummary {
  readonly sheet: string;
  /** 0-based position among the forms of its sheet. */
  readonly index?: number;
  readonly range: string;
  readonly project: string;
  readonly year?: number;
  /** 总得分 as written on the form. */
  readonly total?: number;
  /** 执行率得分 + Σ 指标得分 as the form's own cells add up. */
  readonly computedTotal?: number;
  /** Grade for the stated (else computed) total: 优/良/中/差. */
  readonly grade?: string;
}

export interface CheckResult {
  readonly forms: readonly FormSummary[];
  /** Sorted by sheet order, row, column, rule id: deterministic. */
  readonly findings: readonly Finding[];
  /** Present when the options were invalid: nothing was checked, and these say why (zh-CN / en-US). */
  readonly optionErrors?: readonly string[];
  readonly locale?: Locale;
}

function summarise(form: Form): FormSummary {
  const total = numberOf(form.total?.score);
  const computed = computedTotal(form);
  const gradeBasis = total ?? computed;
  const summary: Mutable<FormSummary> = {
    sheet: form.sheet,
    index: form.index,
    range: form.range,
    project: form.header.projectName.text,
  };
  if (form.year) summary.year = form.year.value;
  if (total !== undefined) summary.total = total;
  if (computed !== undefined) summary.computedTotal = computed;
  if (gradeBasis !== undefined) summary.grade = gradeOf(gradeBasis);
  return summary;
}

const FORM_RULES = RULES.filter((rule): rule is FormRule => rule.scope === 'form');
const WORKBOOK_RULES = RULES.filter((rule): rule is WorkbookRule => rule.scope === 'workbook');
const NOT_A_FORM = ruleById('layout/not-a-form');
const BLANK_FORM = ruleById('layout/blank-form');

/** Something written into the cell; a placeholder such as `—` or `/` does not count. */
function isFilled(field: TextField | ValueField | undefined): boolean {
  if (field === undefined) return false;
  if ('value' in field) return field.value.kind !== 'empty' && field.value.kind !== 'placeholder';
  return field.text.trim() !== '';
}

/**
 * A form nobody has filled in yet (a freshly inserted template): no amount in the funds table,
 * no goal, and no 三级指标, target, completion, score or reason in any indicator row. Labels,
 * preset weights, formulas and header fields (which 插入模板 may prefill) do not count.
 */
export function isBlankForm(form: Form): boolean {
  const fundsFilled = (form.funds?.rows ?? []).some((row) =>
    [row.initialBudget, row.budget, row.executed, row.score].some(isFilled),
  );
  const goalFilled = isFilled(form.goal?.expected) || isFilled(form.goal?.achieved);
  const indicatorsFilled = (form.indicators?.rows ?? []).some((row) =>
    [row.level3, row.target, row.actual, row.score, row.reason].some(isFilled),
  );
  return !fundsFilled && !goalFilled && !indicatorsFilled && !isFilled(form.total?.score);
}

/** Wider than any A1 column (ZZZ): one number orders a cell by row, then column. */
const COLUMN_SPAN = 18_279;

function placeOf(cell: string): number {
  const at = parseA1(cell);
  return at ? at.row * COLUMN_SPAN + at.col : 0;
}

/** Findings gathered with their place, then sorted by sheet order, row, column, rule id and form. */
class FindingList {
  private readonly findings: Finding[] = [];
  private readonly sheetOrders: number[] = [];
  private readonly places: number[] = [];

  add(found: Finding, sheetOrder: number): void {
    this.findings.push(found);
    this.sheetOrders.push(sheetOrder);
    this.places.push(placeOf(found.cell));
  }

  sorted(): Finding[] {
    const { findings, sheetOrders, places } = this;
    const order = Array.from(findings.keys());
    order.sort((a, b) => {
      const x = findings[a];
      const y = findings[b];
      return (
        sheetOrders[a] - sheetOrders[b] ||
        places[a] - places[b] ||
        (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0) ||
        (x.form ?? 0) - (y.form ?? 0)
      );
    });
    return order.map((i) => findings[i]);
  }
}

/**
 * Checks sheet readings one at a time, so a sheet's forms can be dropped once checked: only
 * what the workbook rules need of each form is kept.
 */
class WorkbookCheck {
  private readonly formRules: readonly FormRule[];
  private readonly findings = new FindingList();
  private readonly summaries: FormSummary[] = [];
  private readonly checkedForms: WorkbookForm[] = [];
  private readonly sheetOrder = new Map<string, number>();

  constructor(private readonly options: ResolvedOptions) {
    this.formRules = FORM_RULES.filter((rule) => this.enabled(rule));
  }

  private enabled(rule: { readonly id: Finding['rule'] }): boolean {
    return !this.options.disabled.has(rule.id);
  }

  add(reading: SheetFormStream, order: number): void {
    if (!this.sheetOrder.has(reading.sheet)) this.sheetOrder.set(reading.sheet, order);
    if (reading.kind === 'not-a-form') {
      if (this.enabled(NOT_A_FORM)) {
        this.findings.add(
          {
            rule: NOT_A_FORM.id,
            severity: NOT_A_FORM.severity,
            sheet: reading.sheet,
            cell: reading.cell,
            messageId: `${NOT_A_FORM.id}:${reading.reason}`,
            data: { sheet: reading.sheet },
          },
          order,
        );
      }
      return;
    }
    for (const form of reading.forms) this.addForm(form, order);
  }

  private addForm(form: Form, order: number): void {
    const { options } = this;
    this.summaries.push(summarise(form));
    if (isBlankForm(form)) {
      if (this.enabled(BLANK_FORM)) {
        const data = { sheet: form.sheet, project: form.header.projectName.text };
        this.findings.add(finding(BLANK_FORM, form, { cell: form.header.projectName.cell, data }), order);
      }
      return;
    }
    this.checkedForms.push({
      sheet: form.sheet,
      index: form.index,
      header: { projectName: form.header.projectName },
    });
    const context = { options, year: options.year ?? form.year?.value };
    for (const rule of this.formRules)
      for (const found of rule.check(form, context)) this.findings.add(found, order);
  }

  finish(): CheckResult {
    const { options } = this;
    for (const rule of WORKBOOK_RULES) {
      if (!this.enabled(rule)) continue;
      for (const found of rule.check(this.checkedForms, { options, year: options.year }))
        this.findings.add(found, this.sheetOrder.get(found.sheet) ?? 0);
    }
    return { forms: this.summaries, findings: this.findings.sorted(), locale: options.locale };
  }
}

/** Checks readings already made (e.g. by a caller that also needs the forms). */
export function checkReadings(
  readings: readonly SheetReading[],
  options: ResolvedOptions = DEFAULT_OPTIONS,
): CheckResult {
  const check = new WorkbookCheck(options);
  readings.forEach((reading, order) => check.add(reading, order));
  return check.finish();
}

/**
 * Reads every grid and runs every enabled rule. Never throws on bad input or bad options.
 * Each form is checked as soon as it is read, and dropped.
 */
export function checkGrids(grids: readonly Grid[], options: CheckOptions = {}): CheckResult {
  const validation = validateOptions(options);
  if (!validation.ok) return { forms: [], findings: [], optionErrors: validation.errors };
  const check = new WorkbookCheck(validation.options);
  grids.forEach((grid, order) => check.add(streamSheet(grid), order));
  return check.finish();
}
