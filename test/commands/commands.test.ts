/** The ribbon's function file, run against a minimal Office global. */
import { GatewayError } from '../../src/excel/gateway';
import { CHECK_REQUEST_SETTING } from '../../src/taskpane/launch';
import { FakeGateway } from '../taskpane/fake-gateway';
import { MemorySettings } from '../taskpane/memory-settings';

let mockGateway = new FakeGateway();
jest.mock('../../src/taskpane/host-gateway', () => ({
  createHostGateway: () => mockGateway,
}));

type Handler = (event: { completed(): void }) => Promise<void>;

interface OfficeStub {
  readonly associated: Map<string, Handler>;
  readonly showAsTaskpane: jest.Mock<Promise<void>, []>;
  readonly settings: MemorySettings;
}

function installOffice(options: { sharedRuntime: boolean }): OfficeStub {
  const associated = new Map<string, Handler>();
  const showAsTaskpane = jest.fn<Promise<void>, []>(async () => undefined);
  const settings = new MemorySettings();
  Object.defineProperty(globalThis, 'Office', {
    configurable: true,
    writable: true,
    value: {
      onReady: jest.fn(async () => ({ host: 'Excel', platform: 'PC' })),
      actions: { associate: (id: string, handler: Handler) => associated.set(id, handler) },
      addin: { showAsTaskpane },
      context: {
        displayLanguage: 'zh-CN',
        requirements: { isSetSupported: (name: string) => name !== 'SharedRuntime' || options.sharedRuntime },
        document: { settings },
      },
    },
  });
  return { associated, showAsTaskpane, settings };
}

async function loadCommands(
  options = { sharedRuntime: true },
): Promise<OfficeStub & { checkSheet: Handler }> {
  const office = installOffice(options);
  jest.resetModules();
  await import('../../src/commands/commands');
  const checkSheet = office.associated.get('checkSheet');
  if (!checkSheet) throw new Error('checkSheet was not associated');
  return { ...office, checkSheet };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Office');
});

describe('commands.ts: ribbon 检查本表', () => {
  test('associates checkSheet; on success it reads, highlights, opens the pane and completes', async () => {
    mockGateway = new FakeGateway();
    const { checkSheet, showAsTaskpane, settings } = await loadCommands();
    const event = { completed: jest.fn() };
    await checkSheet(event);
    expect(mockGateway.callsOf('readSheets')).toEqual([{ method: 'readSheets', scope: 'active' }]);
    expect(mockGateway.callsOf('applyHighlights')).toHaveLength(1);
    expect(typeof settings.get(CHECK_REQUEST_SETTING)).toBe('number');
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('on failure it still completes the event (and still opens the pane, which explains)', async () => {
    mockGateway = new FakeGateway();
    mockGateway.failWith.readSheets = new GatewayError('no-active-sheet');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { checkSheet, showAsTaskpane } = await loadCommands();
    const event = { completed: jest.fn() };
    await checkSheet(event);
    expect(error).toHaveBeenCalled();
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  test('without a shared runtime it does not try to open the pane, and completes', async () => {
    mockGateway = new FakeGateway();
    const { checkSheet, showAsTaskpane } = await loadCommands({ sharedRuntime: false });
    const event = { completed: jest.fn() };
    await checkSheet(event);
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(mockGateway.callsOf('applyHighlights')).toHaveLength(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
