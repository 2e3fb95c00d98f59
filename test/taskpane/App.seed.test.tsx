/** The pane with the real checker on the seed forms: what the clerk sees after 检查本表. */
import './dom-setup';
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkGrids } from '../../src/core/check';
import { SEVERITIES } from '../../src/core/finding';
import { gridFromRows } from '../../src/core/grid';
import { renderMessage } from '../../src/core/i18n';
import { App } from '../../src/taskpane/App';
import { countBySeverity } from '../../src/taskpane/results';
import { STRINGS } from '../../src/taskpane/strings';
import { seedGrid, seedGridWith } from '../fixtures/seed';
import { FakeGateway } from './fake-gateway';

const zh = STRINGS['zh-CN'];

async function checkWith(gateway: FakeGateway, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const user = userEvent.setup();
  render(<App gateway={gateway} locale={locale} />);
  await user.click(screen.getByRole('button', { name: STRINGS[locale].checkSheet }));
  await waitFor(() => expect(screen.getByRole('button', { name: STRINGS[locale].checkSheet })).toBeEnabled());
  return user;
}

describe('task pane with the real checker', () => {
  test('the seed forms: one summary per form, every finding listed and highlighted, counts agree', async () => {
    const gateway = new FakeGateway([seedGrid()]);
    const expected = checkGrids([seedGrid()], { locale: 'zh-CN' });
    await checkWith(gateway);

    expect(screen.getAllByTestId('form-summary')).toHaveLength(expected.forms.length);
    expect(expected.forms.length).toBeGreaterThan(1);
    expect(screen.queryAllByTestId('finding')).toHaveLength(expected.findings.length);
    expect(gateway.highlights).toEqual(
      expected.findings.map(({ sheet, cell, severity }) => ({ sheet, cell, severity })),
    );
    const counts = countBySeverity(expected.findings);
    for (const severity of SEVERITIES) {
      expect(screen.getByTestId('severity-counts')).toHaveTextContent(
        zh.severityCount(severity, counts[severity]),
      );
    }
  });

  test('an injected fault shows up with its message and selects its cell', async () => {
    const clean = checkGrids([seedGrid()], { locale: 'zh-CN' });
    const broken = seedGridWith({ H17: '' });
    const faulty = checkGrids([broken], { locale: 'zh-CN' });
    const added = faulty.findings.filter(
      (f) => !clean.findings.some((c) => c.rule === f.rule && c.cell === f.cell && c.sheet === f.sheet),
    );
    expect(added.length).toBeGreaterThan(0);

    const gateway = new FakeGateway([broken]);
    const user = await checkWith(gateway);
    const item = screen
      .getAllByTestId('finding')
      .find(
        (element) => within(element).getByTestId('finding-cell').textContent === `自评表!${added[0].cell}`,
      );
    expect(item).toBeDefined();
    expect(item).toHaveTextContent(renderMessage(added[0], 'zh-CN'));
    await user.click(item as HTMLElement);
    expect(gateway.callsOf('selectCell').at(-1)).toEqual({
      method: 'selectCell',
      sheet: '自评表',
      cell: added[0].cell,
    });
  });

  test('a sheet that is not a form says so in words', async () => {
    const gateway = new FakeGateway([
      gridFromRows('购物清单', [
        ['苹果', 3],
        ['梨', 5],
      ]),
    ]);
    await checkWith(gateway, 'en-US');
    expect(screen.getByTestId('not-a-form')).toHaveTextContent(
      STRINGS['en-US'].notAForm(STRINGS['en-US'].sheetLevel('购物清单')),
    );
  });
});
