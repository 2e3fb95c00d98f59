/**
 * A tiny static file server for the built add-in (dist/): serves the browser preview and the
 * task pane from one local origin. Used by `npm run preview` and by the browser tests.
 *
 *   tsx scripts/preview-server.ts [--root dist] [--port 3100] [--host 127.0.0.1]
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  readonly root: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

/** Maps a request path onto a file under root; undefined when it would leave root. */
export function resolveRequestPath(root: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, `.${pathname}`);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return undefined;
  return file;
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    void (async () => {
      const file = resolveRequestPath(options.root, request.url ?? '/');
      if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(file ? 405 : 400).end();
        return;
      }
      const stat = await fs.stat(file).catch(() => undefined);
      if (!stat?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': stat.size,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const root = path.resolve(argument('root') ?? 'dist');
  const stat = await fs.stat(path.join(root, 'preview.html')).catch(() => undefined);
  if (!stat) {
    console.error(`preview.html not found in ${root}; build first (npm run build).`);
    process.exitCode = 2;
    return;
  }
  const port = Number(argument('port') ?? process.env.PORT ?? 3100);
  const running = await startStaticServer({ root, port, host: argument('host') ?? '127.0.0.1' }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `端口 ${port} 已被占用 / port ${port} is in use: try --port 3200` : String(error));
    process.exitCode = 2;
    return undefined;
  });
  if (!running) return;
  console.log(`预览 / Preview: ${running.url}/preview.html`);
  console.log(`任务窗格 / Task pane: ${running.url}/taskpane.html`);
  console.log('Ctrl+C 停止 / to stop');
}

if (require.main === module) void main();
