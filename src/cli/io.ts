/** The CLI's window on the world, injected so `main` runs in-process in tests. */
import { promises as fsp, readFileSync } from 'fs';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface FileStat {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface CliFs {
  readFile(path: string): Promise<Buffer>;
  /** With `exclusive`, fails with code EEXIST when the file exists (never overwrites). */
  writeFile(path: string, data: Buffer, options: { exclusive: boolean }): Promise<void>;
  stat(path: string): Promise<FileStat>;
  lstat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  realpath(path: string): Promise<string>;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly fs: CliFs;
}

export const nodeFs: CliFs = {
  // One file at a time: a synchronous read is measurably faster than fs.promises for many small workbooks.
  readFile: async (path) => readFileSync(path),
  writeFile: (path, data, options) => fsp.writeFile(path, data, { flag: options.exclusive ? 'wx' : 'w' }),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  readdir: (path) => fsp.readdir(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  realpath: (path) => fsp.realpath(path),
};

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), fs: nodeFs };
}
