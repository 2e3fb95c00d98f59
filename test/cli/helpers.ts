/** Shared helpers for the CLI tests: an in-process run with captured streams, temp folders, fixtures. */
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { CheckResult, FormSummary } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { toA1, type Grid } from '../../src/core/grid';
import { main, type CliDeps } from '../../src/cli/main';
import { nodeFs, type CliIo } from '../../src/cli/io';

export const REPO = path.resolve(__dirname, '../..');
export const SAMPLES = path.join(REPO, 'samples');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  options: { cwd?: string; deps?: CliDeps; tty?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? REPO,
    fs: nodeFs,
  };
  const code = await main(argv, io, options.deps);
  return { code, stdout, stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A stand-in checker with known output, so the CLI plumbing is tested apart from the rules:
 * every `总得分` label is an error, every `100%` a warning, every `(2024年度)` an info; one form per `项目名称`.
 */
export const fakeCheck: CliDeps['check'] = (grids: readonly Grid[], options = {}): CheckResult => {
  const forms: FormSummary[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    for (let r = 0; r < grid.rowCount; r++) {
      for (let c = 0; c < grid.columnCount; c++) {
        const text = grid.cell(r, c).text.trim();
        const at = { sheet: grid.sheet, cell: toA1(r, c) };
        if (text === '项目名称')
          forms.push({ sheet: grid.sheet, range: toA1(r, c), project: grid.cell(r, c + 2).text });
        if (text === '总得分')
          findings.push({
            ...at,
            rule: 'total/missing',
            severity: 'error',
            messageId: 'total/missing',
            data: {},
          });
        if (text === '100%')
          findings.push({
            ...at,
            rule: 'funds/execution-rate',
            severity: 'warning',
            messageId: 'funds/execution-rate',
            data: {},
            expected: 1,
            actual: '100%',
          });
        if (text === '(2024年度)')
          findings.push({
            ...at,
            rule: 'header/project-type',
            severity: 'info',
            messageId: 'header/project-type',
            data: {},
          });
      }
    }
  }
  const off = options.disable ?? [];
  const enabled = (rule: string): boolean =>
    !off.some((d) => rule === d || rule.startsWith(`${d.replace(/\/$/, '')}/`));
  return { forms, findings: findings.filter((f) => enabled(f.rule)) };
};

/** A small workbook exercising formats, formulas, errors, dates, rich text and merges. */
export async function writeFeatureWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('表一');
  sheet.getCell('A1').value = 1;
  sheet.getCell('A1').numFmt = '0%';
  sheet.getCell('A2').value = 0.988;
  sheet.getCell('A2').numFmt = '0.00%';
  sheet.getCell('A3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  sheet.getCell('A4').value = { formula: 'Z99+#REF!', result: { error: '#REF!' } } as ExcelJS.CellValue;
  sheet.getCell('A5').value = new Date(Date.UTC(2024, 0, 15));
  sheet.getCell('A5').numFmt = 'yyyy-mm-dd';
  sheet.getCell('A6').value = 45292;
  sheet.getCell('A7').value = { richText: [{ text: '项目' }, { font: { bold: true }, text: '名称' }] };
  sheet.getCell('A8').value = { formula: 'A1*2', result: 2 } as ExcelJS.CellValue;
  sheet.getCell('A8').numFmt = '0%';
  sheet.getCell('B1').value = '合并';
  sheet.mergeCells('B1:D2');
  workbook.addWorksheet('表二').getCell('C3').value = '第二张表';
  await workbook.xlsx.writeFile(file);
}

export const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Rewrites the central-directory uncompressed size of one entry (a zip-bomb declaration). */
export function claimUncompressedSize(zip: Buffer, entryName: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x06054b50) continue;
    let entry = out.readUInt32LE(at + 16);
    for (let i = 0; i < out.readUInt16LE(at + 10); i++) {
      const nameLength = out.readUInt16LE(entry + 28);
      const name = out.toString('utf8', entry + 46, entry + 46 + nameLength);
      if (name === entryName) {
        out.writeUInt32LE(size, entry + 24);
        return out;
      }
      entry += 46 + nameLength + out.readUInt16LE(entry + 30) + out.readUInt16LE(entry + 32);
    }
  }
  throw new Error(`entry ${entryName} not found`);
}
