/**
 * CLI benchmark (npm run bench:cli):
 * 1. files/s of `selfeval check` on 200 generated workbooks (8 forms each) vs a bare exceljs load of
 *    the same files in the same run; ratio goal ≤ 1.2.
 * 2. exceljs load cost of merged cells on a large sheet (exceljs issue #2689).
 * 3. degenerate files (1 000 000 rows, 16 000 columns, 100 000 shared strings, a declared 4 GB sheet):
 *    time and peak RSS of `selfeval check`, each in its own process so the RSS is its own.
 * Times the compiled CLI in lib/ (bench/shipped.ts), as `selfeval` runs it.
 * Results: bench/results/cli.json.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { addSeedSheet } from '../scripts/build-samples';
import type * as Io from '../src/cli/io';
import type { CliIo } from '../src/cli/io';
import type * as Main from '../src/cli/main';
import type { CliDeps } from '../src/cli/main';
import type * as ReadWorkbook from '../src/cli/read-workbook';
import type * as GridModule from '../src/core/grid';
import { shipped } from './shipped';

const { main } = shipped<typeof Main>('cli/main');
const { nodeFs } = shipped<typeof Io>('cli/io');
const { INPUT_LIMITS } = shipped<typeof ReadWorkbook>('cli/read-workbook');
const { columnLetters } = shipped<typeof GridModule>('core/grid');

const ROOT = path.resolve(__dirname, '..');
const SEED_DIR = path.resolve(ROOT, '../shared/seeds');
const FILES = 200;

function silentIo(cwd: string): CliIo {
  const sink = { write: () => true, isTTY: false };
  return { stdout: sink, stderr: sink, env: {}, cwd, fs: nodeFs };
}

function seedText(): string {
  const name = readdirSync(SEED_DIR).find((n) => n.endsWith('.txt'));
  if (!name) throw new Error(`no seed in ${SEED_DIR}`);
  return readFileSync(path.join(SEED_DIR, name), 'utf8');
}

async function generateWorkbooks(dir: string): Promise<string[]> {
  const seed = seedText();
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const workbook = new ExcelJS.Workbook();
    // Each file differs: project names carry the file number.
    addSeedSheet(workbook, '自评表', seed.replace(/项目名称\t\t([^\t\n]+)/g, `项目名称\t\t$1 ${i}`));
    const file = path.join(dir, `form-${String(i).padStart(3, '0')}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

async function bareLoad(files: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  }
  return performance.now() - start;
}

/** The CLI with the rules replaced by a no-op: what reading, grids and reports cost on their own. */
const NO_RULES: CliDeps = { check: () => ({ forms: [], findings: [] }) };

async function cliCheck(dir: string, deps?: CliDeps): Promise<number> {
  const start = performance.now();
  const code = await main(['check', dir, '--format', 'json'], silentIo(dir), deps);
  if (code === 2) throw new Error('check reported unreadable files');
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ------------------------------------------------------------------ minimal hand-written workbooks

async function writeRawXlsx(file: string, sheetXml: string, sharedStrings?: string): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  if (sharedStrings) zip.file('xl/sharedStrings.xml', sharedStrings);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

function sheetXml(rows: string, lastCell: string, merges = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:${lastCell}"/><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

async function millionRows(file: string): Promise<void> {
  const rows: string[] = [];
  for (let r = 1; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  await writeRawXlsx(file, sheetXml(rows.join(''), 'A1000000'));
}

async function wideColumns(file: string): Promise<void> {
  const rows: string[] = [];
  for (let r = 1; r <= 20; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 16_000; c++) cells.push(`<c r="${columnLetters(c)}${r}"><v>${c}</v></c>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  await writeRawXlsx(file, sheetXml(rows.join(''), `${columnLetters(15_999)}20`));
}

async function manySharedStrings(file: string): Promise<void> {
  const strings: string[] = [];
  const rows: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    strings.push(`<si><t>字符串${i}</t></si>`);
    rows.push(`<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`);
  }
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="100000" uniqueCount="100000">${strings.join('')}</sst>`;
  await writeRawXlsx(file, sheetXml(rows.join(''), 'A100000'), sst);
}

async function declaredHuge(file: string): Promise<void> {
  await writeRawXlsx(file, sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>', 'A1'));
  const bytes = readFileSync(file);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    let entry = bytes.readUInt32LE(at + 16);
    for (let i = 0; i < bytes.readUInt16LE(at + 10); i++) {
      const nameLength = bytes.readUInt16LE(entry + 28);
      if (bytes.toString('utf8', entry + 46, entry + 46 + nameLength) === 'xl/worksheets/sheet1.xml') {
        bytes.writeUInt32LE(0xfffffff0, entry + 24);
      }
      entry += 46 + nameLength + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    }
    break;
  }
  writeFileSync(file, bytes);
}

/** A 2 000 × 8 sheet with and without 4 000 two-row merges: exceljs's merge cost (#2689). */
async function mergeCost(
  dir: string,
): Promise<{ merges: number; withMergesMs: number; withoutMergesMs: number; checkWithMergesMs: number }> {
  const rows: string[] = [];
  for (let r = 1; r <= 2000; r++) {
    const cells = Array.from(
      { length: 8 },
      (_, c) => `<c r="${columnLetters(c)}${r}"><v>${r * c}</v></c>`,
    ).join('');
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const refs: string[] = [];
  for (let r = 1; r < 2000; r += 2)
    for (const col of ['A', 'B', 'C', 'H']) refs.push(`<mergeCell ref="${col}${r}:${col}${r + 1}"/>`);
  const withMerges = path.join(dir, 'merges.xlsx');
  const without = path.join(dir, 'no-merges.xlsx');
  await writeRawXlsx(
    withMerges,
    sheetXml(rows.join(''), 'H2000', `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`),
  );
  await writeRawXlsx(without, sheetXml(rows.join(''), 'H2000'));
  const time = async (file: string): Promise<number> => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) samples.push(await bareLoad([file]));
    return median(samples);
  };
  const checkSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await main(['check', withMerges, '--format', 'json'], silentIo(dir));
    checkSamples.push(performance.now() - start);
  }
  return {
    merges: refs.length,
    withMergesMs: Math.round(await time(withMerges)),
    withoutMergesMs: Math.round(await time(without)),
    checkWithMergesMs: Math.round(median(checkSamples)),
  };
}

interface OneResult {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly code: number;
}

/** Runs `selfeval check file` in a fresh process and reports its time and peak RSS. */
function checkInChild(file: string): OneResult {
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), __filename, '--one', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as OneResult;
}

async function runOne(file: string): Promise<void> {
  const start = performance.now();
  const code = await main(['check', file, '--format', 'json'], silentIo(path.dirname(file)));
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), code })}\n`,
  );
}

async function benchmark(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-bench-'));
  try {
    const formsDir = path.join(dir, 'forms');
    mkdirSync(formsDir);
    process.stdout.write(`generating ${FILES} workbooks…\n`);
    const files = await generateWorkbooks(formsDir);
    await bareLoad(files.slice(0, 20));
    await cliCheck(formsDir);
    // Interleaved rounds; the ratio is the median of the per-round ratios (robust to a busy machine).
    const bare: number[] = [];
    const check: number[] = [];
    const ratios: number[] = [];
    const noRules: number[] = [];
    for (let round = 0; round < 5; round++) {
      bare.push(await bareLoad(files));
      check.push(await cliCheck(formsDir));
      noRules.push((await cliCheck(formsDir, NO_RULES)) / bare[round]);
      ratios.push(check[round] / bare[round]);
    }
    const bareMs = median(bare);
    const checkMs = median(check);
    const ratio = median(ratios);
    const throughput = {
      files: FILES,
      bareLoadFilesPerSecond: Math.round((FILES / bareMs) * 1000),
      checkFilesPerSecond: Math.round((FILES / checkMs) * 1000),
      ratio: Number(ratio.toFixed(3)),
      roundRatios: ratios.map((r) => Number(r.toFixed(3))),
      /** Same run with the rules switched off: the CLI's own reading and reporting over a bare load. */
      ratioWithoutRules: Number(median(noRules).toFixed(3)),
      goal: 1.2,
      met: ratio <= 1.2,
    };
    process.stdout.write(
      `check: ${throughput.checkFilesPerSecond} files/s, bare exceljs load: ${throughput.bareLoadFilesPerSecond} files/s, ratio ${throughput.ratio} (goal ≤ 1.2); without the rules ${throughput.ratioWithoutRules}\n`,
    );

    const merges = await mergeCost(dir);
    process.stdout.write(
      `exceljs merges (#2689): ${merges.merges} merges on 2000×8: bare exceljs load ${merges.withMergesMs} ms vs ${merges.withoutMergesMs} ms without merges; selfeval check ${merges.checkWithMergesMs} ms\n`,
    );

    const degenerate: Record<string, OneResult & { bytes: number }> = {};
    const cases: [string, (file: string) => Promise<void>][] = [
      ['1000000-rows', millionRows],
      ['16000-columns', wideColumns],
      ['100000-shared-strings', manySharedStrings],
      ['declared-4GB-sheet', declaredHuge],
    ];
    for (const [name, make] of cases) {
      const file = path.join(dir, `${name}.xlsx`);
      await make(file);
      const result = checkInChild(file);
      degenerate[name] = { ...result, bytes: readFileSync(file).length };
      process.stdout.write(`${name}: ${result.ms} ms, peak RSS ${result.maxRssMb} MB, exit ${result.code}\n`);
    }

    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      limits: INPUT_LIMITS,
      throughput,
      mergeCost: merges,
      degenerate,
    };
    writeFileSync(path.join(ROOT, 'bench', 'results', 'cli.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write('wrote bench/results/cli.json\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const oneAt = process.argv.indexOf('--one');
(oneAt >= 0 ? runOne(process.argv[oneAt + 1]) : benchmark()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
