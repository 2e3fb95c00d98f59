/**
 * Task-pane bundle size: a production build into a scratch folder, then the gzipped size of each
 * entry's initial JavaScript (what the pane downloads before it can draw). The same budget
 * (250 KB per entry) fails the production build itself through GzipBudgetPlugin.
 * Run: npm run bench:bundle   (writes bench/results/bundle.json)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { GZIP_BUDGET_BYTES } from '../scripts/gzip-budget-plugin';

const ROOT = path.resolve(__dirname, '..');

interface EntrySize {
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

interface WebpackStats {
  readonly entrypoints: Record<string, { readonly assets: readonly { readonly name: string }[] }>;
}

function build(outDir: string): WebpackStats {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const statsFile = path.join(outDir, 'stats.json');
  execFileSync(
    process.execPath,
    [webpackCli, '--mode', 'production', '--output-path', outDir, '--json', statsFile],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(readFileSync(statsFile, 'utf8')) as WebpackStats;
}

function entrySizes(stats: WebpackStats, outDir: string): Record<string, EntrySize> {
  const sizes: Record<string, EntrySize> = {};
  for (const [name, entry] of Object.entries(stats.entrypoints)) {
    const files = entry.assets.map((asset) => asset.name).filter((file) => file.endsWith('.js'));
    const contents = files.map((file) => readFileSync(path.join(outDir, file)));
    sizes[name] = {
      files,
      bytes: contents.reduce((total, bytes) => total + bytes.length, 0),
      gzipBytes: contents.reduce((total, bytes) => total + gzipSync(bytes, { level: 9 }).length, 0),
    };
  }
  return sizes;
}

function main(): void {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-bundle-'));
  try {
    const entries = entrySizes(build(outDir), outDir);
    const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
    for (const [name, size] of Object.entries(entries)) {
      const verdict = size.gzipBytes <= GZIP_BUDGET_BYTES ? 'within' : 'OVER';
      process.stdout.write(
        `bundle ${name}: ${kb(size.gzipBytes)} gzip (${kb(size.bytes)} minified), ${verdict} the ${kb(GZIP_BUDGET_BYTES)} budget\n`,
      );
    }
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    const results = { date: new Date().toISOString(), budgetGzipBytes: GZIP_BUDGET_BYTES, entries };
    writeFileSync(
      path.join(ROOT, 'bench', 'results', 'bundle.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    process.stdout.write('wrote bench/results/bundle.json\n');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
