import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | void;

export interface StaticServer {
  origin: string;
  port: number;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves a folder on loopback only; extra routes (cookies, downloads…) are tried first. */
export async function startStaticServer(root: string, routes: RouteHandler[] = [], port = 0): Promise<StaticServer> {
  const base = normalize(root.endsWith('/') ? root : `${root}/`);
  const server: Server = createServer((req, res) => {
    for (const route of routes) if (route(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    port: actual,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
