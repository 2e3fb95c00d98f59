/**
 * Browser-test plumbing: a production build of the add-in into a scratch folder, a local
 * static server for it, and Debian's chromium driven by playwright-core with every request
 * that leaves the loopback interface aborted and recorded.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/preview-server';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the add-in (webpack, production) into a fresh folder and returns it. */
export async function buildAddIn(): Promise<string> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-e2e-dist-'));
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [REPO_ROOT] });
  await promisify(execFile)(process.execPath, [webpackCli, '--mode', 'production', '--output-path', outDir], {
    cwd: REPO_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

export function isLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that tried to leave the machine (aborted). */
  readonly blocked: string[];
  /** Same-origin requests that failed or answered with an HTTP error. */
  readonly failed: string[];
  /** Every URL the page requested. */
  readonly requested: string[];
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'selfeval-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const blocked: string[] = [];
  const failed: string[] = [];
  const requested: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLoopback(url)) await route.continue();
    else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => requested.push(request.url()));
  context.on('requestfailed', (request) => {
    if (isLoopback(request.url()))
      failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    blocked,
    failed,
    requested,
    consoleErrors,
    close: async () => {
      await context.close();
      removeDir(userDataDir);
    },
  };
}

export async function serve(root: string): Promise<StaticServer> {
  return startStaticServer({ root, port: 0, host: '127.0.0.1' });
}
