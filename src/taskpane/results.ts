/** Pure helpers behind the results list: grouping, counting, navigation order. */
import type { CheckResult, FormSummary } from '../core/check';
import { SEVERITIES, type Finding, type Severity } from '../core/finding';

/** A finding together with its position in CheckResult.findings (its stable identity in the pane). */
export interface IndexedFinding {
  readonly finding: Finding;
  readonly index: number;
}

export interface SeverityBucket {
  readonly severity: Severity;
  readonly items: readonly IndexedFinding[];
}

export type GroupHeading =
  | { readonly kind: 'form'; readonly sheet: string; readonly summary?: FormSummary }
  | { readonly kind: 'sheet'; readonly sheet: string };

export interface FindingGroup {
  readonly key: string;
  readonly heading: GroupHeading;
  readonly buckets: readonly SeverityBucket[];
}

export interface GroupedFindings {
  readonly groups: readonly FindingGroup[];
  /** The visible findings in display order: what previous/next walks through. */
  readonly order: readonly IndexedFinding[];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The summary of the n-th form (0-based) on a sheet, when the checker reported it. */
export function formSummary(
  forms: readonly FormSummary[],
  sheet: string,
  form: number,
): FormSummary | undefined {
  return forms.filter((summary) => summary.sheet === sheet)[form];
}

function groupKey(finding: Finding): string {
  return `${finding.sheet}\u0000${finding.form ?? -1}`;
}

/** Groups the findings of the visible severities by form (in first-seen order), then by severity. */
export function groupFindings(result: CheckResult, visible: ReadonlySet<Severity>): GroupedFindings {
  const byGroup = new Map<string, IndexedFinding[]>();
  result.findings.forEach((finding, index) => {
    if (!visible.has(finding.severity)) return;
    const key = groupKey(finding);
    const items = byGroup.get(key);
    if (items) items.push({ finding, index });
    else byGroup.set(key, [{ finding, index }]);
  });
  const groups: FindingGroup[] = [];
  const order: IndexedFinding[] = [];
  for (const [key, items] of byGroup) {
    const first = items[0].finding;
    const heading: GroupHeading =
      first.form === undefined
        ? { kind: 'sheet', sheet: first.sheet }
        : { kind: 'form', sheet: first.sheet, summary: formSummary(result.forms, first.sheet, first.form) };
    const buckets = SEVERITIES.map((severity) => ({
      severity,
      items: items.filter((item) => item.finding.severity === severity),
    })).filter((bucket) => bucket.items.length > 0);
    for (const bucket of buckets) order.push(...bucket.items);
    groups.push({ key, heading, buckets });
  }
  return { groups, order };
}

/** The finding index previous/next moves to, wrapping around like Excel's Error Checking dialog. */
export function stepTo(
  order: readonly IndexedFinding[],
  current: number | null,
  direction: 1 | -1,
): number | null {
  if (order.length === 0) return null;
  const position = order.findIndex((item) => item.index === current);
  if (position < 0) return order[direction === 1 ? 0 : order.length - 1].index;
  return order[(position + direction + order.length) % order.length].index;
}

/** Sheets the checker found no form on. */
export function sheetsWithoutForm(findings: readonly Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.rule === 'layout/not-a-form').map((f) => f.sheet))];
}
