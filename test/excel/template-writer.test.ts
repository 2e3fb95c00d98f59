import { buildTemplate, type TemplateLayout } from '../../src/core/template';
import { columnWidthPoints, writeTemplate } from '../../src/excel/template-writer';

/** One thing the writer did: a property set or a method call on a proxy object, or a sync. */
type Op =
  | {
      readonly kind: 'set';
      readonly sheet: string;
      readonly target: string;
      readonly path: string;
      readonly value: unknown;
    }
  | {
      readonly kind: 'call';
      readonly sheet: string;
      readonly target: string;
      readonly path: string;
      readonly args: unknown[];
    }
  | { readonly kind: 'sync' }
  | { readonly kind: 'suspend' };

/**
 * A stand-in for an Office.js proxy object: every property read gives another recorder, every
 * assignment and call is logged against the sheet and range it was made on.
 */
function recorder(log: Op[], sheet: string, target: string, path: string): unknown {
  const callable = function () {} as unknown as object;
  return new Proxy(callable, {
    get(_, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      return recorder(log, sheet, target, path ? `${path}.${prop}` : prop);
    },
    set(_, prop, value) {
      log.push({ kind: 'set', sheet, target, path: path ? `${path}.${String(prop)}` : String(prop), value });
      return true;
    },
    apply(_, __, args: unknown[]) {
      log.push({ kind: 'call', sheet, target, path, args });
      if (path === 'getRange') return recorder(log, sheet, String(args[0]), '');
      if (path.endsWith('getItem')) return recorder(log, sheet, target, `${path}(${String(args[0])})`);
      return recorder(log, sheet, target, `${path}()`);
    },
  });
}

interface FakeWorkbook {
  readonly context: Excel.RequestContext;
  readonly log: Op[];
  /** Anything read from an existing sheet other than its name. */
  readonly touched: string[];
  readonly added: string[];
}

function fakeWorkbook(
  existing: readonly string[],
  options: { readonly suspend?: boolean } = {},
): FakeWorkbook {
  const log: Op[] = [];
  const touched: string[] = [];
  const added: string[] = [];
  const items = existing.map(
    (name) =>
      new Proxy(
        { name },
        {
          get(target, prop) {
            if (prop === 'name') return target.name;
            touched.push(`${name}.${String(prop)}`);
            return undefined;
          },
          set(_, prop) {
            touched.push(`${name}.${String(prop)}=`);
            return true;
          },
        },
      ),
  );
  let loaded = false;
  const worksheets = {
    get items() {
      if (!loaded) throw new Error('items read before load + sync');
      return items;
    },
    load(what: string) {
      expect(what).toMatch(/name/);
      log.push({ kind: 'call', sheet: '', target: 'worksheets', path: 'load', args: [what] });
    },
    add(name: string) {
      added.push(name);
      return recorder(log, name, '', '');
    },
  };
  const context = {
    workbook: { worksheets },
    ...(options.suspend === false
      ? {}
      : { application: { suspendApiCalculationUntilNextSync: () => log.push({ kind: 'suspend' }) } }),
    sync: async () => {
      if (log.some((op) => op.kind === 'call' && op.path === 'load')) loaded = true;
      log.push({ kind: 'sync' });
    },
  };
  return { context: context as unknown as Excel.RequestContext, log, touched, added };
}

const sets = (log: readonly Op[], path: string) =>
  log.filter((op): op is Extract<Op, { kind: 'set' }> => op.kind === 'set' && op.path === path);
const calls = (log: readonly Op[], path: string) =>
  log.filter((op): op is Extract<Op, { kind: 'call' }> => op.kind === 'call' && op.path === path);

describe('writeTemplate (Office.js)', () => {
  const layout: TemplateLayout = buildTemplate({
    year: 2025,
    variant: 'seed',
    projectName: '社区养老服务补助',
  });

  it('loads the sheet names once, then writes everything in one batch and one sync', async () => {
    const book = fakeWorkbook(['Sheet1']);
    const name = await writeTemplate(book.context, layout);
    expect(name).toBe('绩效自评表');
    expect(book.added).toEqual(['绩效自评表']);
    const kinds = book.log.map((op) => (op.kind === 'call' || op.kind === 'set' ? 'write' : op.kind));
    const syncs = kinds.flatMap((kind, i) => (kind === 'sync' ? [i] : []));
    expect(syncs).toHaveLength(2);
    // load, sync, then every write of the template, then the one closing sync.
    expect(book.log[0]).toMatchObject({ kind: 'call', path: 'load' });
    expect(syncs[0]).toBe(1);
    expect(syncs[1]).toBe(book.log.length - 1);
    expect(kinds.indexOf('suspend')).toBe(2);
  });

  it('needs only the one sync when the caller knows the sheet names', async () => {
    const book = fakeWorkbook([]);
    await writeTemplate(book.context, layout, ['绩效自评表', '绩效自评表 (2)']);
    expect(book.added).toEqual(['绩效自评表 (3)']);
    expect(book.log.filter((op) => op.kind === 'sync')).toHaveLength(1);
    expect(book.log.at(-1)).toEqual({ kind: 'sync' });
  });

  it('picks the next free name when 绩效自评表 exists and never touches other sheets', async () => {
    const book = fakeWorkbook(['绩效自评表', 'Data']);
    expect(await writeTemplate(book.context, layout)).toBe('绩效自评表 (2)');
    expect(book.added).toEqual(['绩效自评表 (2)']);
    expect(book.touched).toEqual([]);
    expect(new Set(book.log.flatMap((op) => ('sheet' in op && op.sheet ? [op.sheet] : [])))).toEqual(
      new Set(['绩效自评表 (2)']),
    );
  });

  it('activates the new sheet and puts the cursor on 项目名称', async () => {
    const book = fakeWorkbook(['Sheet1']);
    await writeTemplate(book.context, layout);
    expect(calls(book.log, 'activate')).toEqual([
      expect.objectContaining({ sheet: '绩效自评表', target: '' }),
    ]);
    expect(calls(book.log, 'select')).toEqual([expect.objectContaining({ target: 'C3' })]);
  });

  it('still writes when the host cannot suspend calculation', async () => {
    const book = fakeWorkbook(['Sheet1'], { suspend: false });
    await expect(writeTemplate(book.context, layout)).resolves.toBe('绩效自评表');
    expect(book.log.some((op) => op.kind === 'suspend')).toBe(false);
  });

  it('writes values and formulas as one matrix, then merges, formats, validations and print setup', async () => {
    const book = fakeWorkbook([]);
    await writeTemplate(book.context, layout);
    const [matrix] = sets(book.log, 'formulas');
    expect(matrix?.target).toBe('A1:H21');
    const rows = matrix?.value as (string | number)[][];
    expect(rows).toHaveLength(21);
    expect(rows[0]).toHaveLength(8);
    expect(rows[2]?.[0]).toBe('项目名称');
    expect(rows[2]?.[2]).toBe('社区养老服务补助');
    expect(rows[6]?.[5]).toBe(10);
    expect(rows[6]?.[6]).toBe('=IFERROR(E7/D7,"")');
    expect(rows[20]?.[1]).toMatch(/^=.*SUM\(G12:G20\)/);

    expect(calls(book.log, 'merge').map((op) => op.target)).toEqual([...layout.merges]);
    expect(sets(book.log, 'numberFormat')).toContainEqual(
      expect.objectContaining({ target: 'G7', value: [['0.00%']] }),
    );
    // Input cells are tinted over their whole merge, labels are not.
    expect(sets(book.log, 'format.fill.color')).toContainEqual(expect.objectContaining({ target: 'C3:H3' }));
    expect(sets(book.log, 'format.fill.color').some((op) => op.target === 'A3:B3')).toBe(false);
    expect(sets(book.log, 'format.columnWidth').map((op) => [op.target, op.value])).toEqual(
      layout.columnWidths.map((width, i) => {
        const letter = String.fromCharCode(65 + i);
        return [`${letter}:${letter}`, columnWidthPoints(width)];
      }),
    );
    expect(sets(book.log, 'format.borders.getItem(InsideVertical).style')).toEqual([
      expect.objectContaining({ target: 'A3:H21', value: 'Continuous' }),
    ]);

    const rules = sets(book.log, 'dataValidation.rule');
    expect(rules).toHaveLength(layout.validations.length);
    expect(rules).toContainEqual(
      expect.objectContaining({
        target: 'G12',
        value: { decimal: { formula1: 0, formula2: '=F12', operator: 'Between' } },
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({
        target: 'F12',
        value: { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({
        target: 'C5',
        value: { list: { inCellDropDown: true, source: '延续性项目,一次性项目,新增项目' } },
      }),
    );
    expect(sets(book.log, 'dataValidation.prompt')[0]?.value).toMatchObject({ showPrompt: true });

    expect(sets(book.log, 'pageLayout.paperSize')[0]?.value).toBe('A4');
    expect(sets(book.log, 'pageLayout.orientation')[0]?.value).toBe('Portrait');
    expect(calls(book.log, 'pageLayout.setPrintTitleRows')[0]?.args).toEqual(['$1:$2']);
    expect(sets(book.log, 'pageLayout.zoom')[0]?.value).toEqual({ horizontalFitToPages: 1 });
  });

  it('keeps text that starts like a formula as text', async () => {
    const book = fakeWorkbook([]);
    await writeTemplate(
      book.context,
      buildTemplate({ year: 2025, variant: 'national', projectName: '=项目' }),
    );
    const rows = sets(book.log, 'formulas')[0]?.value as (string | number)[][];
    expect(rows[2]?.[2]).toBe("'=项目");
    expect(sets(book.log, 'formulas')[0]?.target).toBe('A1:I22');
    expect(sets(book.log, 'pageLayout.orientation')[0]?.value).toBe('Landscape');
    // The national 执行率得分 spans H6:I6; its number format goes on the one cell that holds it.
    expect(sets(book.log, 'numberFormat')).toContainEqual(
      expect.objectContaining({ target: 'H6', value: [['0.00']] }),
    );
    expect(sets(book.log, 'numberFormat').every((op) => !op.target.includes(':'))).toBe(true);
  });
});
