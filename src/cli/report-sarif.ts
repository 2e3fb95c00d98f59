/** `--format sarif`: SARIF 2.1.0, one run, logical locations `Sheet!A1`. */
import { RULE_IDS, type Severity } from '../core/finding';
import type { Locale } from '../core/i18n';
import { renderMessage } from '../core/i18n';
import { errorText } from './report-json';
import { reportedFindings, type FileResult } from './result';

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Sheet names with spaces or punctuation are quoted as Excel does: 'My sheet'!A1. */
export function qualifiedCell(sheet: string, cell: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

export function sarifReport(
  files: readonly FileResult[],
  locale: Locale,
  quiet: boolean,
  version: string,
): object {
  const results = files.flatMap((file) =>
    reportedFindings(file, quiet).map((finding) => ({
      ruleId: finding.rule,
      ruleIndex: RULE_IDS.indexOf(finding.rule),
      level: LEVELS[finding.severity],
      message: { text: renderMessage(finding, locale) },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: artifactUri(file.file) } },
          logicalLocations: [
            { fullyQualifiedName: qualifiedCell(finding.sheet, finding.cell), kind: 'cell' },
          ],
        },
      ],
    })),
  );
  const failures = files.filter((file) => file.error !== undefined);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'selfeval',
            version,
            rules: RULE_IDS.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((file) => ({
              level: 'error',
              message: { text: errorText(file, locale) ?? '' },
              locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file.file) } } }],
            })),
          },
        ],
        results,
      },
    ],
  };
}

export function renderSarif(
  files: readonly FileResult[],
  locale: Locale,
  quiet: boolean,
  version: string,
): string {
  return `${JSON.stringify(sarifReport(files, locale, quiet, version), null, 2)}\n`;
}
