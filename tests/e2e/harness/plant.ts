import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RouteHandler } from './server';

/**
 * Routes and helpers for the wipe journeys: a login that sets a cookie, a "who am I" that reads it, a
 * partitioned (CHIPS) cookie from an embedded frame, a PDF served as an attachment.
 */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function cookieValue(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie ?? '';
  const found = header.split(/;\s*/).find((part) => part.startsWith(`${name}=`));
  return found ? found.slice(name.length + 1) : null;
}

export const wipeRoutes: RouteHandler[] = [
  (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/wipe/login': {
        const user = url.searchParams.get('u') ?? 'personne';
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': `sid=${user}; Path=/; Max-Age=3600; SameSite=Lax`, 'cache-control': 'no-store' });
        res.end(`<!doctype html><meta charset="utf-8"><title>Connecté</title><p>Connecté</p>`);
        return true;
      }
      case '/wipe/whoami': {
        const sid = cookieValue(req, 'sid');
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        res.end(sid ? `connecté:${sid}` : 'non connecté');
        return true;
      }
      case '/wipe/chips-frame': {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'set-cookie': 'chips=embedded; Path=/; Max-Age=3600; Secure; SameSite=None; Partitioned',
          'cache-control': 'no-store',
        });
        res.end('<!doctype html><meta charset="utf-8"><p>contenu intégré</p>');
        return true;
      }
      case '/wipe/form-done': {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><meta charset="utf-8"><title>Envoyé</title><p id="done">Envoyé</p>');
        return true;
      }
      case '/wipe/attestation-test.pdf': {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="attestation-test.pdf"', 'content-length': PDF.length });
        res.end(PDF);
        return true;
      }
      default:
        return false;
    }
  },
];

/** A third site for pre-session data: its own host (127.0.0.2), so no host-based removal can touch it by accident. */
export async function startOtherSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const route of wipeRoutes) if (route(req, res)) return;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(
      `<!doctype html><meta charset="utf-8"><title>Autre site</title><p id="who">…</p><script>fetch('/wipe/whoami').then((r) => r.text()).then((t) => { document.body.dataset.who = t; });</script>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.2:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
