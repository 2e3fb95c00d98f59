/** `--format json`: the public contract of ARCHITECTURE.md (version 1). */
import type { Locale } from '../core/i18n';
import { renderMessage } from '../core/i18n';
import { inputErrorText } from './messages';
import { reportedFindings, summarize, type FileResult } from './result';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly expected?: string | number;
  readonly actual?: string | number;
}

export interface JsonForm {
  readonly sheet: string;
  readonly range: string;
  readonly project: string;
  readonly year?: number;
  readonly total?: number;
  readonly computedTotal?: number;
  readonly grade?: string;
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly {
    readonly file: string;
    readonly error?: string;
    readonly forms: readonly JsonForm[];
    readonly findings: readonly JsonFinding[];
  }[];
  readonly summary: {
    readonly files: number;
    readonly forms: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
}

export function errorText(file: FileResult, locale: Locale): string | undefined {
  if (!file.error) return undefined;
  const text = inputErrorText(file.error.code, locale);
  return file.error.detail && (file.error.code === 'corrupt' || file.error.code === 'check-failed')
    ? `${text} (${file.error.detail})`
    : text;
}

export function jsonReport(files: readonly FileResult[], locale: Locale, quiet: boolean): JsonReport {
  const summary = summarize(files);
  return {
    version: 1,
    files: files.map((file) => ({
      file: file.file,
      ...(file.error ? { error: errorText(file, locale) } : {}),
      forms: file.forms.map((form) => ({
        sheet: form.sheet,
        range: form.range,
        project: form.project,
        year: form.year,
        total: form.total,
        computedTotal: form.computedTotal,
        grade: form.grade,
      })),
      findings: reportedFindings(file, quiet).map((finding) => ({
        rule: finding.rule,
        severity: finding.severity,
        sheet: finding.sheet,
        cell: finding.cell,
        message: renderMessage(finding, locale),
        ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
        ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
      })),
    })),
    summary: {
      files: summary.files,
      forms: summary.forms,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
    },
  };
}

export function renderJson(files: readonly FileResult[], locale: Locale, quiet: boolean): string {
  return `${JSON.stringify(jsonReport(files, locale, quiet), null, 2)}\n`;
}
