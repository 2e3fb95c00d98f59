/**
 * A typed in-memory stand-in for the part of the Excel object model the gateway uses. Like
 * Office.js, nothing loaded can be read before context.sync() (reading it throws), every sync is
 * counted, and every write is logged with the sync it belongs to.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the proxies' getters and setters reach the fake through `fake` */
import { parseRangeA1, rangeToA1, type CellRange, type Grid } from '../../src/core/grid';
import type { ExcelHost } from '../../src/excel/office-gateway';
import { MemorySettings } from '../taskpane/memory-settings';

export interface FakeFill {
  readonly color: string;
  readonly pattern: string;
}

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None' };

export interface FakeSheet {
  readonly name: string;
  readonly grid: Grid;
  readonly fills: Map<string, FakeFill>;
  protected: boolean;
}

export type Write =
  | {
      readonly kind: 'fill';
      readonly sheet: string;
      readonly cell: string;
      readonly color: string;
      readonly pattern?: string;
    }
  | { readonly kind: 'clear-fill'; readonly sheet: string; readonly cell: string }
  | { readonly kind: 'activate'; readonly sheet: string }
  | { readonly kind: 'select'; readonly sheet: string; readonly cell: string };

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before context.sync()`);
  }
}

/** A value that becomes readable at the next sync after load(). */
class Loadable<T> {
  private state: 'idle' | 'requested' | 'loaded' = 'idle';
  private snapshot: T | undefined;
  constructor(
    private readonly what: string,
    private readonly compute: () => T,
  ) {}
  request(pending: Loadable<unknown>[]): void {
    if (this.state === 'idle') {
      this.state = 'requested';
      pending.push(this as Loadable<unknown>);
    }
  }
  /** Resolves the value; returns its size as JSON, what the host would send back. */
  resolve(): number {
    this.snapshot = this.compute();
    this.state = 'loaded';
    try {
      return JSON.stringify(this.snapshot ?? null).length;
    } catch {
      return 0; // proxies (worksheets.items) are not data the host sends
    }
  }
  get value(): T {
    if (this.state !== 'loaded') throw new NotLoaded(this.what);
    return this.snapshot as T;
  }
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new MemorySettings();
  readonly writes: { readonly sync: number; readonly write: Write }[] = [];
  syncs = 0;
  /** JSON bytes of everything loaded so far (values, texts, formats, addresses…). */
  loadedBytes = 0;
  active: string;
  selection: { sheet: string; cell: string } | undefined;
  /** ExcelApi versions the host claims. */
  supported = new Set(['1.1', '1.4', '1.8', '1.9', '1.13']);
  private pending: Loadable<unknown>[] = [];

  constructor(grids: readonly Grid[]) {
    for (const grid of grids)
      this.sheets.push({ name: grid.sheet, grid, fills: new Map(), protected: false });
    this.active = grids[0]?.sheet ?? '';
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  fillOf(sheet: string, cell: string): FakeFill {
    return this.sheet(sheet)?.fills.get(cell) ?? NO_FILL;
  }

  host(): ExcelHost {
    return {
      run: (batch) => batch(this.context()),
      settings: this.settings,
      supports: (version) => this.supported.has(version),
    };
  }

  private log(write: Write): void {
    this.writes.push({ sync: this.syncs + 1, write });
  }

  private loadable<T>(what: string, compute: () => T): Loadable<T> {
    return new Loadable(what, compute);
  }

  context(): Excel.RequestContext {
    const context = {
      sync: async () => {
        this.syncs++;
        const pending = this.pending;
        this.pending = [];
        for (const item of pending) this.loadedBytes += item.resolve();
      },
      workbook: { worksheets: this.worksheets() },
    };
    return context as unknown as Excel.RequestContext;
  }

  private worksheets(): unknown {
    const items = this.loadable('worksheets.items', () =>
      this.sheets.map((s) => this.worksheet(s.name, true)),
    );
    const fake = this;
    return {
      load(): void {
        items.request(fake.pending);
      },
      get items() {
        return items.value;
      },
      getActiveWorksheet: () => this.worksheet(this.active, false),
      getItem: (name: string) => {
        if (!this.sheet(name))
          throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
        return this.worksheet(name, false);
      },
      getItemOrNullObject: (name: string) => this.worksheet(name, false),
    };
  }

  /** A worksheet proxy; `named` when it came from worksheets.items (its name is already loaded). */
  private worksheet(name: string, named: boolean): unknown {
    const fake = this;
    const nameValue = this.loadable(`${name}.name`, () => name);
    const exists = this.loadable(`${name}.isNullObject`, () => this.sheet(name) === undefined);
    const protectedValue = this.loadable(
      `${name}.protection.protected`,
      () => this.sheet(name)?.protected ?? false,
    );
    if (named) {
      nameValue.request([]);
      nameValue.resolve();
    }
    return {
      load(): void {
        nameValue.request(fake.pending);
        exists.request(fake.pending);
      },
      get name() {
        return nameValue.value;
      },
      get isNullObject() {
        return exists.value;
      },
      protection: {
        load(): void {
          protectedValue.request(fake.pending);
        },
        get protected() {
          return protectedValue.value;
        },
      },
      activate: () => {
        this.log({ kind: 'activate', sheet: name });
        this.active = name;
      },
      getUsedRangeOrNullObject: () => this.usedRange(name, undefined),
      getRange: (address: string) => this.range(name, address),
      getRanges: (addresses: string) => this.rangeAreas(name, addresses.split(',')),
    };
  }

  /** Bounding box of the non-empty cells, within `within` when given. */
  private usedRect(name: string, within: CellRange | undefined): CellRange | undefined {
    const grid = this.sheet(name)?.grid;
    if (!grid) return undefined;
    let rect: CellRange | undefined;
    const top = within?.top ?? 0;
    const left = within?.left ?? 0;
    const bottom = Math.min(within?.bottom ?? Infinity, grid.rowCount - 1);
    const right = Math.min(within?.right ?? Infinity, grid.columnCount - 1);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const cell = grid.cell(r, c);
        if (cell.value === null && cell.text === '') continue;
        rect = rect
          ? {
              top: Math.min(rect.top, r),
              left: Math.min(rect.left, c),
              bottom: Math.max(rect.bottom, r),
              right: Math.max(rect.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }
    }
    return rect;
  }

  private usedRange(name: string, within: CellRange | undefined): unknown {
    const fake = this;
    const grid = (): Grid => this.sheet(name)!.grid;
    let withCells = false;
    /** The rectangle, and the cells' values, texts and formats when they were asked for. */
    const loaded = this.loadable(`${name} used range`, () => {
      const rect = this.usedRect(name, within);
      if (!rect || !withCells) return { rect };
      const matrix = <T>(pick: (r: number, c: number) => T): T[][] =>
        Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
          Array.from({ length: rect.right - rect.left + 1 }, (_, j) => pick(rect.top + i, rect.left + j)),
        );
      return {
        rect,
        values: matrix((r, c) => grid().cell(r, c).value ?? ''),
        text: matrix((r, c) => grid().cell(r, c).text),
        numberFormat: matrix((r, c) => grid().cell(r, c).numberFormat ?? 'General'),
      };
    });
    const need = (): CellRange => {
      const at = loaded.value.rect;
      if (!at) throw new Error('InvalidOperation: the range is a null object');
      return at;
    };
    const cells = (): { values: unknown[][]; text: string[][]; numberFormat: string[][] } => {
      need();
      const { values, text, numberFormat } = loaded.value;
      if (!values || !text || !numberFormat) throw new NotLoaded(`${name} cells`);
      return { values, text, numberFormat };
    };
    return {
      load(props = ''): void {
        if (/values|text|numberFormat/.test(props)) withCells = true;
        loaded.request(fake.pending);
      },
      get isNullObject() {
        return loaded.value.rect === undefined;
      },
      get rowIndex() {
        return need().top;
      },
      get columnIndex() {
        return need().left;
      },
      get rowCount() {
        const at = need();
        return at.bottom - at.top + 1;
      },
      get columnCount() {
        const at = need();
        return at.right - at.left + 1;
      },
      get values() {
        return cells().values;
      },
      get text() {
        return cells().text;
      },
      get numberFormat() {
        return cells().numberFormat;
      },
    };
  }

  private range(name: string, address: string): unknown {
    const fake = this;
    const area = parseRangeA1(address);
    const fill = this.loadable(`${name}!${address} fill`, () => this.fillOf(name, address.toUpperCase()));
    return {
      getUsedRangeOrNullObject: () => this.usedRange(name, area),
      getMergedAreasOrNullObject: () => this.mergedAreas(name, area),
      select: () => {
        this.log({ kind: 'select', sheet: name, cell: address });
        this.selection = { sheet: name, cell: address };
      },
      format: {
        fill: {
          load(): void {
            fill.request(fake.pending);
          },
          get color() {
            return fill.value.color;
          },
          get pattern() {
            return fill.value.pattern;
          },
          set color(color: string) {
            fake.paint(name, address, color);
          },
          set pattern(pattern: string) {
            const cell = address.toUpperCase();
            const current = fake.fillOf(name, cell);
            fake.sheet(name)!.fills.set(cell, { ...current, pattern });
            fake.log({ kind: 'fill', sheet: name, cell, color: current.color, pattern });
          },
          clear: () => {
            this.sheet(name)!.fills.delete(address.toUpperCase());
            this.log({ kind: 'clear-fill', sheet: name, cell: address.toUpperCase() });
          },
        },
      },
    };
  }

  private paint(name: string, address: string, color: string): void {
    const cell = address.toUpperCase();
    const current = this.fillOf(name, cell);
    this.sheet(name)!.fills.set(cell, {
      color,
      pattern: current.pattern === 'None' ? 'Solid' : current.pattern,
    });
    this.log({ kind: 'fill', sheet: name, cell, color });
  }

  private rangeAreas(name: string, addresses: readonly string[]): unknown {
    const fake = this;
    return {
      format: {
        fill: {
          set color(color: string) {
            for (const address of addresses) fake.paint(name, address, color);
          },
        },
      },
    };
  }

  private mergedAreas(name: string, within: CellRange | undefined): unknown {
    const fake = this;
    const areas = this.loadable(`${name} merged areas`, () =>
      (this.sheet(name)?.grid.merges ?? []).filter(
        (m) => !within || (m.top <= within.bottom && m.left <= within.right),
      ),
    );
    const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return {
      load(): void {
        areas.request(fake.pending);
      },
      get isNullObject() {
        return areas.value.length === 0;
      },
      get address() {
        return areas.value.map((m) => `${quoted}!${rangeToA1(m)}`).join(',');
      },
    };
  }
}
