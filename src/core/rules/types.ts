/** What a rule is: metadata (documented in docs/rules.md) plus a pure check function. */
import type { Finding, MessageData, RuleId, Severity } from '../finding';
import type { Form, Mutable } from '../form';
import type { ResolvedOptions } from '../options';

export type RuleCategory =
  'layout' | 'header' | 'funds' | 'indicator' | 'cost' | 'goal' | 'text' | 'total' | 'workbook';

export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'layout',
  'header',
  'funds',
  'indicator',
  'cost',
  'goal',
  'text',
  'total',
  'workbook',
];

export interface Bilingual {
  readonly 'zh-CN': string;
  readonly 'en-US': string;
}

export interface RuleContext {
  readonly options: ResolvedOptions;
  /** 评价年度: the option override, else the form's `(YYYY年度)` line. */
  readonly year?: number;
}

interface RuleMeta {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly title: Bilingual;
  /** Why the rule exists, with its policy basis. */
  readonly rationale: Bilingual;
  readonly example: { readonly bad: string; readonly good: string };
}

export interface FormRule extends RuleMeta {
  readonly scope: 'form';
  check(form: Form, context: RuleContext): Finding[];
}

/** What a workbook rule sees of each checked form: the rest is dropped once the form's own rules ran. */
export interface WorkbookForm extends Pick<Form, 'sheet' | 'index'> {
  readonly header: Pick<Form['header'], 'projectName'>;
}

export interface WorkbookRule extends RuleMeta {
  readonly scope: 'workbook';
  check(forms: readonly WorkbookForm[], context: RuleContext): Finding[];
}

/** Rules driven by the reading itself (not-a-form, blank-form); check.ts applies them. */
export interface SheetRule extends RuleMeta {
  readonly scope: 'sheet';
}

export type Rule = FormRule | WorkbookRule | SheetRule;

export function categoryOf(id: RuleId): RuleCategory {
  return id.slice(0, id.indexOf('/')) as RuleCategory;
}

export interface FindingInput {
  readonly cell: string;
  readonly data?: MessageData;
  readonly variant?: string;
  readonly expected?: string | number;
  readonly actual?: string | number;
  readonly severity?: Severity;
}

/** Shared by findings whose message needs no data; never written to. */
const NO_DATA: MessageData = Object.freeze({});

/** Builds a finding of `rule` about `form` (messageId = rule id, or `rule:variant`). */
export function finding(rule: RuleMeta, form: Pick<Form, 'sheet' | 'index'>, input: FindingInput): Finding {
  const found: Mutable<Finding> = {
    rule: rule.id,
    severity: input.severity ?? rule.severity,
    sheet: form.sheet,
    cell: input.cell,
    messageId: input.variant ? `${rule.id}:${input.variant}` : rule.id,
    data: input.data ?? NO_DATA,
  };
  if (input.expected !== undefined) found.expected = input.expected;
  if (input.actual !== undefined) found.actual = input.actual;
  found.form = form.index;
  return found;
}

/**
 * `items.flatMap(each)` as a plain loop: rules map every indicator or funds row to its findings,
 * and V8's generic flatMap costs the checker about a tenth of its time on a batch.
 */
export function collect<T, U>(items: readonly T[], each: (item: T, index: number) => readonly U[]): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    const found = each(items[i], i);
    for (let j = 0; j < found.length; j++) out.push(found[j]);
  }
  return out;
}

/** Rounds to 2 decimals for display and comparison of scores. */
export function round2(value: number): number {
  return Math.round(value * 100 + Number.EPSILON * 100) / 100;
}
