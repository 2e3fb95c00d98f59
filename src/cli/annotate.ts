/**
 * Annotated copies: the input workbook with every finding cell filled by severity and a cell
 * note holding the messages. TSV/CSV inputs become a new .xlsx with their text.
 */
import ExcelJS from 'exceljs';
import type { Finding, Severity } from '../core/finding';
import type { Grid } from '../core/grid';
import type { Locale } from '../core/i18n';
import { renderMessage } from '../core/i18n';
import { severityName } from './messages';

/** ARGB fills, the same light tones Excel uses for bad / neutral / note. */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

interface CellNotes {
  severity: Severity;
  lines: string[];
}

function notesByCell(findings: readonly Finding[], locale: Locale): Map<string, Map<string, CellNotes>> {
  const bySheet = new Map<string, Map<string, CellNotes>>();
  for (const finding of findings) {
    const cells = bySheet.get(finding.sheet) ?? new Map<string, CellNotes>();
    bySheet.set(finding.sheet, cells);
    const entry = cells.get(finding.cell) ?? { severity: finding.severity, lines: [] };
    if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
    entry.lines.push(
      `[${severityName(finding.severity, locale)}] ${renderMessage(finding, locale)} (${finding.rule})`,
    );
    cells.set(finding.cell, entry);
  }
  return bySheet;
}

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

function annotate(workbook: ExcelJS.Workbook, findings: readonly Finding[], locale: Locale): void {
  for (const [sheetName, cells] of notesByCell(findings, locale)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    for (const [address, notes] of cells) {
      const cell = sheet.getCell(address);
      // exceljs shares one style object between cells loaded with the same style: replace, never mutate.
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_FILLS[notes.severity] } },
      };
      const before = existingNote(cell);
      cell.note = before ? `${before}\n—\n${notes.lines.join('\n')}` : notes.lines.join('\n');
    }
  }
}

/** An annotated copy of an .xlsx workbook, as bytes. The input bytes are not modified. */
export async function annotateXlsx(
  input: Buffer,
  findings: readonly Finding[],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(input as unknown as ArrayBuffer);
  annotate(workbook, findings, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** A TSV/CSV input as a new annotated workbook (cells keep the text as read). */
export async function annotateGrids(
  grids: readonly Grid[],
  findings: readonly Finding[],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const renamed = new Map<string, string>();
  for (const grid of grids) {
    const name = safeSheetName(grid.sheet);
    renamed.set(grid.sheet, name);
    const sheet = workbook.addWorksheet(name);
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.columnCount; c++) {
        const cell = grid.cell(r, c);
        if (cell.text !== '') sheet.getCell(r + 1, c + 1).value = cell.text;
      }
    }
  }
  annotate(
    workbook,
    findings.map((f) => ({ ...f, sheet: renamed.get(f.sheet) ?? f.sheet })),
    locale,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
