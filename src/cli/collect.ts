/** Command-line paths → the list of files to check: folders recursed in sorted order. */
import path from 'path';
import type { CliFs } from './io';
import { inputKind } from './read-workbook';

export interface InputFile {
  /** Path to open. */
  readonly path: string;
  /** Path as reported (`/`-separated, as the user named it). */
  readonly display: string;
  /** Path relative to the folder argument (the file name for a file argument): names the annotated copy. */
  readonly relative: string;
}

export interface Skipped {
  readonly path: string;
  readonly reason: 'hidden' | 'lock' | 'type' | 'link';
}

export interface Collected {
  readonly files: InputFile[];
  readonly skipped: Skipped[];
  /** Arguments that do not exist. */
  readonly missing: string[];
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function walk(fs: CliFs, root: string, dir: string, out: Collected): Promise<void> {
  const names = (await fs.readdir(dir)).sort(byCodePoint);
  for (const name of names) {
    const full = path.join(dir, name);
    const display = slashes(full);
    if (name.startsWith('~$')) {
      out.skipped.push({ path: display, reason: 'lock' });
      continue;
    }
    if (name.startsWith('.')) {
      out.skipped.push({ path: display, reason: 'hidden' });
      continue;
    }
    const link = await fs.lstat(full);
    const stat = link.isSymbolicLink() ? await fs.stat(full).catch(() => undefined) : link;
    if (!stat) continue;
    if (stat.isDirectory()) {
      if (link.isSymbolicLink()) out.skipped.push({ path: display, reason: 'link' });
      else await walk(fs, root, full, out);
    } else if (stat.isFile()) {
      if (inputKind(name))
        out.files.push({ path: full, display, relative: slashes(path.relative(root, full)) });
      else out.skipped.push({ path: display, reason: 'type' });
    }
  }
}

export async function collectInputs(fs: CliFs, cwd: string, args: readonly string[]): Promise<Collected> {
  const out: Collected = { files: [], skipped: [], missing: [] };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const stat = await fs.stat(full).catch(() => undefined);
    if (!stat) out.missing.push(arg);
    else if (stat.isDirectory()) {
      const before = out.files.length;
      await walk(fs, full, full, out);
      for (let i = before; i < out.files.length; i++) {
        const file = out.files[i];
        out.files[i] = { ...file, display: slashes(path.join(arg, file.relative)) };
      }
    } else out.files.push({ path: full, display: slashes(arg), relative: path.basename(full) });
  }
  return out;
}
