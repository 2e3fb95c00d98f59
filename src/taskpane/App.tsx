/**
 * The task pane: 检查本表, results, navigation, 清除标记, 插入模板.
 * Talks to the workbook only through WorkbookGateway, so the same component runs in Excel and in the preview.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  FluentProvider,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  ToggleButton,
  Toolbar,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { checkGrids, type CheckResult } from '../core/check';
import { SEVERITIES, type Severity } from '../core/finding';
import { LOCALES, type Locale } from '../core/i18n';
import type { TemplateOptions } from '../core/template';
import {
  GatewayError,
  READ_LIMITS,
  type GatewayErrorCode,
  type SheetRead,
  type WorkbookGateway,
} from '../excel/gateway';
import { FindingList } from './components/FindingList';
import { ResultHeader } from './components/ResultHeader';
import { SeverityDot } from './components/SeverityDot';
import { TemplateForm } from './components/TemplateForm';
import { countBySeverity, groupFindings, sheetsWithoutForm, stepTo } from './results';
import { STRINGS, type PaneStrings } from './strings';

export const PANE_FONT_FAMILY = '"Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", sans-serif';

const useStyles = makeStyles({
  root: {
    fontFamily: PANE_FONT_FAMILY,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { minWidth: '4em', textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  filter: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  filterButton: { display: 'inline-flex', gap: tokens.spacingHorizontalXS },
  empty: { color: tokens.colorNeutralForeground2, margin: 0 },
  status: {
    minHeight: '24px',
    display: 'flex',
    alignItems: 'center',
    marginTop: `-${tokens.spacingVerticalS}`,
  },
  detail: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
});

export type PaneView = 'check' | 'template';

type Busy = 'check' | 'work' | null;

interface Failure {
  readonly code: GatewayErrorCode | 'unexpected';
  readonly detail?: string;
}

interface Outcome {
  readonly result: CheckResult;
  readonly truncated: SheetRead['truncated'];
  readonly highlightFailure?: Failure;
}

function toFailure(error: unknown): Failure {
  if (error instanceof GatewayError) return { code: error.code, detail: error.detail };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

function failureText(failure: Failure, strings: PaneStrings): string {
  return failure.code === 'unexpected'
    ? strings.unexpectedError(failure.detail ?? '')
    : strings.errors[failure.code];
}

export interface AppProps {
  readonly gateway: WorkbookGateway;
  readonly locale: Locale;
  readonly initialView?: PaneView;
  /** The checker; injectable so tests can feed findings deterministically. */
  readonly check?: typeof checkGrids;
  /** Run 检查本表 once as soon as the pane opens (the ribbon button asked for it). */
  readonly autoCheck?: boolean;
  readonly theme?: Theme;
}

export function App({
  gateway,
  locale,
  initialView,
  check = checkGrids,
  autoCheck = false,
  theme = webLightTheme,
}: AppProps) {
  const styles = useStyles();
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);
  const activeLocale = chosenLocale ?? locale;
  const strings = STRINGS[activeLocale];

  const [view, setView] = useState<PaneView>(initialView ?? 'check');
  const [busy, setBusy] = useState<Busy>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [scopeAll, setScopeAll] = useState(false);
  const [visible, setVisible] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [current, setCurrent] = useState<number | null>(null);

  const runCheck = useCallback(async () => {
    setBusy('check');
    setFailure(null);
    setNotice(null);
    try {
      const read = await gateway.readSheets(scopeAll ? 'all' : 'active');
      const result = check(read.grids, { locale: activeLocale });
      let highlightFailure: Failure | undefined;
      try {
        await gateway.applyHighlights(
          result.findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })),
        );
      } catch (error) {
        highlightFailure = toFailure(error);
      }
      setOutcome({ result, truncated: read.truncated, highlightFailure });
      setCurrent(null);
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setBusy(null);
    }
  }, [gateway, check, scopeAll, activeLocale]);

  const autoChecked = useRef(false);
  useEffect(() => {
    if (!autoCheck || autoChecked.current) return;
    autoChecked.current = true;
    void runCheck();
  }, [autoCheck, runCheck]);

  const clearMarks = useCallback(async () => {
    setBusy('work');
    setFailure(null);
    setNotice(null);
    try {
      await gateway.clearHighlights();
      setOutcome(null);
      setCurrent(null);
      setNotice(strings.marksCleared);
    } catch (error) {
      setFailure(toFailure(error));
    } finally {
      setBusy(null);
    }
  }, [gateway, strings]);

  const insertTemplate = useCallback(
    async (options: TemplateOptions) => {
      setBusy('work');
      setFailure(null);
      setNotice(null);
      try {
        const sheet = await gateway.insertTemplate(options);
        setNotice(strings.templateInserted(sheet));
        setView('check');
      } catch (error) {
        setFailure(toFailure(error));
      } finally {
        setBusy(null);
      }
    },
    [gateway, strings],
  );

  const grouped = useMemo(
    () => (outcome ? groupFindings(outcome.result, visible) : null),
    [outcome, visible],
  );

  const select = useCallback(
    async (index: number | null) => {
      if (index === null || !outcome) return;
      setCurrent(index);
      const finding = outcome.result.findings[index];
      try {
        await gateway.selectCell(finding.sheet, finding.cell);
      } catch (error) {
        setFailure(toFailure(error));
      }
    },
    [gateway, outcome],
  );

  const step = (direction: 1 | -1) => {
    if (grouped) void select(stepTo(grouped.order, current, direction));
  };

  const toggleSeverity = (severity: Severity) => {
    setVisible((previous) => {
      const next = new Set(previous);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  };

  const disabled = busy !== null;
  const findings = outcome?.result.findings ?? [];
  const counts = countBySeverity(findings);
  const notForms = sheetsWithoutForm(findings);
  const order = grouped?.order ?? [];
  const position = order.findIndex((item) => item.index === current);

  return (
    <FluentProvider theme={theme} lang={activeLocale} style={{ height: '100%' }}>
      <main className={styles.root} aria-busy={disabled}>
        <header className={styles.header}>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          <Menu
            checkedValues={{ locale: [activeLocale] }}
            onCheckedValueChange={(_, data) => {
              const chosen = LOCALES.find((candidate) => candidate === data.checkedItems[0]);
              if (chosen) setChosenLocale(chosen);
            }}
          >
            <MenuTrigger disableButtonEnhancement>
              <MenuButton appearance="subtle" size="small" aria-label={strings.language}>
                {strings.languageNames[activeLocale]}
              </MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {LOCALES.map((candidate) => (
                  <MenuItemRadio key={candidate} name="locale" value={candidate}>
                    {strings.languageNames[candidate]}
                  </MenuItemRadio>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        </header>

        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void runCheck()} disabled={disabled}>
            {strings.checkSheet}
          </Button>
          <Button onClick={() => void clearMarks()} disabled={disabled}>
            {strings.clearMarks}
          </Button>
          <Button onClick={() => setView('template')} disabled={disabled || view === 'template'}>
            {strings.insertTemplate}
          </Button>
          <Checkbox
            checked={scopeAll}
            onChange={(_, data) => setScopeAll(data.checked === true)}
            label={strings.checkAllSheets}
            disabled={disabled}
          />
        </div>

        {/* A row of fixed height, so the results do not jump when the spinner comes and goes. */}
        <div className={styles.status}>
          {busy && (
            <Spinner
              size="tiny"
              label={busy === 'check' ? strings.busyChecking : strings.busyWorking}
              labelPosition="after"
              role="status"
            />
          )}
        </div>

        {failure && (
          <MessageBar intent="error" role="alert" data-testid="pane-error">
            <MessageBarBody>
              <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
              {failureText(failure, strings)}
              {failure.code === 'host-error' && failure.detail && (
                <span className={styles.detail}>{failure.detail}</span>
              )}
            </MessageBarBody>
          </MessageBar>
        )}

        {notice && (
          <MessageBar intent="success" role="status">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}

        {view === 'template' && (
          <TemplateForm
            strings={strings}
            disabled={disabled}
            onSubmit={(options) => void insertTemplate(options)}
            onCancel={() => setView('check')}
          />
        )}

        {view === 'check' && outcome === null && !failure && (
          <p className={styles.empty}>{strings.emptyState}</p>
        )}

        {view === 'check' && outcome && (
          <>
            {outcome.truncated.map((entry) => (
              <MessageBar key={entry.sheet} intent="warning" data-testid="truncated">
                <MessageBarBody>
                  {strings.truncated(
                    entry.sheet,
                    entry.rows,
                    entry.columns,
                    READ_LIMITS.rows,
                    READ_LIMITS.columns,
                  )}
                </MessageBarBody>
              </MessageBar>
            ))}
            {notForms.length > 0 && (
              <MessageBar intent="warning" data-testid="not-a-form">
                <MessageBarBody>
                  {strings.notAForm(notForms.map((sheet) => strings.sheetLevel(sheet)).join('、'))}
                </MessageBarBody>
              </MessageBar>
            )}
            {outcome.highlightFailure && (
              <MessageBar intent="warning" data-testid="highlight-failed">
                <MessageBarBody>
                  {strings.highlightFailed} {failureText(outcome.highlightFailure, strings)}
                </MessageBarBody>
              </MessageBar>
            )}

            <ResultHeader strings={strings} forms={outcome.result.forms} counts={counts} />

            {findings.length === 0 ? (
              <p className={styles.empty}>{strings.noFindings(outcome.result.forms.length)}</p>
            ) : (
              <>
                <Toolbar aria-label={strings.filterLabel} className={styles.filter} size="small">
                  {SEVERITIES.map((severity) => (
                    <ToggleButton
                      key={severity}
                      size="small"
                      checked={visible.has(severity)}
                      aria-pressed={visible.has(severity)}
                      onClick={() => toggleSeverity(severity)}
                      icon={<SeverityDot severity={severity} />}
                    >
                      {strings.severityCount(severity, counts[severity])}
                    </ToggleButton>
                  ))}
                </Toolbar>

                <div className={styles.nav}>
                  <Button size="small" onClick={() => step(-1)} disabled={disabled || order.length === 0}>
                    {strings.previous}
                  </Button>
                  <span className={styles.position} aria-live="polite" data-testid="position">
                    {position >= 0
                      ? strings.position(position + 1, order.length)
                      : strings.noneSelected(order.length)}
                  </span>
                  <Button size="small" onClick={() => step(1)} disabled={disabled || order.length === 0}>
                    {strings.next}
                  </Button>
                </div>

                {grouped && grouped.groups.length > 0 ? (
                  <FindingList
                    groups={grouped.groups}
                    strings={strings}
                    locale={activeLocale}
                    current={current}
                    onSelect={(index) => void select(index)}
                  />
                ) : (
                  <p className={styles.empty}>{strings.hiddenByFilter}</p>
                )}
              </>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
