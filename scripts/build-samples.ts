/**
 * Builds samples/ from the seed forms (../shared/seeds/*.txt, TSV: line N = row N, field N = column N):
 * - samples/seed-forms.xlsx: every seed on its own sheet at its original rows and columns, values
 *   typed as a clerk types them (numbers as numbers, `100%` as 1 with a 0% format, `44万元` as text),
 *   label and value cells merged as on the printed form, borders, wrap and column widths.
 * - samples/seed-forms.tsv: the seed text as it is.
 * Run: npm run samples
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { splitDelimited, type CellRange } from '../src/core/grid';

const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const SAMPLES = path.join(ROOT, 'samples');
/** The seed variant's eight columns A–H. */
const LAST_COLUMN = 7;
const COLUMN_WIDTHS = [16, 16, 18, 34, 14, 8, 10, 24];

export type TypedValue = { value: string | number; numberFormat?: string };

/** The value a clerk would have typed for this text. */
export function typedValue(text: string): TypedValue {
  const trimmed = text.trim();
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  const percent = /^(-?(?:0|[1-9]\d*)(?:\.(\d+))?)%$/.exec(trimmed);
  if (percent) {
    const decimals = percent[2]?.length ?? 0;
    const value = Number((Number(percent[1]) / 100).toFixed(decimals + 2));
    return { value, numberFormat: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' };
  }
  return { value: text };
}

const HEADER_LABEL = /^(项目名称|主管部门|项目属性|年度总体目标|总得分|总分)/;
const BLOCK_LABEL = /^(项目资金|绩效指标)/;
const TITLE = /自评表\s*$|^[（(]\d{4}年度[)）]$/;

function isEmpty(rows: readonly string[][], r: number, c: number): boolean {
  return (rows[r]?.[c] ?? '').trim() === '';
}

function rowIsBlank(rows: readonly string[][], r: number): boolean {
  return (rows[r] ?? []).every((field) => field.trim() === '');
}

function rowEndsBlock(rows: readonly string[][], r: number): boolean {
  const row = rows[r] ?? [];
  return rowIsBlank(rows, r) || row.some((field) => /^(总得分|总分|年度总体目标)/.test(field.trim()));
}

/** Merged areas as on the printed form; a merge only ever spans empty cells below/right of its value. */
export function seedMerges(rows: readonly string[][]): CellRange[] {
  const merges: CellRange[] = [];
  const mergeDown = (r: number, c: number, stop: (row: number) => boolean): void => {
    let bottom = r;
    while (bottom + 1 < rows.length && isEmpty(rows, bottom + 1, c) && !stop(bottom + 1)) bottom++;
    if (bottom > r) merges.push({ top: r, left: c, bottom, right: c });
  };
  let inIndicators = false;
  for (let r = 0; r < rows.length; r++) {
    const first = (rows[r][0] ?? '').trim();
    const nonEmpty = rows[r].map((f, c) => (f.trim() === '' ? -1 : c)).filter((c) => c >= 0);
    if (nonEmpty.length === 1 && nonEmpty[0] === 0 && TITLE.test(first)) {
      merges.push({ top: r, left: 0, bottom: r, right: LAST_COLUMN });
      continue;
    }
    if (HEADER_LABEL.test(first)) {
      inIndicators = false;
      for (const c of nonEmpty) {
        let right = c;
        while (right + 1 <= LAST_COLUMN && isEmpty(rows, r, right + 1)) right++;
        if (right > c) merges.push({ top: r, left: c, bottom: r, right });
      }
    } else if (BLOCK_LABEL.test(first)) {
      inIndicators = first.startsWith('绩效指标');
      mergeDown(r, 0, (row) => rowEndsBlock(rows, row) || !isEmpty(rows, row, 0));
    } else if (inIndicators && !isEmpty(rows, r, 1) && isEmpty(rows, r, 0)) {
      mergeDown(r, 1, (row) => rowEndsBlock(rows, row) || !isEmpty(rows, row, 0));
    }
    if (rowEndsBlock(rows, r)) inIndicators = false;
  }
  return merges;
}

function isFormRow(rows: readonly string[][], r: number): boolean {
  const first = (rows[r][0] ?? '').trim();
  return !rowIsBlank(rows, r) && !(TITLE.test(first) && rows[r].slice(1).every((f) => f.trim() === ''));
}

export function addSeedSheet(workbook: ExcelJS.Workbook, name: string, text: string): void {
  const rows = splitDelimited(text, '\t');
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToWidth: 1 },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const thin = { style: 'thin' as const };
  rows.forEach((fields, r) => {
    const formRow = isFormRow(rows, r);
    for (let c = 0; c <= Math.max(LAST_COLUMN, fields.length - 1); c++) {
      const text = fields[c] ?? '';
      const cell = sheet.getCell(r + 1, c + 1);
      if (text !== '') {
        const typed = typedValue(text);
        cell.value = typed.value;
        if (typed.numberFormat) cell.numFmt = typed.numberFormat;
      }
      if (formRow && c <= LAST_COLUMN) {
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
        cell.alignment = { wrapText: true, vertical: 'middle' };
      }
    }
  });
  for (const m of seedMerges(rows)) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

export async function buildSamples(seedDir = SEEDS, outDir = SAMPLES): Promise<string[]> {
  const seeds = readdirSync(seedDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  if (seeds.length === 0) throw new Error(`no seed files in ${seedDir}`);
  mkdirSync(outDir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2025, 0, 1));
  workbook.modified = workbook.created;
  const written: string[] = [];
  seeds.forEach((seed, i) => {
    const text = readFileSync(path.join(seedDir, seed), 'utf8');
    addSeedSheet(workbook, i === 0 ? '自评表' : `自评表${i + 1}`, text);
    const tsv = path.join(outDir, i === 0 ? 'seed-forms.tsv' : `seed-forms-${i + 1}.tsv`);
    writeFileSync(tsv, text);
    written.push(tsv);
  });
  const xlsx = path.join(outDir, 'seed-forms.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  written.unshift(xlsx);
  return written;
}

if (require.main === module) {
  buildSamples().then(
    (files) => {
      for (const file of files) process.stdout.write(`${path.relative(ROOT, file)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`build-samples: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
