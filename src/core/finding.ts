/** Findings: what the checker reports, as data. Messages are rendered from src/core/i18n. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Every rule id of DOMAIN.md §5. */
export const RULE_IDS = [
  'layout/not-a-form',
  'layout/blank-form',
  'layout/shifted-row',
  'layout/unreadable-row',
  'header/required-missing',
  'header/project-type',
  'header/period-outside-year',
  'funds/not-a-number',
  'funds/subtotal',
  'funds/over-executed',
  'funds/execution-rate',
  'funds/execution-score',
  'funds/score-exceeds-weight',
  'indicator/score-not-a-number',
  'indicator/score-exceeds-weight',
  'indicator/missing-deviation-reason',
  'indicator/reason-without-deduction',
  'indicator/target-missing',
  'indicator/target-not-quantified',
  'indicator/target-implausible',
  'indicator/required-missing',
  'indicator/score-vs-completion',
  'indicator/qualitative-band',
  'indicator/over-completion-unexplained',
  'indicator/unknown-name',
  'indicator/weight-rollup',
  'indicator/timeliness-outside-year',
  'cost/breakdown-vs-budget',
  'cost/arithmetic',
  'goal/budget-mismatch',
  'text/truncated',
  'total/missing',
  'total/weights-not-100',
  'total/sum-mismatch',
  'total/level1-weights',
  'total/grade-mismatch',
  'workbook/duplicate-project-name',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** Values a message template may interpolate. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  /** Key into the i18n catalogues; usually equal to `rule`, or `rule:variant`. */
  readonly messageId: string;
  readonly data: MessageData;
  readonly expected?: string | number;
  readonly actual?: string | number;
  /** 0-based index of the form in its sheet, when the finding is about one form. */
  readonly form?: number;
}
