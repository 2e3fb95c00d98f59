/** Text report: file → form → finding, coloured on a terminal. */
import type { FormSummary } from '../core/check';
import type { Finding } from '../core/finding';
import type { Locale } from '../core/i18n';
import { renderMessage } from '../core/i18n';
import { severityName, summaryLine, TEXT } from './messages';
import { reportedFindings, summarize, type FileResult } from './result';

const ANSI = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  reset: '\u001b[0m',
} as const;

export interface TextStyle {
  readonly color: boolean;
}

function paint(text: string, code: string, style: TextStyle): string {
  return style.color ? `${code}${text}${ANSI.reset}` : text;
}

function formHeading(form: FormSummary, locale: Locale): string {
  const parts = [`${form.sheet}!${form.range}`, form.project || TEXT.noForm(locale)];
  if (form.year !== undefined)
    parts.push(locale === 'zh-CN' ? `${form.year}${TEXT.yearSuffix(locale)}` : String(form.year));
  if (form.total !== undefined) parts.push(`${TEXT.totalLabel(locale)} ${form.total}`);
  if (form.computedTotal !== undefined && form.computedTotal !== form.total) {
    parts.push(`${TEXT.computedLabel(locale)} ${form.computedTotal}`);
  }
  if (form.grade) parts.push(`${TEXT.gradeLabel(locale)} ${form.grade}`);
  return parts.join('  ');
}

function findingLine(finding: Finding, locale: Locale, style: TextStyle): string {
  const severity = paint(
    severityName(finding.severity, locale).padEnd(locale === 'zh-CN' ? 2 : 7),
    ANSI[finding.severity],
    style,
  );
  const rule = paint(finding.rule, ANSI.dim, style);
  return `    ${finding.cell.padEnd(6)} ${severity}  ${renderMessage(finding, locale)}  ${rule}`;
}

/** Groups a file's findings under the form they belong to (by sheet and form index). */
export function groupByForm(
  forms: readonly FormSummary[],
  findings: readonly Finding[],
): { form?: FormSummary; findings: Finding[] }[] {
  const groups = forms.map((form) => ({ form, findings: [] as Finding[] }));
  const loose: Finding[] = [];
  for (const finding of findings) {
    const inSheet = groups.filter((g) => g.form.sheet === finding.sheet);
    const group = finding.form !== undefined ? inSheet[finding.form] : undefined;
    if (group) group.findings.push(finding);
    else loose.push(finding);
  }
  const result: { form?: FormSummary; findings: Finding[] }[] = [...groups];
  if (loose.length > 0) result.push({ findings: loose });
  return result;
}

export function renderText(
  files: readonly FileResult[],
  locale: Locale,
  quiet: boolean,
  style: TextStyle,
): string {
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) continue;
    const findings = reportedFindings(file, quiet);
    if (quiet && findings.length === 0) continue;
    lines.push(paint(file.file, ANSI.bold, style));
    if (file.forms.length === 0 && findings.length === 0) {
      lines.push(`  ${TEXT.noForm(locale)}`);
      continue;
    }
    for (const group of groupByForm(file.forms, findings)) {
      if (quiet && group.findings.length === 0) continue;
      lines.push(`  ${group.form ? formHeading(group.form, locale) : TEXT.workbookLevel(locale)}`);
      if (group.findings.length === 0) lines.push(`    ${paint(TEXT.noFindings(locale), ANSI.dim, style)}`);
      for (const finding of group.findings) lines.push(findingLine(finding, locale, style));
    }
    lines.push('');
  }
  lines.push(summaryLine(summarize(files), locale));
  return `${lines.join('\n')}\n`;
}
