import type { CheckResult, checkGrids } from '../../src/core/check';
import { checkSheetCommand } from '../../src/commands/ribbon-check';
import { GatewayError } from '../../src/excel/gateway';
import { CHECK_REQUEST_SETTING } from '../../src/taskpane/launch';
import { FakeGateway } from '../taskpane/fake-gateway';
import { MemorySettings } from '../taskpane/memory-settings';

const RESULT: CheckResult = {
  forms: [],
  findings: [
    {
      rule: 'funds/subtotal',
      severity: 'error',
      sheet: 'Sheet1',
      cell: 'C7',
      messageId: 'funds/subtotal',
      data: {},
    },
    {
      rule: 'text/truncated',
      severity: 'info',
      sheet: 'Sheet1',
      cell: 'B3',
      messageId: 'text/truncated',
      data: {},
    },
  ],
};

function setup(gateway = new FakeGateway()) {
  const check = jest.fn<CheckResult, Parameters<typeof checkGrids>>(() => RESULT);
  const settings = new MemorySettings();
  const showPane = jest.fn(async () => undefined);
  const report = jest.fn();
  const event = { completed: jest.fn() };
  const handler = checkSheetCommand({
    createGateway: () => gateway,
    locale: 'zh-CN',
    check,
    settings,
    showPane,
    report,
    now: () => 42,
  });
  return { gateway, check, settings, showPane, report, event, handler };
}

describe('ribbon 检查本表', () => {
  test('checks the active sheet, colours the findings, asks the pane for fresh results and opens it', async () => {
    const { gateway, check, settings, showPane, report, event, handler } = setup();
    await handler(event);
    expect(gateway.callsOf('readSheets')).toEqual([{ method: 'readSheets', scope: 'active' }]);
    expect(check).toHaveBeenCalledWith(gateway.read.grids, { locale: 'zh-CN' });
    expect(gateway.highlights).toEqual([
      { sheet: 'Sheet1', cell: 'C7', severity: 'error' },
      { sheet: 'Sheet1', cell: 'B3', severity: 'info' },
    ]);
    expect(settings.get(CHECK_REQUEST_SETTING)).toBe(42);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(report).not.toHaveBeenCalled();
  });

  test('a failing check still opens the pane (which explains it) and completes the event', async () => {
    const gateway = new FakeGateway();
    gateway.failWith.applyHighlights = new GatewayError('sheet-protected');
    const { showPane, report, event, handler } = setup(gateway);
    await handler(event);
    expect(report).toHaveBeenCalledWith(expect.any(String), gateway.failWith.applyHighlights);
    expect(showPane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('a pane that cannot open still completes the event', async () => {
    const { showPane, report, event, handler } = setup();
    showPane.mockRejectedValueOnce(new Error('no shared runtime'));
    await handler(event);
    expect(report).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('without settings or a pane, only the sheet is checked and coloured', async () => {
    const gateway = new FakeGateway();
    const event = { completed: jest.fn() };
    await checkSheetCommand({ createGateway: () => gateway, locale: 'en-US', check: () => RESULT })(event);
    expect(gateway.highlights).toHaveLength(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
