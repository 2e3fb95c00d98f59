import ExcelJS from 'exceljs';
import { gridsFromXlsx } from '../../src/preview/xlsx-grids';

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe('gridsFromXlsx', () => {
  it('reads every sheet with values, displayed text, number formats and merges', async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('自评表');
      sheet.getCell('A1').value = '项目支出绩效自评表';
      sheet.mergeCells('A1:H1');
      sheet.getCell('B3').value = 0.93;
      sheet.getCell('B3').numFmt = '0%';
      sheet.getCell('C3').value = { formula: 'B3*10', result: 9.3 };
      sheet.getCell('D3').value = { richText: [{ text: '实名制' }, { text: '发放' }] };
      sheet.getCell('E3').value = 12.5;
      workbook.addWorksheet('Sheet2').getCell('B2').value = 'x';
    });
    const grids = await gridsFromXlsx(bytes);
    expect(grids.map((g) => g.sheet)).toEqual(['自评表', 'Sheet2']);
    const [form, other] = grids;
    expect(form.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(form.cell(0, 0).text).toBe('项目支出绩效自评表');
    expect(form.cell(2, 1)).toEqual({ value: 0.93, text: '93%', numberFormat: '0%' });
    expect(form.cell(2, 2).value).toBe(9.3);
    expect(form.cell(2, 3).text).toBe('实名制发放');
    expect(form.cell(2, 4)).toMatchObject({ value: 12.5, text: '12.5' });
    expect(form.cell(5, 5)).toEqual({ value: null, text: '' });
    expect(other.cell(1, 1).text).toBe('x');
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(gridsFromXlsx(new TextEncoder().encode('not a zip').buffer as ArrayBuffer)).rejects.toThrow();
  });
});
