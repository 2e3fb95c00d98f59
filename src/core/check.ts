/**
 * The checker's entry point: grids → forms → findings.
 * (Placeholder until the rule engine lands: reads nothing, finds nothing.)
 */
import type { Finding } from './finding';
import type { Grid } from './grid';
import type { Locale } from './i18n';

export interface CheckOptions {
  /** Rule ids or categories (`funds`, `indicator/…`) to switch off. */
  readonly disable?: readonly string[];
  readonly locale?: Locale;
}

/** One form as the report header shows it. */
export interface FormSummary {
  readonly sheet: string;
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
}

export function checkGrids(_grids: readonly Grid[], _options: CheckOptions = {}): CheckResult {
  return { forms: [], findings: [] };
}
