/**
 * The add-in in a real browser (Debian's chromium, headless): the preview page running the
 * task pane against the sample forms, and the task pane page as built. Nothing may leave
 * the machine: every non-loopback request is aborted and fails the test.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { checkGrids } from '../../src/core/check';
import { SEVERITIES, type Finding, type Severity } from '../../src/core/finding';
import { gridFromDelimited } from '../../src/core/grid';
import type { StaticServer } from '../../scripts/preview-server';
import { buildAddIn, openBrowser, REPO_ROOT, removeDir, serve, type BrowserSession } from './harness';

jest.setTimeout(60_000);

const SAMPLE_FILE = path.join(REPO_ROOT, 'samples/seed-forms.tsv');
/** The sample sheet's name in the preview (src/preview/workbook.ts; that module needs webpack to load). */
const SAMPLE_SHEET = '自评表样例';
const SCREENSHOTS = path.join(REPO_ROOT, 'docs');

let distDir: string | undefined;
let server: StaticServer;

beforeAll(async () => {
  distDir = await buildAddIn();
  server = await serve(distDir);
}, 170_000);

afterAll(async () => {
  await server?.close();
  removeDir(distDir);
});

function sampleFindings(): readonly Finding[] {
  const grid = gridFromDelimited(SAMPLE_SHEET, readFileSync(SAMPLE_FILE, 'utf8'), '\t');
  return checkGrids([grid], { locale: 'zh-CN' }).findings;
}

function expectStayedLocal(session: BrowserSession): void {
  expect(session.blocked).toEqual([]);
  expect(session.failed).toEqual([]);
  expect(session.consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual(
    [],
  );
}

function pane(page: Page): Locator {
  return page.locator('aside.pane-host');
}

function gridCell(page: Page, address: string): Locator {
  return page.locator(`table.grid td[data-cell="${address}"]`);
}

describe('preview page', () => {
  let session: BrowserSession;
  const expected = sampleFindings();

  beforeAll(async () => {
    session = await openBrowser('zh-CN');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the sample forms in the grid view and the task pane beside it', async () => {
    const { page } = session;
    await page.goto(`${server.url}/preview.html`);
    await page.locator(`table.grid[data-sheet="${SAMPLE_SHEET}"]`).waitFor();
    expect(await gridCell(page, 'A3').textContent()).toContain('绩效自评表');
    expect(await page.getByRole('tab').allTextContents()).toEqual([SAMPLE_SHEET]);
    await pane(page).getByRole('button', { name: '检查本表' }).waitFor();
    expect(await page.locator('table.grid td[data-fill]').count()).toBe(0);
    expectStayedLocal(session);
  });

  it('检查本表 lists the findings the checker gives for the sample forms and highlights their cells', async () => {
    const { page } = session;
    // The acceptance cells of DOMAIN.md §6 must be among them: a checker that finds nothing fails here.
    const expectedCells = expected.map((f) => f.cell);
    expect(expectedCells).toEqual(expect.arrayContaining(['G24', 'H84', 'E93']));

    await pane(page).getByRole('button', { name: '检查本表' }).click();
    await checkResult(page);
    const shown = await shownFindings(page);
    expect(shown.length).toBe(expected.length);
    expect(shown.map((f) => f.cell).sort()).toEqual([...expectedCells].sort());
    expect(new Set(shown.map((f) => f.sheet))).toEqual(new Set([SAMPLE_SHEET]));
    for (const severity of SEVERITIES) {
      const count = expected.filter((f) => f.severity === severity).length;
      expect(shown.filter((f) => f.severity === severity).length).toBe(count);
      expect(await severityCount(page, severity)).toBe(count);
    }
    const highlighted = await page
      .locator('table.grid td[data-fill]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-cell')));
    expect(new Set(highlighted)).toEqual(new Set(expectedCells));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-zh.png') });
    expectStayedLocal(session);
  });

  it('clicking a finding selects its cell in the grid and scrolls it into view', async () => {
    const { page } = session;
    for (const cell of ['H84', 'E93', 'G24']) {
      await findingItem(page, cell).first().click();
      await page.locator(`table.grid td[aria-selected="true"][data-cell="${cell}"]`).waitFor();
      expect(await page.locator('table.grid td[aria-selected="true"]').count()).toBe(1);
      await expectInView(page, gridCell(page, cell));
    }
  });

  it('清除标记 restores every fill', async () => {
    const { page } = session;
    await pane(page).getByRole('button', { name: '清除标记' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.grid td[data-fill]').length === 0);
    expect(await findingItems(page).count()).toBe(0);
  });

  it('插入模板 adds a sheet tab whose check finds no errors', async () => {
    const { page } = session;
    await pane(page).getByRole('button', { name: '插入模板' }).click();
    await pane(page).getByRole('button', { name: '插入', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.sheet-tabs [role=tab]').length === 2);
    const newTab = page.getByRole('tab').nth(1);
    expect(await newTab.textContent()).toMatch(/^绩效自评表/);
    expect(await newTab.getAttribute('aria-selected')).toBe('true');
    const templateSheet = (await newTab.textContent()) ?? '';
    await page.locator(`table.grid[data-sheet="${templateSheet}"]`).waitFor();
    expect(await page.locator('table.grid td').filter({ hasText: '总得分' }).count()).toBeGreaterThan(0);

    await pane(page).getByRole('button', { name: '检查本表' }).click();
    await checkResult(page);
    expect(await severityCount(page, 'error')).toBe(0);
    expect((await shownFindings(page)).filter((f) => f.severity === 'error')).toEqual([]);
    expect(await pane(page).getByTestId('not-a-form').count()).toBe(0);
    expect(await pane(page).getByTestId('form-summary').count()).toBe(1);
    expectStayedLocal(session);
  });

  it('switches the pane to English', async () => {
    const { page } = session;
    await page.goto(`${server.url}/preview.html`);
    await pane(page).getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await pane(page).getByRole('button', { name: 'Check this sheet' }).click();
    await checkResult(page);
    expect(await pane(page).textContent()).not.toMatch(/检查本表|清除标记|错误/);
    expect(await pane(page).getByRole('button', { name: 'Clear marks' }).count()).toBe(1);
    expect((await shownFindings(page)).length).toBe(expected.length);
    expect(await severityCount(page, 'error')).toBe(expected.filter((f) => f.severity === 'error').length);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-en.png') });
    expectStayedLocal(session);
  });

  it('opens an .xlsx the user picks, in the browser', async () => {
    const { page } = session;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('上传的表');
    const rows = readFileSync(SAMPLE_FILE, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.split('\t'));
    rows.forEach((row, r) =>
      row.forEach((text, c) => text !== '' && (sheet.getCell(r + 1, c + 1).value = text)),
    );
    sheet.mergeCells('A3:H3');
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.goto(`${server.url}/preview.html`);
    await page
      .getByTestId('open-xlsx')
      .setInputFiles({ name: 'forms.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.locator('table.grid[data-sheet="上传的表"]').waitFor();
    expect(await gridCell(page, 'A3').getAttribute('colspan')).toBe('8');
    await pane(page).getByRole('button', { name: '检查本表' }).click();
    await checkResult(page);
    expect((await shownFindings(page)).map((f) => f.cell)).toEqual(
      expect.arrayContaining(['G24', 'H84', 'E93']),
    );

    await page
      .getByTestId('open-xlsx')
      .setInputFiles({
        name: 'broken.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a zip'),
      });
    expect(await page.locator('.preview-bar [role=alert]').textContent()).toContain('broken.xlsx');
    expect(await page.locator('table.grid[data-sheet="上传的表"]').count()).toBe(1);
    expectStayedLocal(session);
  });
});

describe('task pane page as built', () => {
  it('renders outside Excel with its own office.js and no request leaving the machine', async () => {
    const session = await openBrowser('zh-CN');
    try {
      const { page } = session;
      await page.goto(`${server.url}/taskpane.html`);
      const message = page.getByRole('alert').filter({ hasText: /请在 Excel 中打开|Open in Excel/ });
      await message.waitFor();
      expect(await message.textContent()).toMatch(/Excel/);
      const officeJs = session.requested.filter((url) => /office\.js$/i.test(new URL(url).pathname));
      expect(officeJs.length).toBeGreaterThan(0);
      for (const url of officeJs) expect(new URL(url).origin).toBe(server.url);
      expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('object');
      await page.waitForTimeout(500);
      expectStayedLocal(session);
    } finally {
      await session.close();
    }
  });
});

// ------------------------------------------------------------------ reading the pane

interface ShownFinding {
  /** A1 address, from the item's `sheet!cell` label. */
  readonly cell: string;
  readonly sheet: string;
  readonly severity: string;
}

function findingItems(page: Page): Locator {
  return pane(page).getByTestId('finding');
}

function findingItem(page: Page, cell: string): Locator {
  return findingItems(page).filter({
    has: page.getByTestId('finding-cell').getByText(new RegExp(`!${cell}$`)),
  });
}

async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return findingItems(page).evaluateAll((items) =>
    items.map((item) => {
      const label = item.querySelector('[data-testid="finding-cell"]')?.textContent ?? '';
      const bang = label.lastIndexOf('!');
      return {
        sheet: label.slice(0, bang),
        cell: label.slice(bang + 1),
        severity: item.getAttribute('data-severity') ?? '',
      };
    }),
  );
}

/** Waits until the pane is no longer busy after 检查本表 and shows its result. */
async function checkResult(page: Page): Promise<void> {
  await pane(page).locator('main[aria-busy="false"]').getByTestId('severity-counts').waitFor();
}

async function severityCount(page: Page, severity: Severity): Promise<number> {
  const text =
    (await pane(page)
      .getByTestId('severity-counts')
      .locator(`[data-severity="${severity}"]`)
      .textContent()) ?? '';
  return Number(/(\d+)\s*$/.exec(text)?.[1] ?? NaN);
}

async function expectInView(page: Page, cell: Locator): Promise<void> {
  const box = await cell.boundingBox();
  const scroller = await page.getByTestId('grid-scroll').boundingBox();
  expect(box).not.toBeNull();
  expect(scroller).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(scroller!.y);
  expect(box!.y + box!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height);
}
