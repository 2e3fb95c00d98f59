/**
 * Excel adapter: context.sync calls per check (read, highlight, clear) for 1, 10 and 100 stacked
 * forms, and the bytes a read loads for a 2 000-row sheet, measured through the fake Excel of the
 * adapter tests (it counts syncs and sizes every loaded value as JSON).
 * Run: npm run bench:excel   (writes bench/results/excel.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkReadings } from '../src/core/check';
import { gridFromRows, type Grid } from '../src/core/grid';
import { readWorkbook } from '../src/core/read-form';
import { READ_LIMITS } from '../src/excel/gateway';
import { OfficeGateway } from '../src/excel/office-gateway';
import { FakeExcel } from '../test/excel/fake-excel';
import { seedGrid } from '../test/fixtures/seed';

const SHEET = '自评表';
/** Rows 3–25 of the seed: its first form, title to 总得分. */
const FORM_ROWS = [2, 25] as const;

function stackedForms(forms: number): Grid {
  const seed = seedGrid(SHEET);
  const rows: string[][] = [];
  for (let i = 0; i < forms; i++) {
    for (let r = FORM_ROWS[0]; r < FORM_ROWS[1]; r++) {
      rows.push(Array.from({ length: seed.columnCount }, (_, c) => seed.cell(r, c).text));
    }
    rows.push([]);
  }
  return gridFromRows(SHEET, rows);
}

/** One full check as the pane runs it: read, check, highlight; then 清除标记. */
async function syncsPerCheck(forms: number) {
  const excel = new FakeExcel([stackedForms(forms)]);
  const gateway = new OfficeGateway(() => excel.host());
  const read = await gateway.readSheets('active');
  const readSyncs = excel.syncs;
  const result = checkReadings(readWorkbook(read.grids));
  await gateway.applyHighlights(
    result.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })),
  );
  const highlightSyncs = excel.syncs - readSyncs;
  await gateway.clearHighlights();
  const clearSyncs = excel.syncs - readSyncs - highlightSyncs;
  return {
    forms,
    formsRead: result.forms.length,
    findings: result.findings.length,
    syncs: readSyncs,
    highlightSyncs,
    clearSyncs,
    truncated: read.truncated.length > 0,
  };
}

/** Bytes loaded by one read of a sheet of `rows` × 8 filled cells (the read is bounded at 2 000 × 50). */
async function readPayload(rows: number) {
  const grid = gridFromRows(
    '大表',
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => (c === 0 ? `第${r + 1}行` : r * 8 + c)),
    ),
  );
  const excel = new FakeExcel([grid]);
  await new OfficeGateway(() => excel.host()).readSheets('active');
  return { rows, columns: 8, bytes: excel.loadedBytes, syncs: excel.syncs };
}

async function main(): Promise<void> {
  const syncs = [];
  for (const forms of [1, 10, 100]) syncs.push(await syncsPerCheck(forms));
  const payload = await readPayload(READ_LIMITS.rows);
  const beyondBound = await readPayload(READ_LIMITS.rows * 5);
  for (const s of syncs) {
    process.stdout.write(
      `${String(s.forms).padStart(3)} forms: read ${s.syncs} sync(s), highlight ${s.highlightSyncs}, clear ${s.clearSyncs}` +
        ` (${s.formsRead} forms read${s.truncated ? ', sheet beyond the 2 000-row bound' : ''}, ${s.findings} findings)\n`,
    );
  }
  process.stdout.write(
    `read payload: ${payload.bytes} bytes for ${payload.rows} × 8 cells; ${beyondBound.bytes} bytes for ${beyondBound.rows} rows (bounded)\n`,
  );
  const results = { date: new Date().toISOString(), goalSyncs: 2, syncs, payload, beyondBound };
  const dir = path.resolve(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'excel.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write('wrote bench/results/excel.json\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
