/**
 * Core checker throughput: forms per second of checkGrids (read + all rules) over ≥ 10 000
 * generated forms, and how it scales with 1 → 10 → 100 → 1 000 forms per sheet.
 * Forms are the seed's eight forms with their scores, amounts and targets redrawn at random.
 * Times the compiled core in lib/ (bench/shipped.ts).
 * Run: npm run bench:core   (builds lib/, writes bench/results/core.json)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Check from '../src/core/check';
import type * as GridModule from '../src/core/grid';
import type { Grid } from '../src/core/grid';
import type * as ReadForm from '../src/core/read-form';
import { shipped } from './shipped';

const { checkGrids, checkReadings } = shipped<typeof Check>('core/check');
const { gridFromRows, splitDelimited } = shipped<typeof GridModule>('core/grid');
const { readSheet } = shipped<typeof ReadForm>('core/read-form');

const SEED = path.resolve(__dirname, '../../shared/seeds/000_3a6b90df8dd5bb5d.txt');
const seedRows = splitDelimited(fs.readFileSync(SEED, 'utf8'), '\t');

/** Row blocks [top, bottom] (0-based, inclusive) of each seed form, title included. */
function formBlocks(): [number, number][] {
  const reading = readSheet(gridFromRows('seed', seedRows));
  if (reading.kind !== 'forms') throw new Error('seed not readable');
  return reading.forms.map((form) => {
    const [from, to] = form.range.split(':');
    return [Number(/\d+/.exec(from!)![0]) - 1, Number(/\d+/.exec(to!)![0]) - 1];
  });
}

let state = 20240101;
function random(): number {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
}

/** Redraws plain numbers (scores) and amounts so no two forms are identical. */
function vary(row: readonly string[]): string[] {
  return row.map((text) => {
    if (/^\d+(\.\d+)?$/.test(text) && Number(text) <= 15)
      return String(Math.round(Number(text) * (0.8 + random() * 0.2) * 2) / 2);
    if (/^\d+(\.\d+)?万元$/.test(text)) return `${(1 + random() * 500).toFixed(2)}万元`;
    if (/^≥\d+%$/.test(text)) return `≥${80 + Math.floor(random() * 20)}%`;
    return text;
  });
}

const BLOCKS = formBlocks();

function sheetWith(forms: number, name: string): Grid {
  const rows: string[][] = [];
  for (let i = 0; i < forms; i++) {
    const [top, bottom] = BLOCKS[i % BLOCKS.length]!;
    for (let r = top; r <= bottom; r++) rows.push(vary(seedRows[r] ?? []));
    rows.push([]);
  }
  return gridFromRows(name, rows);
}

/**
 * Collects garbage before a timed run (with node --expose-gc), so building the input grids,
 * which is not what is measured, leaves no collection work for the timed part.
 */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function time(grids: readonly Grid[]): { forms: number; seconds: number; findings: number } {
  settle();
  const start = process.hrtime.bigint();
  const result = checkGrids(grids);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { forms: result.forms.length, seconds, findings: result.findings.length };
}

/** The rules alone, over forms already read: what the rule engine itself costs. */
function timeRules(grids: readonly Grid[]): { forms: number; seconds: number } {
  const readings = grids.map(readSheet);
  checkReadings(readings.slice(0, 1000)); // warm-up (JIT)
  settle();
  const start = process.hrtime.bigint();
  const result = checkReadings(readings);
  return { forms: result.forms.length, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/**
 * Each round checks freshly built grids: the reader keeps a per-grid cell index, so checking the
 * same grid objects again would measure a warm index instead of a newly read sheet.
 */
function measure(formsPerSheet: number, totalForms: number, rounds: number) {
  const sheets = Math.max(1, Math.round(totalForms / formsPerSheet));
  const build = (): Grid[] => Array.from({ length: sheets }, (_, i) => sheetWith(formsPerSheet, `S${i + 1}`));
  time(build().slice(0, 5)); // warm-up (JIT)
  const runs = Array.from({ length: rounds }, () => time(build())).sort((a, b) => a.seconds - b.seconds);
  const rules = timeRules(build());
  const best = runs[0]!;
  const median = runs[Math.floor(runs.length / 2)]!;
  return {
    formsPerSheet,
    sheets,
    forms: best.forms,
    findings: best.findings,
    bestSeconds: Number(best.seconds.toFixed(4)),
    formsPerSecond: Math.round(best.forms / best.seconds),
    medianFormsPerSecond: Math.round(median.forms / median.seconds),
    rulesOnlyFormsPerSecond: Math.round(rules.forms / rules.seconds),
  };
}

const TOTAL = 10_000;
const main = measure(8, TOTAL, 3);
const scaling = [1, 10, 100, 1000].map((n) => measure(n, Math.max(TOTAL, n), 1));

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? '',
  goalFormsPerSecond: 20_000,
  main,
  scaling,
};
fs.mkdirSync(path.resolve(__dirname, 'results'), { recursive: true });
fs.writeFileSync(path.resolve(__dirname, 'results/core.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(
  `checkGrids: ${main.forms} forms in ${main.bestSeconds} s → ${main.formsPerSecond} forms/s (median ${main.medianFormsPerSecond}); rules alone over read forms: ${main.rulesOnlyFormsPerSecond} forms/s`,
);
for (const s of scaling) {
  console.log(
    `  ${String(s.formsPerSheet).padStart(4)} forms/sheet × ${String(s.sheets).padStart(5)} sheets: ${s.formsPerSecond} forms/s (rules alone ${s.rulesOnlyFormsPerSecond})`,
  );
}
