/** A small typed WorkbookGateway that records every call, for task-pane tests. */
import type { Grid } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';
import type { TemplateOptions } from '../../src/core/template';
import type { HighlightRequest, SheetRead, WorkbookGateway } from '../../src/excel/gateway';

export type GatewayCall =
  | { readonly method: 'readSheets'; readonly scope: 'active' | 'all' }
  | { readonly method: 'applyHighlights'; readonly highlights: readonly HighlightRequest[] }
  | { readonly method: 'clearHighlights' }
  | { readonly method: 'selectCell'; readonly sheet: string; readonly cell: string }
  | { readonly method: 'insertTemplate'; readonly options: TemplateOptions };

export class FakeGateway implements WorkbookGateway {
  readonly calls: GatewayCall[] = [];
  /** Highlights currently on the sheet. */
  highlights: readonly HighlightRequest[] = [];
  read: SheetRead;
  failWith: Partial<Record<GatewayCall['method'], Error>> = {};
  templateSheet = '绩效自评表 (2)';

  constructor(grids: readonly Grid[] = [gridFromRows('Sheet1', [['项目名称', '示例项目']])]) {
    this.read = { grids, truncated: [] };
  }

  private fail(method: GatewayCall['method']): void {
    const error = this.failWith[method];
    if (error) throw error;
  }

  async readSheets(scope: 'active' | 'all'): Promise<SheetRead> {
    this.calls.push({ method: 'readSheets', scope });
    this.fail('readSheets');
    return this.read;
  }

  async applyHighlights(highlights: readonly HighlightRequest[]): Promise<void> {
    this.calls.push({ method: 'applyHighlights', highlights });
    this.fail('applyHighlights');
    this.highlights = highlights;
  }

  async clearHighlights(): Promise<void> {
    this.calls.push({ method: 'clearHighlights' });
    this.fail('clearHighlights');
    this.highlights = [];
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'selectCell', sheet, cell });
    this.fail('selectCell');
  }

  async insertTemplate(options: TemplateOptions): Promise<string> {
    this.calls.push({ method: 'insertTemplate', options });
    this.fail('insertTemplate');
    return this.templateSheet;
  }

  callsOf<M extends GatewayCall['method']>(method: M): Extract<GatewayCall, { method: M }>[] {
    return this.calls.filter((call): call is Extract<GatewayCall, { method: M }> => call.method === method);
  }
}
