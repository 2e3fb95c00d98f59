import './dom-setup';
import '@testing-library/jest-dom';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CheckResult, checkGrids } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { renderMessage, type Locale } from '../../src/core/i18n';
import { GatewayError, READ_LIMITS, type GatewayErrorCode } from '../../src/excel/gateway';
import { App } from '../../src/taskpane/App';
import { defaultTemplateYear } from '../../src/taskpane/components/TemplateForm';
import { STRINGS } from '../../src/taskpane/strings';
import { FakeGateway } from './fake-gateway';

const zh = STRINGS['zh-CN'];
const en = STRINGS['en-US'];

function finding(partial: Partial<Finding> & Pick<Finding, 'rule' | 'severity' | 'cell'>): Finding {
  return { sheet: 'Sheet1', messageId: partial.rule, data: {}, ...partial };
}

const FINDINGS: readonly Finding[] = [
  finding({ rule: 'funds/subtotal', severity: 'error', cell: 'C7', form: 0, expected: 120, actual: 100 }),
  finding({ rule: 'indicator/missing-deviation-reason', severity: 'warning', cell: 'H14', form: 0 }),
  finding({ rule: 'total/sum-mismatch', severity: 'error', cell: 'G30', form: 0, expected: 92, actual: 95 }),
  finding({ rule: 'indicator/target-not-quantified', severity: 'info', cell: 'D18', form: 1 }),
  finding({ rule: 'funds/execution-rate', severity: 'warning', cell: 'F40', form: 1 }),
];

const RESULT: CheckResult = {
  forms: [
    {
      sheet: 'Sheet1',
      range: 'A1:H31',
      project: '农村饮水安全工程',
      year: 2024,
      total: 95,
      computedTotal: 92,
      grade: '优',
    },
    { sheet: 'Sheet1', range: 'A33:H60', project: '', total: 80, computedTotal: 80, grade: '良' },
  ],
  findings: FINDINGS,
};

function fixedCheck(result: CheckResult = RESULT): jest.MockedFunction<typeof checkGrids> {
  return jest.fn<CheckResult, Parameters<typeof checkGrids>>(() => result);
}

async function renderAndCheck(
  options: { locale?: Locale; result?: CheckResult; gateway?: FakeGateway } = {},
) {
  const gateway = options.gateway ?? new FakeGateway();
  const check = fixedCheck(options.result);
  const locale = options.locale ?? 'zh-CN';
  const user = userEvent.setup();
  render(<App gateway={gateway} locale={locale} check={check} />);
  await user.click(screen.getByRole('button', { name: STRINGS[locale].checkSheet }));
  await waitFor(() => expect(screen.getByRole('button', { name: STRINGS[locale].checkSheet })).toBeEnabled());
  return { gateway, check, user };
}

function renderedCells(): string[] {
  return screen
    .getAllByTestId('finding')
    .map((item) => within(item).getByTestId('finding-cell').textContent ?? '');
}

describe('task pane: 检查本表', () => {
  test('shows the empty state before the first check', () => {
    render(<App gateway={new FakeGateway()} locale="zh-CN" check={fixedCheck()} />);
    expect(screen.getByText(zh.emptyState)).toBeInTheDocument();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });

  test('reads the active sheet, checks its grids, highlights every finding and lists them by form then severity', async () => {
    const { gateway, check } = await renderAndCheck();

    expect(gateway.callsOf('readSheets')).toEqual([{ method: 'readSheets', scope: 'active' }]);
    expect(check).toHaveBeenCalledWith(gateway.read.grids, { locale: 'zh-CN' });
    expect(gateway.highlights).toEqual(
      FINDINGS.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })),
    );

    const groups = screen.getAllByTestId('finding-group');
    expect(groups).toHaveLength(2);
    expect(within(groups[0]).getByRole('heading', { level: 3 })).toHaveTextContent(
      '农村饮水安全工程 · Sheet1!A1:H31',
    );
    expect(within(groups[1]).getByRole('heading', { level: 3 })).toHaveTextContent(
      `${zh.untitledProject} · Sheet1!A33:H60`,
    );
    // Form 1: errors (C7, G30) before the warning (H14); form 2: warning (F40) before info (D18).
    expect(renderedCells()).toEqual(['Sheet1!C7', 'Sheet1!G30', 'Sheet1!H14', 'Sheet1!F40', 'Sheet1!D18']);

    const counts = screen.getByTestId('severity-counts');
    expect(counts).toHaveTextContent(zh.severityCount('error', 2));
    expect(counts).toHaveTextContent(zh.severityCount('warning', 2));
    expect(counts).toHaveTextContent(zh.severityCount('info', 1));
  });

  test('each finding shows its message, expected and actual values', async () => {
    await renderAndCheck();
    const first = screen.getAllByTestId('finding')[0];
    expect(first).toHaveTextContent(renderMessage(FINDINGS[0], 'zh-CN'));
    expect(first).toHaveTextContent(`${zh.expected}: 120`);
    expect(first).toHaveTextContent(`${zh.actual}: 100`);
  });

  test('the form summary shows stated vs computed total and the grade', async () => {
    await renderAndCheck();
    const table = screen.getByRole('table', { name: zh.formsLabel });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual([zh.projectLabel, zh.totalStatedShort, zh.totalComputedShort, zh.gradeLabel]);
    const [first, second] = screen.getAllByTestId('form-summary');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['农村饮水安全工程', '95', '92', '优']);
    expect(
      within(second)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([zh.untitledProject, '80', '80', '良']);
  });

  test('checks every sheet when asked to', async () => {
    const gateway = new FakeGateway();
    const user = userEvent.setup();
    render(<App gateway={gateway} locale="zh-CN" check={fixedCheck()} />);
    await user.click(screen.getByRole('checkbox', { name: zh.checkAllSheets }));
    await user.click(screen.getByRole('button', { name: zh.checkSheet }));
    await waitFor(() =>
      expect(gateway.callsOf('readSheets')).toEqual([{ method: 'readSheets', scope: 'all' }]),
    );
  });

  test('says so when nothing is found', async () => {
    await renderAndCheck({ result: { forms: RESULT.forms, findings: [] } });
    expect(screen.getByText(zh.noFindings(2))).toBeInTheDocument();
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });
});

describe('task pane: selecting and navigating findings', () => {
  test('clicking a finding selects its cell', async () => {
    const { gateway, user } = await renderAndCheck();
    await user.click(screen.getAllByTestId('finding')[2]);
    expect(gateway.callsOf('selectCell')).toEqual([{ method: 'selectCell', sheet: 'Sheet1', cell: 'H14' }]);
    expect(screen.getByTestId('position')).toHaveTextContent('3 / 5');
    expect(screen.getAllByTestId('finding')[2]).toHaveAttribute('aria-current', 'true');
  });

  test('Enter and Space on a focused finding select its cell', async () => {
    const { gateway, user } = await renderAndCheck();
    const items = screen.getAllByTestId('finding');
    act(() => items[1].focus());
    await user.keyboard('{Enter}');
    act(() => items[3].focus());
    await user.keyboard(' ');
    expect(gateway.callsOf('selectCell').map((call) => call.cell)).toEqual(['G30', 'F40']);
  });

  test('next and previous walk the list in display order and wrap around', async () => {
    const { gateway, user } = await renderAndCheck();
    expect(screen.getByTestId('position')).toHaveTextContent('– / 5');
    const next = screen.getByRole('button', { name: zh.next });
    const previous = screen.getByRole('button', { name: zh.previous });

    await user.click(next);
    expect(screen.getByTestId('position')).toHaveTextContent('1 / 5');
    await user.click(next);
    await user.click(previous);
    await user.click(previous);
    expect(screen.getByTestId('position')).toHaveTextContent('5 / 5');

    expect(gateway.callsOf('selectCell').map((call) => call.cell)).toEqual(['C7', 'G30', 'C7', 'D18']);
  });

  test('the severity filter hides findings and navigation skips them; counts stay whole', async () => {
    const { gateway, user } = await renderAndCheck();
    await user.click(screen.getByRole('button', { name: zh.severityCount('error', 2) }));
    expect(renderedCells()).toEqual(['Sheet1!H14', 'Sheet1!F40', 'Sheet1!D18']);
    expect(screen.getByTestId('severity-counts')).toHaveTextContent(zh.severityCount('error', 2));

    await user.click(screen.getByRole('button', { name: zh.next }));
    expect(gateway.callsOf('selectCell').map((call) => call.cell)).toEqual(['H14']);
    expect(screen.getByTestId('position')).toHaveTextContent('1 / 3');

    await user.click(screen.getByRole('button', { name: zh.severityCount('warning', 2) }));
    await user.click(screen.getByRole('button', { name: zh.severityCount('info', 1) }));
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
    expect(screen.getByText(zh.hiddenByFilter)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: zh.severityCount('error', 2) }));
    expect(renderedCells()).toEqual(['Sheet1!C7', 'Sheet1!G30']);
  });
});

describe('task pane: 清除标记', () => {
  test('clears the highlights through the gateway and empties the list', async () => {
    const { gateway, user } = await renderAndCheck();
    expect(gateway.highlights).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: zh.clearMarks }));
    await waitFor(() => expect(screen.getByText(zh.marksCleared)).toBeInTheDocument());
    expect(gateway.callsOf('clearHighlights')).toHaveLength(1);
    expect(gateway.highlights).toEqual([]);
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });
});

describe('task pane: problems', () => {
  const codes: GatewayErrorCode[] = [
    'not-excel',
    'api-unsupported',
    'sheet-protected',
    'no-active-sheet',
    'sheet-not-found',
    'host-error',
  ];

  test.each(codes)('shows a clear zh-CN and en-US message for %s', async (code) => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const gateway = new FakeGateway();
      gateway.failWith.readSheets = new GatewayError(code, 'detail from the host');
      const { unmount } = render(<App gateway={gateway} locale={locale} check={fixedCheck()} />);
      await userEvent.setup().click(screen.getByRole('button', { name: STRINGS[locale].checkSheet }));
      const alert = await screen.findByTestId('pane-error');
      expect(alert).toHaveTextContent(STRINGS[locale].errors[code]);
      if (code === 'host-error') expect(alert).toHaveTextContent('detail from the host');
      expect(screen.queryAllByTestId('finding')).toHaveLength(0);
      unmount();
    }
  });

  test('an unexpected exception is shown, not swallowed', async () => {
    const gateway = new FakeGateway();
    gateway.failWith.readSheets = new Error('boom');
    render(<App gateway={gateway} locale="zh-CN" check={fixedCheck()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: zh.checkSheet }));
    expect(await screen.findByTestId('pane-error')).toHaveTextContent(zh.unexpectedError('boom'));
  });

  test('a protected sheet still lists the findings and says the marks could not be written', async () => {
    const gateway = new FakeGateway();
    gateway.failWith.applyHighlights = new GatewayError('sheet-protected');
    await renderAndCheck({ gateway });
    expect(screen.getByTestId('highlight-failed')).toHaveTextContent(zh.errors['sheet-protected']);
    expect(screen.getAllByTestId('finding')).toHaveLength(5);
  });

  test('says which sheet was read only in part', async () => {
    const gateway = new FakeGateway();
    gateway.read = { grids: gateway.read.grids, truncated: [{ sheet: '大表', rows: 5000, columns: 80 }] };
    await renderAndCheck({ gateway });
    expect(screen.getByTestId('truncated')).toHaveTextContent(
      zh.truncated('大表', 5000, 80, READ_LIMITS.rows, READ_LIMITS.columns),
    );
  });

  test('says when a sheet is not a form', async () => {
    const notAForm = finding({ rule: 'layout/not-a-form', severity: 'error', cell: 'A1', sheet: '备注' });
    await renderAndCheck({ result: { forms: [], findings: [notAForm] } });
    expect(screen.getByTestId('not-a-form')).toHaveTextContent(zh.notAForm(zh.sheetLevel('备注')));
  });

  test('buttons are disabled and a spinner shows while the check runs', async () => {
    const gateway = new FakeGateway();
    let release: () => void = () => undefined;
    const pending = new Promise<void>((resolve) => (release = resolve));
    const read = gateway.read;
    gateway.readSheets = async (scope) => {
      gateway.calls.push({ method: 'readSheets', scope });
      await pending;
      return read;
    };
    render(<App gateway={gateway} locale="zh-CN" check={fixedCheck()} />);
    await userEvent.setup().click(screen.getByRole('button', { name: zh.checkSheet }));
    expect(screen.getByRole('button', { name: zh.checkSheet })).toBeDisabled();
    expect(screen.getByRole('button', { name: zh.clearMarks })).toBeDisabled();
    expect(screen.getByText(zh.busyChecking)).toBeInTheDocument();
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('button', { name: zh.checkSheet })).toBeEnabled());
    expect(screen.queryByText(zh.busyChecking)).not.toBeInTheDocument();
  });
});

describe('task pane: languages', () => {
  test('renders in English for en-US, messages included', async () => {
    const { check } = await renderAndCheck({ locale: 'en-US' });
    expect(check).toHaveBeenCalledWith(expect.anything(), { locale: 'en-US' });
    expect(screen.getByRole('button', { name: en.clearMarks })).toBeInTheDocument();
    expect(screen.getByTestId('severity-counts')).toHaveTextContent(en.severityCount('warning', 2));
    expect(screen.getAllByTestId('finding')[0]).toHaveTextContent(renderMessage(FINDINGS[0], 'en-US'));
    expect(screen.queryByText(zh.checkSheet)).not.toBeInTheDocument();
  });

  test('the language menu switches the pane to English', async () => {
    const user = userEvent.setup();
    render(<App gateway={new FakeGateway()} locale="zh-CN" check={fixedCheck()} />);
    await user.click(screen.getByRole('button', { name: zh.language }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'English' }));
    expect(screen.getByRole('button', { name: en.checkSheet })).toBeInTheDocument();
  });
});

describe('task pane: 插入模板', () => {
  test('opens on the template form when asked, and inserts with the entered options', async () => {
    const gateway = new FakeGateway();
    const user = userEvent.setup();
    render(<App gateway={gateway} locale="zh-CN" initialView="template" check={fixedCheck()} />);
    expect(screen.getByRole('spinbutton', { name: zh.templateYear })).toHaveValue(defaultTemplateYear());
    expect(defaultTemplateYear(new Date(2026, 0, 5))).toBe(2025);

    const year = screen.getByRole('spinbutton', { name: zh.templateYear });
    await user.clear(year);
    await user.type(year, '2024');
    await user.type(
      screen.getByRole('textbox', { name: `${zh.templateProject}（${zh.templateOptional}）` }),
      ' 城乡供水一体化 ',
    );
    await user.type(
      screen.getByRole('textbox', { name: `${zh.templateDepartment}（${zh.templateOptional}）` }),
      '县水利局',
    );
    await user.click(screen.getByRole('radio', { name: zh.templateVariants.national }));
    await user.click(screen.getByRole('button', { name: zh.templateSubmit }));

    await waitFor(() =>
      expect(screen.getByText(zh.templateInserted(gateway.templateSheet))).toBeInTheDocument(),
    );
    expect(gateway.callsOf('insertTemplate')).toEqual([
      {
        method: 'insertTemplate',
        options: {
          year: 2024,
          variant: 'national',
          projectName: '城乡供水一体化',
          department: '县水利局',
          implementer: undefined,
        },
      },
    ]);
  });

  test('the 插入模板 button opens the form; a bad year is refused with a message', async () => {
    const gateway = new FakeGateway();
    const user = userEvent.setup();
    render(<App gateway={gateway} locale="zh-CN" check={fixedCheck()} />);
    await user.click(screen.getByRole('button', { name: zh.insertTemplate }));
    const year = screen.getByRole('spinbutton', { name: zh.templateYear });
    await user.clear(year);
    await user.type(year, '99');
    await user.click(screen.getByRole('button', { name: zh.templateSubmit }));
    expect(screen.getByText(zh.templateYearInvalid)).toBeInTheDocument();
    expect(gateway.callsOf('insertTemplate')).toHaveLength(0);
  });

  test('a protected workbook gets a clear message', async () => {
    const gateway = new FakeGateway();
    gateway.failWith.insertTemplate = new GatewayError('sheet-protected');
    const user = userEvent.setup();
    render(<App gateway={gateway} locale="en-US" initialView="template" check={fixedCheck()} />);
    await user.click(screen.getByRole('button', { name: en.templateSubmit }));
    expect(await screen.findByTestId('pane-error')).toHaveTextContent(en.errors['sheet-protected']);
  });
});

describe('task pane: opened from the ribbon', () => {
  test('autoCheck runs the check once on open', async () => {
    const gateway = new FakeGateway();
    render(<App gateway={gateway} locale="zh-CN" check={fixedCheck()} autoCheck />);
    await waitFor(() => expect(screen.getAllByTestId('finding')).toHaveLength(5));
    expect(gateway.callsOf('readSheets')).toHaveLength(1);
  });
});
