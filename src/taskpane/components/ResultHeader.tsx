/** Per-form summary (项目名称, 总得分 stated vs computed, grade) and counts by severity. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FormSummary } from '../../core/check';
import { SEVERITIES, type Severity } from '../../core/finding';
import type { PaneStrings } from '../strings';
import { SeverityDot } from './SeverityDot';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
  },
  head: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  numberHead: { width: '4.6em', textAlign: 'end' },
  gradeHead: { width: '2.6em', textAlign: 'center' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
  },
  project: { overflowWrap: 'anywhere' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  grade: { textAlign: 'center' },
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
    <section className={styles.section} aria-label={strings.resultsLabel}>
      <ul className={styles.counts} aria-label={strings.resultsLabel} data-testid="severity-counts">
        {SEVERITIES.map((severity) => (
          <li key={severity} className={styles.count} data-severity={severity}>
            <SeverityDot severity={severity} />
            {strings.severityCount(severity, counts[severity])}
          </li>
        ))}
      </ul>
      {forms.length > 0 && (
        <table className={styles.table} aria-label={strings.formsLabel}>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                {strings.projectLabel}
              </th>
              <th
                scope="col"
                className={mergeClasses(styles.head, styles.numberHead)}
                title={strings.totalStated}
              >
                {strings.totalStatedShort}
              </th>
              <th
                scope="col"
                className={mergeClasses(styles.head, styles.numberHead)}
                title={strings.totalComputed}
              >
                {strings.totalComputedShort}
              </th>
              <th scope="col" className={mergeClasses(styles.head, styles.gradeHead)}>
                {strings.gradeLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {forms.map((form) => {
              const mismatch =
                form.total !== undefined &&
                form.computedTotal !== undefined &&
                Math.abs(form.total - form.computedTotal) > 0.005;
              const score = mergeClasses(styles.cell, styles.number, mismatch && styles.mismatch);
              return (
                <tr key={`${form.sheet}!${form.range}`} data-testid="form-summary">
                  <td
                    className={mergeClasses(styles.cell, styles.project)}
                    title={`${form.sheet}!${form.range}`}
                  >
                    {form.project || strings.untitledProject}
                  </td>
                  <td className={score}>{formatScore(form.total, strings)}</td>
                  <td className={score}>{formatScore(form.computedTotal, strings)}</td>
                  <td className={mergeClasses(styles.cell, styles.grade)}>
                    {form.grade ?? strings.notStated}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
