import { execFileSync, spawnSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import type { JsonReport } from '../../src/cli/report-json';
import { REPO, runCli } from './helpers';

const BIN = path.join(REPO, 'bin', 'selfeval.js');

beforeAll(() => {
  // The bin runs the compiled CLI in lib/; build it from the current sources first. tsc still emits
  // when a file elsewhere has a type error (the typecheck step reports those); the run below needs lib/.
  const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: REPO });
  } catch {
    if (!existsSync(path.join(REPO, 'lib', 'cli', 'main.js')))
      throw new Error('the CLI build produced no lib/cli/main.js');
  }
}, 120_000);

function spawnCli(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('bin/selfeval.js as a child process', () => {
  it('prints the same JSON as the in-process run and exits with the same code', async () => {
    const child = spawnCli(['check', 'samples', '--format', 'json']);
    const inProcess = await runCli(['check', 'samples', '--format', 'json']);
    expect(JSON.parse(child.stdout) as JsonReport).toEqual(JSON.parse(inProcess.stdout) as JsonReport);
    expect(child.code).toBe(inProcess.code);
    expect([0, 1]).toContain(child.code);
  }, 60_000);

  it('exits 2 with one line for bad usage and for a missing file', () => {
    const usage = spawnCli(['check', '--format', 'yaml', 'samples']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^selfeval: .*--format/);
    const missing = spawnCli(['check', 'samples/none.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('samples/none.xlsx');
  }, 60_000);
});
