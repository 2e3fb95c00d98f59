import { GatewayError, type WorkbookGateway } from '../../src/excel/gateway';
import { observedGateway } from '../../src/preview/observed-gateway';

function fakeGateway(calls: string[]): WorkbookGateway {
  return {
    readSheets: async () => {
      calls.push('read');
      return { grids: [], truncated: [] };
    },
    applyHighlights: async () => {
      calls.push('apply');
    },
    clearHighlights: async () => {
      calls.push('clear');
    },
    selectCell: async (sheet, cell) => {
      calls.push(`select ${sheet}!${cell}`);
      if (sheet === 'missing') throw new GatewayError('sheet-not-found', sheet);
    },
    insertTemplate: async () => {
      calls.push('insert');
      return '绩效自评表';
    },
  };
}

describe('observedGateway', () => {
  it('passes every call through and reports each change after it happened', async () => {
    const calls: string[] = [];
    const gateway = observedGateway(fakeGateway(calls), () => calls.push('changed'));
    await gateway.readSheets('active');
    await gateway.applyHighlights([{ sheet: 'S', cell: 'A1', severity: 'error' }]);
    await gateway.selectCell('S', 'B2');
    expect(await gateway.insertTemplate({ year: 2024, variant: 'seed' })).toBe('绩效自评表');
    await gateway.clearHighlights();
    expect(calls).toEqual(['read', 'apply', 'changed', 'select S!B2', 'changed', 'insert', 'changed', 'clear', 'changed']);
  });

  it('keeps the error of a failed call and still reports a possible change', async () => {
    const calls: string[] = [];
    const gateway = observedGateway(fakeGateway(calls), () => calls.push('changed'));
    await expect(gateway.selectCell('missing', 'A1')).rejects.toMatchObject({ code: 'sheet-not-found' });
    expect(calls).toEqual(['select missing!A1', 'changed']);
  });
});
