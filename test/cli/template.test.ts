import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import path from 'path';
import { checkGrids } from '../../src/core/check';
import { readSheet } from '../../src/core/read-form';
import { buildTemplate, ROLE_STYLES, templateToGrid, type TemplateVariant } from '../../src/core/template';
import { readWorkbook } from '../../src/cli/read-workbook';
import { addTemplateSheet, writeTemplateWorkbook } from '../../src/cli/template-writer';
import { entryBytes, readZipDirectory } from '../../src/cli/zip-directory';
import { runCli, tempDir } from './helpers';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.cleanup());

async function reopen(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function sheetXml(bytes: Buffer): string {
  const entry = readZipDirectory(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet1.xml in the workbook');
  return entryBytes(bytes, entry).toString('utf8');
}

const argbOf = (color: string | undefined) => `FF${(color ?? '').replace('#', '').toUpperCase()}`;

describe('selfeval template', () => {
  it('writes x.xlsx for --year 2025 and says so', async () => {
    const run = await runCli(['template', '--year', '2025', '-o', 'x.xlsx'], { cwd: temp.dir });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain('已写出模板 x.xlsx');
    const sheet = await reopen(readFileSync(path.join(temp.dir, 'x.xlsx')));
    expect(sheet.name).toBe('绩效自评表');
    expect(sheet.getCell('A2').value).toBe('(2025年度)');
  });

  it('puts --name into 项目名称 and --variant national lays out the national form', async () => {
    const run = await runCli(
      ['template', '--year', '2026', '--variant', 'national', '--name', '示例项目', '-o', 'n.xlsx'],
      { cwd: temp.dir },
    );
    expect(run.code).toBe(0);
    const sheet = await reopen(readFileSync(path.join(temp.dir, 'n.xlsx')));
    expect(sheet.getCell('C3').value).toBe('示例项目');
    expect(sheet.getCell('F12').value).toBe('实际完成值');
    expect(sheet.getCell('B8').value).toBe('上年结转资金');
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });

  it('keeps an existing file unless --force is given', async () => {
    const first = await runCli(['template', '--year', '2025', '-o', 'x.xlsx'], { cwd: temp.dir });
    expect(first.code).toBe(0);
    const again = await runCli(['template', '--year', '2025', '-o', 'x.xlsx'], { cwd: temp.dir });
    expect(again.code).toBe(2);
    const forced = await runCli(['template', '--year', '2024', '--force', '-o', 'x.xlsx'], { cwd: temp.dir });
    expect(forced.code).toBe(0);
    expect((await reopen(readFileSync(path.join(temp.dir, 'x.xlsx')))).getCell('A2').value).toBe(
      '(2024年度)',
    );
  });
});

describe('the exceljs template writer', () => {
  it('writes merges, formulas, validations, styles and print setup that survive a reopen', async () => {
    const layout = buildTemplate({ year: 2025, variant: 'seed' });
    const bytes = await writeTemplateWorkbook({ year: 2025, variant: 'seed' });
    const sheet = await reopen(bytes);

    const merges = (sheet.model as { merges?: string[] }).merges ?? [];
    expect([...merges].sort()).toEqual([...layout.merges].sort());

    expect(sheet.getCell('G7').formula).toBe('IFERROR(E7/D7,"")');
    expect(sheet.getCell('G7').numFmt).toBe('0.00%');
    expect(sheet.getCell('H7').formula).toBe('IF(ISNUMBER(G7),IFERROR(MIN(G7,1)*F7,""),"")');
    expect(sheet.getCell('B21').formula).toBe('IF(COUNT(H7,G12:G20)=0,"",N(H7)+SUM(G12:G20))');
    expect(sheet.getCell('F12').value).toBe(15);

    // exceljs reads a decimal rule's bounds as numbers (a reference becomes NaN): check the file itself.
    const xml = sheetXml(bytes);
    for (let row = 12; row <= 20; row++) {
      expect(xml).toMatch(
        new RegExp(
          `<dataValidation type="decimal"[^>]*sqref="G${row}"><formula1>0</formula1><formula2>F${row}</formula2>`,
        ),
      );
    }
    expect(sheet.getCell('G12').dataValidation).toMatchObject({
      type: 'decimal',
      showErrorMessage: true,
      prompt: expect.stringContaining('得分'),
    });
    expect(sheet.getCell('F12').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(sheet.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"延续性项目,一次性项目,新增项目"'],
      prompt: expect.stringContaining('项目属性'),
    });

    const fillOf = (address: string) =>
      (sheet.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fillOf('C3')).toBe(argbOf(ROLE_STYLES.input.fill));
    expect(fillOf('E12')).toBe(argbOf(ROLE_STYLES.input.fill));
    expect(fillOf('A3')).not.toBe(fillOf('C3'));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('H21').border?.right?.style).toBe('thin');
    expect(sheet.getColumn(4).width).toBe(layout.columnWidths[3]);

    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
  });

  it.each<TemplateVariant>(['seed', 'national'])(
    '%s: read back through the CLI reader, it is the same form as the template grid',
    async (variant) => {
      const options = { year: 2025, variant, projectName: '社区养老服务补助', department: '市民政局' };
      const bytes = await writeTemplateWorkbook(options);
      const reading = await readWorkbook('blank.xlsx', bytes);
      expect(reading.grids).toHaveLength(1);
      const fromFile = readSheet(reading.grids[0]!);
      const fromLayout = readSheet(templateToGrid(buildTemplate(options), '绩效自评表'));
      expect(fromFile).toEqual(fromLayout);
      expect(fromFile.kind).toBe('forms');
      expect(checkGrids(reading.grids).findings.map((f) => f.rule)).toEqual(['layout/blank-form']);
    },
  );

  it('adds the template under a free name next to existing sheets', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('绩效自评表');
    const sheet = addTemplateSheet(workbook, buildTemplate({ year: 2025, variant: 'seed' }));
    expect(sheet.name).toBe('绩效自评表 (2)');
    expect(workbook.getWorksheet('绩效自评表')?.getCell('A1').value).toBeNull();
  });
});
