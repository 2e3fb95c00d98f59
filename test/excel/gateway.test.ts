/**
 * The WorkbookGateway contract, run against the Excel adapter (through a fake Excel that counts
 * syncs and logs writes) and against the in-memory workbook of the preview.
 */
import { checkReadings } from '../../src/core/check';
import { gridFromRows, type Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/core/read-form';
import { GatewayError, READ_LIMITS, type WorkbookGateway } from '../../src/excel/gateway';
import { HIGHLIGHT_SETTING, SEVERITY_FILLS } from '../../src/excel/highlights';
import { MemoryGateway, MemoryWorkbook } from '../../src/excel/memory-gateway';
import { OfficeGateway, parseAreas, READ_BOUND } from '../../src/excel/office-gateway';
import { seedGrid } from '../fixtures/seed';
import { FakeExcel } from './fake-excel';

/** One workbook behind a gateway, with the few things a test needs to look at or change. */
interface World {
  readonly gateway: WorkbookGateway;
  /** The cell's fill colour, or null for no fill. */
  fill(sheet: string, cell: string): string | null;
  setFill(sheet: string, cell: string, colour: string): void;
  protect(sheet: string): void;
  /** A second gateway on the same workbook (the pane closed and opened again). */
  reopen(): WorkbookGateway;
  selection(): { sheet: string; cell: string } | undefined;
  activeSheet(): string | undefined;
}

function officeWorld(grids: readonly Grid[]): World & { readonly excel: FakeExcel } {
  const excel = new FakeExcel(grids);
  return {
    excel,
    gateway: new OfficeGateway(() => excel.host()),
    fill: (sheet, cell) => {
      const fill = excel.fillOf(sheet, cell);
      return fill.pattern === 'None' ? null : fill.color;
    },
    setFill: (sheet, cell, colour) =>
      excel.sheet(sheet)!.fills.set(cell, { color: colour, pattern: 'Solid' }),
    protect: (sheet) => (excel.sheet(sheet)!.protected = true),
    reopen: () => new OfficeGateway(() => excel.host()),
    selection: () => excel.selection,
    activeSheet: () => excel.active,
  };
}

function memoryWorld(grids: readonly Grid[]): World & { readonly workbook: MemoryWorkbook } {
  const workbook = MemoryWorkbook.fromGrids(grids);
  return {
    workbook,
    gateway: new MemoryGateway(workbook),
    fill: (sheet, cell) => workbook.sheet(sheet)!.fillOf(cell),
    setFill: (sheet, cell, colour) => workbook.sheet(sheet)!.setFill(cell, colour),
    protect: (sheet) => (workbook.sheet(sheet)!.isProtected = true),
    reopen: () => new MemoryGateway(workbook),
    selection: () =>
      workbook.selection ? { sheet: workbook.activeSheet!.name, cell: workbook.selection } : undefined,
    activeSheet: () => workbook.activeSheet?.name,
  };
}

const SHEET = '自评表';
const seed = (): Grid => seedGrid(SHEET);

describe.each([
  ['Excel (Office.js)', officeWorld],
  ['in-memory workbook', memoryWorld],
] as const)('%s gateway', (_name, makeWorld) => {
  it('reads the active sheet into a grid the checker reads as the seed forms', async () => {
    const world = makeWorld([seed(), gridFromRows('备注', [['说明']])]);
    const read = await world.gateway.readSheets('active');
    expect(read.truncated).toEqual([]);
    expect(read.grids.map((g) => g.sheet)).toEqual([SHEET]);
    const forms = readWorkbook(read.grids).flatMap((r) => (r.kind === 'forms' ? r.forms : []));
    expect(forms).toHaveLength(8);
    expect(forms[0]!.header.projectName).toEqual({ cell: 'C7', text: '财政拨款工会经费' });
  });

  it('reads every sheet on request', async () => {
    const world = makeWorld([seed(), gridFromRows('备注', [['说明']])]);
    const read = await world.gateway.readSheets('all');
    expect(read.grids.map((g) => g.sheet)).toEqual([SHEET, '备注']);
    expect(read.grids[1]!.cell(0, 0).text).toBe('说明');
  });

  it('reads an empty sheet as an empty grid', async () => {
    const world = makeWorld([gridFromRows('空表', [])]);
    const read = await world.gateway.readSheets('active');
    expect(read.grids).toHaveLength(1);
    expect(read.grids[0]!.rowCount).toBe(0);
  });

  it('reads a sheet larger than the bound up to it and says how large it was', async () => {
    const rows = Array.from({ length: READ_LIMITS.rows + 5 }, (_, r) => [`行${r + 1}`]);
    rows[3] = [...rows[3]!, ...Array.from({ length: READ_LIMITS.columns + 2 }, () => 'x')];
    const world = makeWorld([gridFromRows('大表', rows)]);
    const read = await world.gateway.readSheets('active');
    expect(read.truncated).toEqual([
      { sheet: '大表', rows: READ_LIMITS.rows + 5, columns: READ_LIMITS.columns + 3 },
    ]);
    expect(read.grids[0]!.rowCount).toBe(READ_LIMITS.rows);
    expect(read.grids[0]!.columnCount).toBe(READ_LIMITS.columns);
  });

  it('colours finding cells by severity and restores the exact original fills, "no fill" included', async () => {
    const world = makeWorld([seed()]);
    world.setFill(SHEET, 'H84', '#00B050');
    await world.gateway.applyHighlights([
      { sheet: SHEET, cell: 'G24', severity: 'warning' },
      { sheet: SHEET, cell: 'H84', severity: 'error' },
      { sheet: SHEET, cell: 'A15', severity: 'info' },
    ]);
    expect([world.fill(SHEET, 'G24'), world.fill(SHEET, 'H84'), world.fill(SHEET, 'A15')]).toEqual([
      SEVERITY_FILLS.warning,
      SEVERITY_FILLS.error,
      SEVERITY_FILLS.info,
    ]);
    await world.gateway.clearHighlights();
    expect([world.fill(SHEET, 'G24'), world.fill(SHEET, 'H84'), world.fill(SHEET, 'A15')]).toEqual([
      null,
      '#00B050',
      null,
    ]);
  });

  it('a new check first restores the previous highlights', async () => {
    const world = makeWorld([seed()]);
    world.setFill(SHEET, 'B25', '#FFFF00');
    await world.gateway.applyHighlights([
      { sheet: SHEET, cell: 'G24', severity: 'warning' },
      { sheet: SHEET, cell: 'B25', severity: 'error' },
    ]);
    await world.gateway.applyHighlights([{ sheet: SHEET, cell: 'B25', severity: 'warning' }]);
    expect(world.fill(SHEET, 'G24')).toBeNull();
    expect(world.fill(SHEET, 'B25')).toBe(SEVERITY_FILLS.warning);
    await world.gateway.clearHighlights();
    expect(world.fill(SHEET, 'B25')).toBe('#FFFF00');
  });

  it('one cell with several findings takes the most severe colour', async () => {
    const world = makeWorld([seed()]);
    await world.gateway.applyHighlights([
      { sheet: SHEET, cell: 'G24', severity: 'info' },
      { sheet: SHEET, cell: 'g24', severity: 'error' },
      { sheet: SHEET, cell: 'G24', severity: 'warning' },
    ]);
    expect(world.fill(SHEET, 'G24')).toBe(SEVERITY_FILLS.error);
    await world.gateway.clearHighlights();
    expect(world.fill(SHEET, 'G24')).toBeNull();
  });

  it('keeps a colour the user gave a highlighted cell since', async () => {
    const world = makeWorld([seed()]);
    await world.gateway.applyHighlights([{ sheet: SHEET, cell: 'G24', severity: 'error' }]);
    world.setFill(SHEET, 'G24', '#7030A0');
    await world.gateway.clearHighlights();
    expect(world.fill(SHEET, 'G24')).toBe('#7030A0');
  });

  it('clears after the pane was closed and opened again: the record is kept in the workbook', async () => {
    const world = makeWorld([seed()]);
    await world.gateway.applyHighlights([{ sheet: SHEET, cell: 'E93', severity: 'error' }]);
    await world.reopen().clearHighlights();
    expect(world.fill(SHEET, 'E93')).toBeNull();
  });

  it('clearing with nothing highlighted changes nothing', async () => {
    const world = makeWorld([seed()]);
    world.setFill(SHEET, 'A1', '#123456');
    await world.gateway.clearHighlights();
    expect(world.fill(SHEET, 'A1')).toBe('#123456');
  });

  it('refuses a protected sheet before colouring anything', async () => {
    const world = makeWorld([seed()]);
    world.protect(SHEET);
    await expect(
      world.gateway.applyHighlights([{ sheet: SHEET, cell: 'G24', severity: 'error' }]),
    ).rejects.toMatchObject({ code: 'sheet-protected' });
    expect(world.fill(SHEET, 'G24')).toBeNull();
  });

  it('selects a cell on its sheet, activating the sheet', async () => {
    const world = makeWorld([gridFromRows('其他', [['x']]), seed()]);
    await world.gateway.selectCell(SHEET, 'H84');
    expect(world.activeSheet()).toBe(SHEET);
    expect(world.selection()).toEqual({ sheet: SHEET, cell: 'H84' });
  });

  it('says which sheet is missing', async () => {
    const world = makeWorld([seed()]);
    await expect(world.gateway.selectCell('没有这张表', 'A1')).rejects.toMatchObject({
      code: 'sheet-not-found',
    });
    await expect(
      world.gateway.applyHighlights([{ sheet: '没有这张表', cell: 'A1', severity: 'error' }]),
    ).rejects.toMatchObject({ code: 'sheet-not-found' });
  });
});

describe('Excel (Office.js) gateway, as Excel sees it', () => {
  function stacked(forms: number): Grid {
    const one = seedGrid(SHEET);
    const rows: string[][] = [];
    for (let i = 0; i < forms; i++) {
      for (let r = 2; r < 25; r++)
        rows.push(Array.from({ length: one.columnCount }, (_, c) => one.cell(r, c).text));
      rows.push([]);
    }
    return gridFromRows(SHEET, rows);
  }

  it.each([1, 10, 100])('reads %i stacked forms in at most 2 syncs', async (forms) => {
    const world = officeWorld([stacked(forms)]);
    const read = await world.gateway.readSheets('active');
    const found = readWorkbook(read.grids).flatMap((r) => (r.kind === 'forms' ? r.forms : []));
    // 24 rows a form: forms starting past row 2 000 are beyond the read bound, and the read says so.
    const rows = forms * 24;
    expect(found).toHaveLength(Math.min(forms, Math.ceil(READ_LIMITS.rows / 24)));
    expect(read.truncated.length).toBe(rows > READ_LIMITS.rows ? 1 : 0);
    expect(world.excel.syncs).toBeLessThanOrEqual(2);
  });

  it('reads every sheet in 2 syncs and highlights and clears in 2 each', async () => {
    const world = officeWorld([seed(), gridFromRows('备注', [['说明']]), stacked(10)]);
    await world.gateway.readSheets('all');
    expect(world.excel.syncs).toBe(2);
    world.excel.syncs = 0;
    const findings = checkReadings(readWorkbook([seed()])).findings;
    await world.gateway.applyHighlights(
      findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })),
    );
    expect(world.excel.syncs).toBe(2);
    world.excel.syncs = 0;
    await world.gateway.clearHighlights();
    expect(world.excel.syncs).toBe(2);
  });

  it('keeps the origin of a form that starts away from A1 and maps merged areas', async () => {
    const grid = gridFromRows('偏移', [['项目名称', '', '示例']], {
      origin: { row: 39, col: 2 },
      merges: [{ top: 39, left: 2, bottom: 39, right: 3 }],
    });
    const world = officeWorld([grid]);
    const read = await world.gateway.readSheets('active');
    expect(read.grids[0]!.cell(39, 2).text).toBe('项目名称');
    expect(read.grids[0]!.cell(39, 4).text).toBe('示例');
    expect(read.grids[0]!.merges).toEqual([{ top: 39, left: 2, bottom: 39, right: 3 }]);
  });

  it('reads no merges, rather than failing, where ExcelApi 1.13 is missing', async () => {
    const grid = gridFromRows('S', [['项目名称', '', 'x']], {
      merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    });
    const world = officeWorld([grid]);
    world.excel.supported.delete('1.13');
    const read = await world.gateway.readSheets('active');
    expect(read.grids[0]!.merges).toEqual([]);
    expect(read.grids[0]!.cell(0, 2).text).toBe('x');
  });

  it('writes nothing but the fills of the finding cells', async () => {
    const world = officeWorld([seed()]);
    await world.gateway.readSheets('active');
    await world.gateway.applyHighlights([
      { sheet: SHEET, cell: 'G24', severity: 'warning' },
      { sheet: SHEET, cell: 'H84', severity: 'error' },
    ]);
    await world.gateway.clearHighlights();
    const writes = world.excel.writes.map((w) => w.write);
    expect(new Set(writes.map((w) => w.kind))).toEqual(new Set(['fill', 'clear-fill']));
    expect(new Set(writes.map((w) => ('cell' in w ? w.cell : '')))).toEqual(new Set(['G24', 'H84']));
  });

  it('restores a patterned fill with its pattern', async () => {
    const world = officeWorld([seed()]);
    world.excel.sheet(SHEET)!.fills.set('C7', { color: '#FF0000', pattern: 'Gray25' });
    await world.gateway.applyHighlights([{ sheet: SHEET, cell: 'C7', severity: 'error' }]);
    await world.gateway.clearHighlights();
    expect(world.excel.fillOf(SHEET, 'C7')).toEqual({ color: '#FF0000', pattern: 'Gray25' });
  });

  it('keeps its record in the document settings, saved, and removes it once cleared', async () => {
    const world = officeWorld([seed()]);
    await world.gateway.applyHighlights([{ sheet: SHEET, cell: 'G24', severity: 'warning' }]);
    expect(JSON.parse(String(world.excel.settings.get(HIGHLIGHT_SETTING)))).toEqual({
      version: 1,
      cells: [{ sheet: SHEET, cell: 'G24', original: null, applied: SEVERITY_FILLS.warning }],
    });
    expect(world.excel.settings.saves).toBe(1);
    await world.gateway.clearHighlights();
    expect(world.excel.settings.get(HIGHLIGHT_SETTING)).toBeNull();
  });

  it('ignores a damaged record instead of restoring from it', async () => {
    const world = officeWorld([seed()]);
    world.excel.settings.set(HIGHLIGHT_SETTING, '{"version":1,"cells":[{"sheet":1}]');
    world.excel.sheet(SHEET)!.fills.set('A1', { color: '#123456', pattern: 'Solid' });
    await world.gateway.clearHighlights();
    expect(world.excel.fillOf(SHEET, 'A1')).toEqual({ color: '#123456', pattern: 'Solid' });
  });

  it('refuses to run on an Excel without ExcelApi 1.9, and outside Excel', async () => {
    const world = officeWorld([seed()]);
    world.excel.supported.delete('1.9');
    await expect(world.gateway.readSheets('active')).rejects.toMatchObject({ code: 'api-unsupported' });
    const outside = new OfficeGateway();
    await expect(outside.readSheets('active')).rejects.toEqual(new GatewayError('not-excel'));
  });

  it("reads merged areas from Excel's address list, whatever the sheet is called", () => {
    expect(parseAreas("'a,b''s'!A1:B2,'a,b''s'!$C$3:$D$4, Sheet1!E5")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(READ_BOUND).toBe('A1:AX2000');
  });
});
