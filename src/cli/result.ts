/** What one run of `selfeval check` found, before it is rendered. */
import type { FormSummary } from '../core/check';
import type { Finding, Severity } from '../core/finding';
import type { CutSheet, InputErrorCode } from './read-workbook';

export interface FileResult {
  /** The path as the user named it (folder inputs: folder + relative path), `/`-separated. */
  readonly file: string;
  /** Set when the file could not be read; forms and findings are then empty. */
  readonly error?: { readonly code: InputErrorCode; readonly detail: string };
  readonly forms: readonly FormSummary[];
  readonly findings: readonly Finding[];
  readonly cut: readonly CutSheet[];
  readonly externalLinks: boolean;
}

export interface Summary {
  readonly files: number;
  readonly forms: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly failed: number;
}

export function summarize(files: readonly FileResult[]): Summary {
  const count = (severity: Severity): number =>
    files.reduce((sum, f) => sum + f.findings.filter((x) => x.severity === severity).length, 0);
  return {
    files: files.length,
    forms: files.reduce((sum, f) => sum + f.forms.length, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    failed: files.filter((f) => f.error !== undefined).length,
  };
}

/** With --quiet only errors are reported. */
export function reportedFindings(file: FileResult, quiet: boolean): readonly Finding[] {
  return quiet ? file.findings.filter((f) => f.severity === 'error') : file.findings;
}
