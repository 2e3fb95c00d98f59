/**
 * The preview's workbook: an in-memory workbook (the one the tests of the Excel adapter use),
 * the gateway the task pane talks to, and the picture of it that the grid view draws.
 */
import { gridFromDelimited, parseA1, type Grid } from '../core/grid';
import type { WorkbookGateway } from '../excel/gateway';
import { MemoryGateway, MemoryWorkbook } from '../excel/memory-gateway';
import sampleText from '../../samples/seed-forms.tsv';
import type { SheetPicture } from './GridView';
import { observedGateway } from './observed-gateway';

/** The name the sample forms' sheet gets in the preview. */
export const SAMPLE_SHEET = '自评表样例';

export function sampleGrids(): Grid[] {
  return [gridFromDelimited(SAMPLE_SHEET, sampleText, '\t')];
}

/** Tells the page that the workbook may have changed (highlights, selection, a new sheet). */
export const workbookChanges = (() => {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    notify(): void {
      version++;
      for (const listener of listeners) listener();
    },
  };
})();

export interface WorkbookPicture {
  readonly sheetNames: readonly string[];
  readonly sheet: SheetPicture | undefined;
  readonly selection: { readonly row: number; readonly col: number } | undefined;
}

export interface LoadedWorkbook {
  /** Changes with every load, so the task pane starts afresh on a new workbook. */
  readonly id: number;
  /** Where the workbook came from (a file name, or the sample forms). */
  readonly source: string;
  readonly gateway: WorkbookGateway;
  picture(): WorkbookPicture;
  activate(sheet: string): void;
}

let loads = 0;

export function loadWorkbook(grids: readonly Grid[], source: string): LoadedWorkbook {
  const workbook = MemoryWorkbook.fromGrids(grids);
  const gateway = observedGateway(new MemoryGateway(workbook), workbookChanges.notify);
  return {
    id: ++loads,
    source,
    gateway,
    picture: () => pictureOf(workbook),
    activate: (sheet) => {
      workbook.activate(sheet);
      workbookChanges.notify();
    },
  };
}

function pictureOf(workbook: MemoryWorkbook): WorkbookPicture {
  const active = workbook.activeSheet;
  const sheetNames = workbook.sheets.map((s) => s.name);
  if (!active) return { sheetNames, sheet: undefined, selection: undefined };
  const grid = active.grid;
  const sheet: SheetPicture = {
    name: active.name,
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    merges: grid.merges,
    text: (row, col) => grid.cell(row, col).text,
    fill: (row, col) => active.fillAt(row, col),
  };
  const selected = workbook.selection ? parseA1(workbook.selection) : undefined;
  return { sheetNames, sheet, selection: selected };
}
