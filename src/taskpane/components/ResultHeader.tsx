/** Per-form summary (项目名称, 总得分 stated vs computed, grade) and counts by severity. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { FormSummary } from '../../core/check';
import { SEVERITIES, type Severity } from '../../core/finding';
import type { PaneStrings } from '../strings';
import { SeverityDot } from './SeverityDot';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  forms: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  form: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  project: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  mismatch: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function formatScore(score: number | undefined, strings: PaneStrings): string {
  if (score === undefined) return strings.notStated;
  return String(Math.round(score * 100) / 100);
}

export function ResultHeader({
  strings,
  forms,
  counts,
}: {
  readonly strings: PaneStrings;
  readonly forms: readonly FormSummary[];
  readonly counts: Readonly<Record<Severity, number>>;
}) {
  const styles = useStyles();
  return (
    <section aria-label={strings.resultsLabel}>
      <ul className={styles.counts} aria-label={strings.resultsLabel} data-testid="severity-counts">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <SeverityDot severity={severity} />
            {strings.severityCount(severity, counts[severity])}
          </li>
        ))}
      </ul>
      {forms.length > 0 && (
        <ul className={styles.forms} aria-label={strings.formsLabel}>
          {forms.map((form) => {
            const mismatch =
              form.total !== undefined &&
              form.computedTotal !== undefined &&
              Math.abs(form.total - form.computedTotal) > 0.005;
            return (
              <li key={`${form.sheet}!${form.range}`} className={styles.form} data-testid="form-summary">
                <div className={styles.project}>{form.project || strings.untitledProject}</div>
                <dl className={styles.facts}>
                  <dt className={styles.term}>{strings.totalStated}</dt>
                  <dd className={mismatch ? `${styles.value} ${styles.mismatch}` : styles.value}>
                    {formatScore(form.total, strings)}
                  </dd>
                  <dt className={styles.term}>{strings.totalComputed}</dt>
                  <dd className={mismatch ? `${styles.value} ${styles.mismatch}` : styles.value}>
                    {formatScore(form.computedTotal, strings)}
                  </dd>
                  <dt className={styles.term}>{strings.gradeLabel}</dt>
                  <dd className={styles.value}>{form.grade ?? strings.notStated}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
