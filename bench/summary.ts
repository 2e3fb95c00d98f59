/**
 * Prints every measured figure from bench/results/*.json against its goal, one line each.
 * Run: npm run bench (runs every benchmark first) or npx tsx bench/summary.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RESULTS = path.resolve(__dirname, 'results');

function load(name: string): Record<string, unknown> | undefined {
  const file = path.join(RESULTS, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

/** Reads a nested property by a dotted path; undefined when any step is missing. */
function at(source: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source);
}

function line(label: string, value: unknown, goal: string, met: boolean | undefined): string {
  const verdict = met === undefined ? '' : met ? '  ✓' : '  ✗ (goal not met)';
  return `${label.padEnd(44)} ${String(value ?? 'not measured').padStart(12)}   goal ${goal}${verdict}`;
}

function main(): void {
  const core = load('core');
  const cli = load('cli');
  const excel = load('excel');
  const bundle = load('bundle');
  const out: string[] = [];
  const formsPerSecond = at(core, 'main.formsPerSecond') as number | undefined;
  out.push(
    line(
      'core: checked forms/s (10 000 forms)',
      formsPerSecond,
      '≥ 20 000',
      formsPerSecond === undefined ? undefined : formsPerSecond >= 20_000,
    ),
  );
  for (const row of (at(core, 'scaling') as
    { formsPerSheet: number; formsPerSecond: number }[] | undefined) ?? []) {
    out.push(
      line(
        `core: ${row.formsPerSheet} forms per sheet, forms/s`,
        row.formsPerSecond,
        'linear (flat forms/s)',
        undefined,
      ),
    );
  }
  const ratio = at(cli, 'throughput.ratio') as number | undefined;
  out.push(
    line(
      'cli: check time / bare exceljs load (200 files)',
      ratio,
      '≤ 1.2',
      ratio === undefined ? undefined : ratio <= 1.2,
    ),
  );
  out.push(line('cli: files/s checked', at(cli, 'throughput.checkFilesPerSecond'), '—', undefined));
  type SyncRow = { forms: number; syncs: number; highlightSyncs: number; clearSyncs: number };
  for (const row of (at(excel, 'syncs') as SyncRow[] | undefined) ?? []) {
    const most = Math.max(row.syncs, row.highlightSyncs, row.clearSyncs);
    const value = `${row.syncs}/${row.highlightSyncs}/${row.clearSyncs}`;
    out.push(line(`excel: syncs read/highlight/clear, ${row.forms} forms`, value, '≤ 2 each', most <= 2));
  }
  out.push(
    line('excel: read payload, 2 000-row sheet (bytes)', at(excel, 'payload.bytes'), 'bounded', undefined),
  );
  const budget = at(bundle, 'budgetGzipBytes') as number | undefined;
  for (const [name, size] of Object.entries(
    (at(bundle, 'entries') as Record<string, { gzipBytes: number }> | undefined) ?? {},
  )) {
    out.push(
      line(
        `bundle: ${name} initial JS gzip (bytes)`,
        size.gzipBytes,
        '≤ 250 KB',
        budget === undefined ? undefined : size.gzipBytes <= budget,
      ),
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
