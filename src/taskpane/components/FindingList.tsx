/** Findings grouped by form, then severity. Each item is a button: click, Enter or Space selects its cell. */
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n';
import { renderMessage } from '../../core/i18n';
import type { FindingGroup, GroupHeading } from '../results';
import type { PaneStrings } from '../strings';
import { SeverityDot } from './SeverityDot';

const useStyles = makeStyles({
  groups: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  groupTitle: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  bucketTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  items: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  },
  dotCell: { paddingTop: '5px' },
  body: { minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', wordBreak: 'break-word' },
  values: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

function headingText(heading: GroupHeading, strings: PaneStrings): string {
  if (heading.kind === 'sheet') return strings.sheetLevel(heading.sheet);
  const summary = heading.summary;
  if (!summary) return strings.sheetLevel(heading.sheet);
  return strings.formTitle(summary.project || strings.untitledProject, summary.sheet, summary.range);
}

export function FindingList({
  groups,
  strings,
  locale,
  current,
  onSelect,
}: {
  readonly groups: readonly FindingGroup[];
  readonly strings: PaneStrings;
  readonly locale: Locale;
  readonly current: number | null;
  readonly onSelect: (index: number) => void;
}) {
  const styles = useStyles();
  const currentRef = useRef<HTMLButtonElement | null>(null);

  useEffect(() => {
    currentRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  return (
    <ul className={styles.groups} aria-label={strings.resultsLabel}>
      {groups.map((group) => (
        <li key={group.key} data-testid="finding-group">
          <h3 className={styles.groupTitle}>{headingText(group.heading, strings)}</h3>
          {group.buckets.map((bucket) => (
            <section key={bucket.severity} aria-label={strings.severityNames[bucket.severity]}>
              <h4 className={styles.bucketTitle}>
                <SeverityDot severity={bucket.severity} />
                {strings.severityCount(bucket.severity, bucket.items.length)}
              </h4>
              <ul className={styles.items}>
                {bucket.items.map(({ finding, index }) => {
                  const isCurrent = index === current;
                  const cell = strings.findingCell(finding.sheet, finding.cell);
                  const message = renderMessage(finding, locale);
                  return (
                    <li key={index}>
                      <button
                        type="button"
                        ref={isCurrent ? currentRef : undefined}
                        className={mergeClasses(styles.item, isCurrent && styles.current)}
                        aria-current={isCurrent ? 'true' : undefined}
                        aria-label={`${strings.severityNames[finding.severity]} ${cell}: ${message}`}
                        data-testid="finding"
                        data-severity={finding.severity}
                        onClick={() => onSelect(index)}
                      >
                        <span className={styles.dotCell}>
                          <SeverityDot severity={finding.severity} />
                        </span>
                        <span className={styles.body}>
                          <span className={styles.cell} data-testid="finding-cell">
                            {cell}
                          </span>
                          <span className={styles.message}>{message}</span>
                          {(finding.expected !== undefined || finding.actual !== undefined) && (
                            <span className={styles.values}>
                              {finding.expected !== undefined && `${strings.expected}: ${finding.expected}`}
                              {finding.expected !== undefined && finding.actual !== undefined && ' · '}
                              {finding.actual !== undefined && `${strings.actual}: ${finding.actual}`}
                            </span>
                          )}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </li>
      ))}
    </ul>
  );
}
