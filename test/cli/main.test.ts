import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { checkGrids } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/finding';
import { readWorkbook } from '../../src/cli/read-workbook';
import { jsonReport, type JsonReport } from '../../src/cli/report-json';
import { SEVERITY_FILLS } from '../../src/cli/annotate';
import {
  claimUncompressedSize,
  fakeCheck,
  OLE_HEADER,
  REPO,
  runCli,
  SAMPLES,
  tempDir,
  writeFeatureWorkbook,
} from './helpers';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.cleanup());

const fake = { deps: { check: fakeCheck } };

async function libraryReport(files: readonly string[], check = checkGrids): Promise<JsonReport> {
  const results = [];
  for (const file of files) {
    const reading = await readWorkbook(file, readFileSync(path.join(REPO, file)));
    const checked = check(reading.grids, { disable: [], locale: 'zh-CN' });
    results.push({ file, forms: checked.forms, findings: checked.findings, cut: [], externalLinks: false });
  }
  return jsonReport(results, 'zh-CN', false);
}

function expectContractShape(report: JsonReport): void {
  expect(Object.keys(report).sort()).toEqual(['files', 'summary', 'version']);
  expect(report.version).toBe(1);
  expect(Object.keys(report.summary).sort()).toEqual(['errors', 'files', 'forms', 'infos', 'warnings']);
  for (const file of report.files) {
    for (const key of Object.keys(file)) expect(['file', 'error', 'forms', 'findings']).toContain(key);
    for (const form of file.forms) {
      for (const key of Object.keys(form))
        expect(['sheet', 'range', 'project', 'year', 'total', 'computedTotal', 'grade']).toContain(key);
    }
    for (const finding of file.findings) {
      expect(RULE_IDS).toContain(finding.rule);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(typeof finding.message).toBe('string');
      for (const key of Object.keys(finding))
        expect(['rule', 'severity', 'sheet', 'cell', 'message', 'expected', 'actual']).toContain(key);
    }
  }
}

describe('selfeval check (in-process)', () => {
  it('prints JSON equal to the library result on the same grids (real checker)', async () => {
    const run = await runCli(['check', 'samples', '--format', 'json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectContractShape(report);
    expect(report).toEqual(await libraryReport(['samples/seed-forms.tsv', 'samples/seed-forms.xlsx']));
    expect(run.code).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('finds the same things in the sample workbook as in the seed TSV it was built from', async () => {
    const report = JSON.parse((await runCli(['check', 'samples', '--format', 'json'])).stdout) as JsonReport;
    const [tsv, xlsx] = report.files;
    const sameSheet = (text: string): string => text.replace(/seed-forms!|自评表!/g, 'Sheet!');
    const strip = (file: JsonReport['files'][number]) => ({
      forms: file.forms.map((f) => ({ ...f, sheet: '' })),
      findings: file.findings.map((f) => ({ ...f, sheet: '', message: sameSheet(f.message) })),
    });
    expect(strip(xlsx)).toEqual(strip(tsv));
  });

  it('prints JSON equal to the library result with a checker that finds things', async () => {
    const run = await runCli(['check', 'samples', '--format', 'json'], fake);
    const report = JSON.parse(run.stdout) as JsonReport;
    expectContractShape(report);
    expect(report).toEqual(
      await libraryReport(['samples/seed-forms.tsv', 'samples/seed-forms.xlsx'], fakeCheck),
    );
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.files[1].findings.find((f) => f.rule === 'funds/execution-rate')).toMatchObject({
      expected: 1,
      actual: '100%',
    });
    expect(run.code).toBe(1);
  });

  it('exits 0 without errors, 1 with errors, and honours --max-warnings, --quiet and --exit-zero', async () => {
    const clean = await runCli(['check', 'samples', '--disable', 'total'], fake);
    expect(clean.code).toBe(0);
    expect((await runCli(['check', 'samples'], fake)).code).toBe(1);
    expect((await runCli(['check', 'samples', '--exit-zero'], fake)).code).toBe(0);
    expect((await runCli(['check', 'samples', '--max-warnings', '0', '--disable', 'total'], fake)).code).toBe(
      1,
    );
    expect(
      (await runCli(['check', 'samples', '--max-warnings', '1000', '--disable', 'total'], fake)).code,
    ).toBe(0);
    const quiet = JSON.parse(
      (await runCli(['check', 'samples', '--quiet', '--format', 'json'], fake)).stdout,
    ) as JsonReport;
    expect(quiet.files.flatMap((f) => f.findings).every((f) => f.severity === 'error')).toBe(true);
    expect(quiet.files.flatMap((f) => f.findings).length).toBeGreaterThan(0);
  });

  it('passes --disable and --config to the checker', async () => {
    const seen: unknown[] = [];
    const config = path.join(temp.dir, 'options.json');
    writeFileSync(config, JSON.stringify({ disable: ['text/truncated'] }));
    await runCli(
      [
        'check',
        'samples/seed-forms.tsv',
        '--disable',
        'funds,total/sum-mismatch',
        '--config',
        config,
        '--lang',
        'en',
      ],
      {
        deps: { check: (grids, options) => (seen.push(options), fakeCheck(grids, options)) },
      },
    );
    expect(seen).toEqual([{ disable: ['text/truncated', 'funds', 'total/sum-mismatch'], locale: 'en-US' }]);
    writeFileSync(config, JSON.stringify({ locale: 'en-US' }));
    const fromFile = await runCli(['check', 'samples/seed-forms.tsv', '--config', config], {
      deps: { check: (grids, options) => (seen.push(options), fakeCheck(grids, options)) },
    });
    expect(seen[1]).toEqual({ disable: [], locale: 'en-US' });
    writeFileSync(config, JSON.stringify({ tolerances: { score: 0.1 }, year: 2024 }));
    await runCli(['check', 'samples/seed-forms.tsv', '--config', config], {
      deps: { check: (grids, options) => (seen.push(options), fakeCheck(grids, options)) },
    });
    expect(seen[2]).toEqual({ tolerances: { score: 0.1 }, year: 2024, disable: [], locale: 'zh-CN' });
    expect(fromFile.stdout).toMatch(/1 file, /);
  });

  it('refuses bad usage with one line, a hint, and exit 2', async () => {
    for (const argv of [
      ['check'],
      ['lint', 'x'],
      ['check', 'samples', '--format', 'xml'],
      ['check', 'samples', '--disable', 'no/such-rule'],
      ['check', 'samples', '--max-warnings', 'many'],
      ['check', 'samples', '--bogus'],
      ['template', '-o', 'x.xlsx'],
    ]) {
      const run = await runCli(argv);
      expect({ argv, code: run.code }).toEqual({ argv, code: 2 });
      expect(run.stderr.trim().split('\n')).toHaveLength(2);
      expect(run.stderr).toMatch(/^selfeval: /);
      expect(run.stdout).toBe('');
    }
    const bad = path.join(temp.dir, 'bad.json');
    writeFileSync(bad, '{"disable": "funds", ');
    expect((await runCli(['check', 'samples', '--config', bad])).code).toBe(2);
    writeFileSync(bad, '{"tolerance": 1}');
    const unknown = await runCli(['check', 'samples', '--config', bad, '--lang', 'en']);
    expect(unknown.stderr).toContain('unknown option "tolerance"');
    expect(unknown.stderr).not.toContain('未知');
    writeFileSync(bad, '{"tolerances": {"score": -1}}');
    expect((await runCli(['check', 'samples', '--config', bad])).stderr).toContain('tolerances.score');
  });

  it('prints help and version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('selfeval check');
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toContain('Exit codes');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('reports text grouped by file and form, in Chinese by default and English on request, coloured only on a TTY', async () => {
    const zh = await runCli(['check', 'samples/seed-forms.xlsx'], fake);
    expect(zh.stdout).toContain('samples/seed-forms.xlsx');
    expect(zh.stdout).toContain('错误');
    expect(zh.stdout).toMatch(/共 1 个文件，\d+ 张自评表：\d+ 个错误/);
    expect(zh.stdout).not.toContain('\u001b[');
    const en = await runCli(['check', 'samples/seed-forms.xlsx', '--lang', 'en'], fake);
    expect(en.stdout).toMatch(/1 file, \d+ forms?: \d+ errors?/);
    expect((await runCli(['check', 'samples/seed-forms.xlsx'], { ...fake, tty: true })).stdout).toContain(
      '\u001b[31m',
    );
    const noColor = await runCli(['check', 'samples/seed-forms.xlsx'], {
      ...fake,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('writes SARIF 2.1.0 with rules, levels and Sheet!A1 logical locations', async () => {
    const run = await runCli(['check', 'samples/seed-forms.xlsx', '--format', 'sarif'], fake);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: { artifactLocation: { uri: string } };
            logicalLocations: { fullyQualifiedName: string; kind: string }[];
          }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [sarifRun] = sarif.runs;
    expect(sarifRun.tool.driver.name).toBe('selfeval');
    const ruleIds = sarifRun.tool.driver.rules.map((r) => r.id);
    expect(sarifRun.results.length).toBeGreaterThan(0);
    for (const result of sarifRun.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text).not.toBe('');
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('samples/seed-forms.xlsx');
      expect(result.locations[0].logicalLocations[0]).toMatchObject({ kind: 'cell' });
      expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^自评表![A-Z]+\d+$/);
    }
    expect(new Set(sarifRun.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  it('reports each unreadable file in one line, keeps going, and exits 2', async () => {
    const dir = path.join(temp.dir, 'inbox');
    mkdirSync(dir);
    await writeFeatureWorkbook(path.join(dir, 'a-good.xlsx'));
    const good = readFileSync(path.join(dir, 'a-good.xlsx'));
    writeFileSync(
      path.join(dir, 'b-corrupt.xlsx'),
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 1)]),
    );
    writeFileSync(path.join(dir, 'c-ole.xlsx'), Buffer.concat([OLE_HEADER, Buffer.alloc(512)]));
    writeFileSync(path.join(dir, 'd-old.xls'), Buffer.concat([OLE_HEADER, Buffer.alloc(512)]));
    writeFileSync(path.join(dir, 'e-empty.xlsx'), '');
    writeFileSync(
      path.join(dir, 'f-bomb.xlsx'),
      claimUncompressedSize(good, 'xl/worksheets/sheet1.xml', 0xfffffff0),
    );
    copyFileSync(path.join(SAMPLES, 'seed-forms.tsv'), path.join(dir, 'g-seed.tsv'));
    writeFileSync(path.join(dir, '~$a-good.xlsx'), 'lock');
    writeFileSync(path.join(dir, '.hidden.xlsx'), 'x');
    writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    const run = await runCli(['check', dir, '--format', 'json', '--verbose'], { ...fake, cwd: temp.dir });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual([
      'a-good.xlsx',
      'b-corrupt.xlsx',
      'c-ole.xlsx',
      'd-old.xls',
      'e-empty.xlsx',
      'f-bomb.xlsx',
      'g-seed.tsv',
    ]);
    const errors = Object.fromEntries(report.files.map((f) => [path.basename(f.file), f.error]));
    expect(errors['a-good.xlsx']).toBeUndefined();
    expect(errors['g-seed.tsv']).toBeUndefined();
    expect(errors['d-old.xls']).toBe('旧版 .xls 不支持，请另存为 .xlsx');
    expect(errors['e-empty.xlsx']).toBe('文件为空');
    expect(errors['f-bomb.xlsx']).toContain('压缩炸弹');
    expect(errors['b-corrupt.xlsx']).toContain('损坏');
    expect(report.files[6].findings.length).toBeGreaterThan(0);
    const lines = run.stderr.trim().split('\n');
    for (const name of ['b-corrupt.xlsx', 'c-ole.xlsx', 'd-old.xls', 'e-empty.xlsx', 'f-bomb.xlsx']) {
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
    }
    expect(lines.some((l) => l.includes('~$a-good.xlsx') && l.includes('~$'))).toBe(true);
    expect(lines.some((l) => l.includes('.hidden.xlsx') && l.includes('隐藏'))).toBe(true);
    expect(lines.some((l) => l.includes('notes.pdf'))).toBe(true);
    const missing = await runCli(['check', 'samples/seed-forms.tsv', 'no-such-file.xlsx'], fake);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.xlsx');
  });

  it('says on stderr when a sheet was larger than the read bound, and still checks it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('长表');
    for (let r = 1; r <= 2100; r++) sheet.getCell(r, 1).value = r === 1 ? '总得分' : r;
    const file = path.join(temp.dir, 'long.xlsx');
    await workbook.xlsx.writeFile(file);
    const run = await runCli(['check', file, '--format', 'json'], fake);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('共 2100 行 × 1 列，只检查了前 2000 行 × 50 列'),
    ]);
    expect((JSON.parse(run.stdout) as JsonReport).files[0].findings).toMatchObject([{ cell: 'A1' }]);
    expect(run.code).toBe(1);
  });

  it('reads a GBK/GB18030 CSV export end to end', async () => {
    // 项目名称,,工会经费 / 总得分,97 in GBK.
    const gbk = Buffer.from([
      0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x2c, 0xb9, 0xa4, 0xbb, 0xe1, 0xbe, 0xad, 0xb7,
      0xd1, 0x0a, 0xd7, 0xdc, 0xb5, 0xc3, 0xb7, 0xd6, 0x2c, 0x39, 0x37, 0x0a,
    ]);
    const file = path.join(temp.dir, '导出.csv');
    writeFileSync(file, gbk);
    const report = JSON.parse((await runCli(['check', file, '--format', 'json'], fake)).stdout) as JsonReport;
    expect(report.files[0].forms).toEqual([{ sheet: '导出', range: 'A1', project: '工会经费' }]);
    expect(report.files[0].findings).toMatchObject([{ rule: 'total/missing', cell: 'A2' }]);
  });

  it('shows a progress bar on a terminal stderr for more than 3 files, never on stdout', async () => {
    const dir = path.join(temp.dir, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 5; i++)
      copyFileSync(path.join(SAMPLES, 'seed-forms.tsv'), path.join(dir, `f${i}.tsv`));
    const tty = await runCli(['check', dir, '--format', 'json'], { ...fake, tty: true });
    expect(tty.stderr).toContain('5/5');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(() => JSON.parse(tty.stdout) as unknown).not.toThrow();
    expect((await runCli(['check', dir, '--format', 'json'], fake)).stderr).toBe('');
    const three = await runCli(
      ['check', path.join(dir, 'f0.tsv'), path.join(dir, 'f1.tsv'), path.join(dir, 'f2.tsv')],
      {
        ...fake,
        tty: true,
      },
    );
    expect(three.stderr).not.toContain('3/3');
  });

  it('keeps going when the checker itself fails on one file', async () => {
    const run = await runCli(['check', 'samples', '--format', 'json'], {
      deps: {
        check: (grids, options) => {
          if (grids[0].sheet === 'seed-forms') throw new Error('boom');
          return fakeCheck(grids, options);
        },
      },
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0].error).toContain('boom');
    expect(report.files[1].findings.length).toBeGreaterThan(0);
    expect(run.code).toBe(2);
  });
});

describe('--annotate', () => {
  async function fills(file: string): Promise<Map<string, { argb?: string; note: string; text: string }>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const out = new Map<string, { argb?: string; note: string; text: string }>();
    workbook.eachSheet((sheet) =>
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          const note = cell.note;
          out.set(`${sheet.name}!${cell.address}`, {
            argb: fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined,
            note: typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join(''),
            text: cell.text,
          });
        }),
      ),
    );
    return out;
  }

  it('writes a copy with finding cells filled by severity and noted, other cells untouched', async () => {
    const out = path.join(temp.dir, 'out');
    const run = await runCli(['check', 'samples', '--annotate', out], fake);
    expect(run.code).toBe(1);
    const input = path.join(SAMPLES, 'seed-forms.xlsx');
    const annotated = await fills(path.join(out, 'seed-forms.xlsx'));
    const original = await fills(input);
    const report = await libraryReport(['samples/seed-forms.xlsx'], fakeCheck);
    const findingCells = new Map(report.files[0].findings.map((f) => [`${f.sheet}!${f.cell}`, f]));
    expect(findingCells.size).toBeGreaterThan(0);
    for (const [address, finding] of findingCells) {
      const cell = annotated.get(address);
      expect(cell?.argb).toBe(SEVERITY_FILLS[finding.severity as 'error' | 'warning' | 'info']);
      expect(cell?.note).toContain(finding.message);
    }
    let untouched = 0;
    for (const [address, cell] of original) {
      if (findingCells.has(address)) continue;
      expect(annotated.get(address)).toEqual(cell);
      untouched++;
    }
    expect(untouched).toBeGreaterThan(100);
    // The TSV input becomes a new workbook next to it, named after the input.
    const tsv = await fills(path.join(out, 'seed-forms.tsv.xlsx'));
    expect(tsv.get('seed-forms!A25')?.text).toBe('总得分');
    expect(tsv.get('seed-forms!A25')?.argb).toBe(SEVERITY_FILLS.error);
  });

  it('refuses to overwrite an existing copy without --force and overwrites with it', async () => {
    const out = path.join(temp.dir, 'out');
    expect((await runCli(['check', 'samples/seed-forms.xlsx', '--annotate', out], fake)).code).toBe(1);
    const target = path.join(out, 'seed-forms.xlsx');
    writeFileSync(target, 'keep me');
    const again = await runCli(['check', 'samples/seed-forms.xlsx', '--annotate', out], fake);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await runCli(['check', 'samples/seed-forms.xlsx', '--annotate', out, '--force'], fake);
    expect(forced.code).toBe(1);
    expect(statSync(target).size).toBeGreaterThan(1000);
  });

  it('never writes over an input file, even with --force', async () => {
    const dir = path.join(temp.dir, 'inputs');
    mkdirSync(dir);
    const input = path.join(dir, 'seed-forms.xlsx');
    copyFileSync(path.join(SAMPLES, 'seed-forms.xlsx'), input);
    const before = readFileSync(input);
    const run = await runCli(['check', input, '--annotate', dir, '--force'], fake);
    expect(run.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('selfeval template', () => {
  it('refuses to overwrite an existing file without --force', async () => {
    const target = path.join(temp.dir, 'template.xlsx');
    writeFileSync(target, 'existing');
    const run = await runCli(['template', '--year', '2025', '-o', target]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toBe('existing');
  });

  it('writes the blank template', async () => {
    const target = path.join(temp.dir, 'blank.xlsx');
    const run = await runCli(['template', '--year', '2025', '--name', '示例项目', '-o', target]);
    expect(run.code).toBe(0);
    const reading = await readWorkbook(target, readFileSync(target));
    const texts = reading.grids.flatMap((g) =>
      Array.from({ length: g.rowCount }, (_, r) => g.cell(r, 0).text),
    );
    expect(texts.some((t) => t.includes('项目名称'))).toBe(true);
  });
});
