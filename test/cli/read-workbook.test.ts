import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import path from 'path';
import { boundSheetXml } from '../../src/cli/sheet-bounds';
import { INPUT_LIMITS, InputError, decodeText, readWorkbook } from '../../src/cli/read-workbook';
import { readZipDirectory } from '../../src/cli/zip-directory';
import { splitDelimited } from '../../src/core/grid';
import { claimUncompressedSize, OLE_HEADER, SAMPLES, tempDir, writeFeatureWorkbook } from './helpers';

let temp: ReturnType<typeof tempDir>;
beforeAll(() => {
  temp = tempDir();
});
afterAll(() => temp.cleanup());

async function codeOf(name: string, bytes: Buffer): Promise<string> {
  try {
    await readWorkbook(name, bytes);
    return 'read';
  } catch (error) {
    return error instanceof InputError ? error.code : `threw ${String(error)}`;
  }
}

describe('reading .xlsx', () => {
  let grids: Awaited<ReturnType<typeof readWorkbook>>['grids'];
  beforeAll(async () => {
    const file = path.join(temp.dir, 'features.xlsx');
    await writeFeatureWorkbook(file);
    grids = (await readWorkbook(file, readFileSync(file))).grids;
  });

  it('reads every sheet', () => {
    expect(grids.map((g) => g.sheet)).toEqual(['表一', '表二']);
    expect(grids[1].cell(2, 2).text).toBe('第二张表');
  });

  it('shows 1 with a 0% format as 100%, keeping the raw value', () => {
    expect(grids[0].cell(0, 0)).toMatchObject({ value: 1, text: '100%', numberFormat: '0%' });
    expect(grids[0].cell(1, 0).text).toBe('98.80%');
  });

  it('reads formula errors as their text and formulas by their cached result', () => {
    expect(grids[0].cell(2, 0).text).toBe('#DIV/0!');
    expect(grids[0].cell(3, 0).text).toBe('#REF!');
    expect(grids[0].cell(7, 0)).toMatchObject({ value: 2, text: '200%' });
  });

  it('reads dates as Excel serials displayed in their format, and bare serials as numbers', () => {
    expect(grids[0].cell(4, 0)).toMatchObject({ value: 45306, text: '2024-01-15' });
    expect(grids[0].cell(5, 0)).toMatchObject({ value: 45292, text: '45292' });
  });

  it('joins rich text into plain text', () => {
    expect(grids[0].cell(6, 0).text).toBe('项目名称');
  });

  it('turns merged areas into Grid.merges and leaves the covered cells empty', () => {
    expect(grids[0].merges).toEqual([{ top: 0, left: 1, bottom: 1, right: 3 }]);
    expect(grids[0].cell(0, 1).text).toBe('合并');
    expect(grids[0].cell(1, 2).text).toBe('');
  });

  it('reads the sample workbook with the same text as the seed TSV, cell by cell', async () => {
    const xlsx = await readWorkbook('seed-forms.xlsx', readFileSync(path.join(SAMPLES, 'seed-forms.xlsx')));
    const tsvRows = splitDelimited(readFileSync(path.join(SAMPLES, 'seed-forms.tsv'), 'utf8'), '\t');
    const grid = xlsx.grids[0];
    const differences: string[] = [];
    tsvRows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (grid.cell(r, c).text !== text) differences.push(`${r + 1}:${c + 1}`);
      }),
    );
    expect(differences).toEqual([]);
    expect(grid.merges.length).toBeGreaterThan(20);
  });

  it('reads a sheet larger than the bound up to 2 000 rows × 50 columns and reports the cut', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('大表');
    for (let r = 1; r <= 2100; r++) sheet.getCell(r, 1).value = r;
    sheet.getCell(1, 60).value = 'far right';
    const file = path.join(temp.dir, 'big.xlsx');
    await workbook.xlsx.writeFile(file);
    const reading = await readWorkbook(file, readFileSync(file));
    expect(reading.grids[0].rowCount).toBe(INPUT_LIMITS.rows);
    expect(reading.grids[0].columnCount).toBeLessThanOrEqual(INPUT_LIMITS.columns);
    expect(reading.cut).toEqual([{ sheet: '大表', rows: 2100, columns: 60 }]);
  });
});

describe('merge-heavy sheets', () => {
  it('reads thousands of merged areas itself (exceljs is quadratic in them) with the same result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('合并多');
    const count = 1200;
    for (let i = 0; i < count; i++) {
      sheet.getCell(i + 1, 1).value = `第${i}项`;
      sheet.mergeCells(i + 1, 1, i + 1, 3);
    }
    const file = path.join(temp.dir, 'merges.xlsx');
    await workbook.xlsx.writeFile(file);
    const reading = await readWorkbook(file, readFileSync(file));
    const grid = reading.grids[0];
    expect(grid.merges).toHaveLength(count);
    expect(grid.merges[1]).toEqual({ top: 1, left: 0, bottom: 1, right: 2 });
    expect(grid.cell(1, 0).text).toBe('第1项');
    expect(grid.cell(1, 1).text).toBe('');
    expect(grid.rowCount).toBe(count);
    expect(reading.cut).toEqual([]);
  });
});

describe('merged areas', () => {
  it('shows a value stored under a merged area, away from its top-left cell, as empty: Excel does not display it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').getCell('A1').value = '项目名称';
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const part = 'xl/worksheets/sheet1.xml';
    const xml = (await zip.file(part)!.async('string'))
      .replace(/<c r="A1"([^>]*)>/, '<c r="A1"$1>')
      .replace('</row>', '<c r="B1" t="inlineStr"><is><t>藏在合并区</t></is></c></row>')
      .replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>');
    zip.file(part, xml);
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const grid = (await readWorkbook('merged.xlsx', bytes)).grids[0];
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.cell(0, 0).text).toBe('项目名称');
    expect(grid.cell(0, 1).text).toBe('');
  });

  it('finds the merged areas of sheets whose names XML escapes (entities and character references)', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['A&B<表>', '评价表']) {
      const sheet = workbook.addWorksheet(name);
      sheet.getCell('A1').value = '项目名称';
      sheet.mergeCells('A1:B1');
    }
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toContain('name="A&amp;B&lt;表&gt;"');
    // Written as character references, as some exporters do: 评 = U+8BC4, 价 = U+4EF7.
    zip.file('xl/workbook.xml', workbookXml.replace('name="评价表"', 'name="&#x8BC4;&#20215;表"'));
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const reading = await readWorkbook('names.xlsx', bytes);
    expect(reading.grids.map((grid) => grid.sheet)).toEqual(['A&B<表>', '评价表']);
    for (const grid of reading.grids) expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('external links', () => {
  it('reads the cached value of a formula that points into another workbook and says the workbook has links', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表').getCell('A1').value = {
      formula: '[1]Sheet1!A1',
      result: 42,
    } as ExcelJS.CellValue;
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    zip.file(
      'xl/externalLinks/externalLink1.xml',
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook/></externalLink>',
    );
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const reading = await readWorkbook('linked.xlsx', bytes);
    expect(reading.externalLinks).toBe(true);
    expect(reading.grids[0].cell(0, 0)).toMatchObject({ value: 42, text: '42' });
  });
});

describe('refusing bad files with a reason', () => {
  it('names each kind of unreadable file', async () => {
    const good = path.join(temp.dir, 'good.xlsx');
    await writeFeatureWorkbook(good);
    const bytes = readFileSync(good);
    const ole = Buffer.concat([OLE_HEADER, Buffer.alloc(1024)]);
    const encrypted = Buffer.concat([
      OLE_HEADER,
      Buffer.alloc(100),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(100),
    ]);
    expect(await codeOf('a.xlsx', Buffer.alloc(0))).toBe('empty');
    expect(await codeOf('a.xls', ole)).toBe('legacy-xls');
    expect(await codeOf('a.xlsx', ole)).toBe('legacy-xls');
    expect(await codeOf('a.xlsx', encrypted)).toBe('encrypted');
    expect(await codeOf('a.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]))).toBe(
      'corrupt',
    );
    expect(await codeOf('a.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('corrupt');
    expect(await codeOf('a.xlsx', Buffer.from('just text'))).toBe('corrupt');
    expect(await codeOf('a.pdf', bytes)).toBe('unsupported-type');
    expect(await codeOf('a.xlsx', claimUncompressedSize(bytes, 'xl/worksheets/sheet1.xml', 0xfffffff0))).toBe(
      'zip-bomb',
    );
    expect(await codeOf('a.xlsx', bytes)).toBe('read');
  });

  it('reads the declared sizes from the zip directory without inflating', async () => {
    const file = path.join(temp.dir, 'sizes.xlsx');
    await writeFeatureWorkbook(file);
    const entries = readZipDirectory(
      claimUncompressedSize(readFileSync(file), 'xl/worksheets/sheet1.xml', 3_000_000_000),
    );
    expect(entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressedSize).toBe(3_000_000_000);
    expect(entries.some((e) => e.name === 'xl/workbook.xml')).toBe(true);
  });
});

describe('text files', () => {
  const text = '项目名称\t\t工会经费\n总得分\t97\n';

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and GB18030', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    // 项目名称 in GBK / GB18030.
    const gbk = Buffer.from([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6]);
    expect(decodeText(gbk)).toBe('项目名称');
  });

  it('reads CSV with quoted fields and TSV into one grid named after the file', async () => {
    const csv = await readWorkbook('dir/表格.csv', Buffer.from('"a,b",2\n"引""号""",x\n'));
    expect(csv.grids[0].sheet).toBe('表格');
    expect(csv.grids[0].cell(0, 0).text).toBe('a,b');
    expect(csv.grids[0].cell(1, 0).text).toBe('引"号"');
    const tsv = await readWorkbook('x.tsv', Buffer.from(text));
    expect(tsv.grids[0].cell(0, 2).text).toBe('工会经费');
  });

  it('bounds a huge CSV to the read limit', async () => {
    const wide = `${Array.from({ length: 80 }, (_, i) => `c${i}`).join(',')}\n`;
    const reading = await readWorkbook('w.csv', Buffer.from(wide.repeat(2500)));
    expect(reading.grids[0].rowCount).toBe(INPUT_LIMITS.rows);
    expect(reading.grids[0].columnCount).toBe(INPUT_LIMITS.columns);
  });
});

describe('cutting an oversized sheet part', () => {
  it('keeps the first rows and columns and the merges inside them', () => {
    const rows = Array.from(
      { length: 5 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="D${r + 1}"><v>9</v></c></row>`,
    ).join('');
    const xml = `<worksheet><dimension ref="A1:D5"/><sheetData>${rows}</sheetData><mergeCells count="2"><mergeCell ref="A1:B4"/><mergeCell ref="D4:D5"/></mergeCells></worksheet>`;
    const bounded = boundSheetXml(xml, 3, 2);
    expect(bounded).toMatchObject({ rows: 5, columns: 4, cut: true });
    expect(bounded.xml).toContain('<c r="A3">');
    expect(bounded.xml).not.toContain('A4');
    expect(bounded.xml).not.toContain('<c r="D1">');
    expect(bounded.xml).not.toContain('mergeCell');
    expect(bounded.merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(bounded.xml.endsWith('</worksheet>')).toBe(true);
  });

  it('reads a workbook whose sheet part is above the full-load size through the cut', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('巨表');
    const filler = 'x'.repeat(400);
    // Each row's XML is longer than its filler, so the part ends up above fullLoadSheetBytes.
    const rowCount = Math.ceil((INPUT_LIMITS.fullLoadSheetBytes * 1.2) / filler.length);
    // A formula's text result is stored in the sheet part itself (a plain string would go to the shared strings).
    for (let r = 1; r <= rowCount; r++)
      sheet.getRow(r).values = [
        r,
        { formula: `"${filler}"&${r}`, result: `${filler}${r}` } as ExcelJS.CellValue,
      ];
    sheet.mergeCells('C1:D3');
    const file = path.join(temp.dir, 'huge.xlsx');
    await workbook.xlsx.writeFile(file);
    const bytes = readFileSync(file);
    const part = readZipDirectory(bytes).find((entry) => entry.name === 'xl/worksheets/sheet1.xml');
    expect(part?.uncompressedSize).toBeGreaterThan(INPUT_LIMITS.fullLoadSheetBytes);
    const reading = await readWorkbook(file, bytes);
    expect(reading.grids[0].rowCount).toBe(INPUT_LIMITS.rows);
    expect(reading.grids[0].cell(1999, 0).value).toBe(2000);
    expect(reading.grids[0].merges).toEqual([{ top: 0, left: 2, bottom: 2, right: 3 }]);
    // The sheet's dimension spans the merged area C1:D3, so it is four columns wide.
    expect(reading.cut).toEqual([{ sheet: '巨表', rows: rowCount, columns: 4 }]);
  }, 60_000);
});
