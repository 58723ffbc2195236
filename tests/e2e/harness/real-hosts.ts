import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server';
import type { LaunchOptions } from './driver';
import { PAGES_DIR } from './server';
import { selfSignedCertificate } from './tls';

/** `host/path` → fixture file under tests/fixtures/pages. */
export type RealHostSites = Record<string, string>;

export interface RealHostServer extends StaticServer {
  /** `www.caf.fr/demande` → `https://www.caf.fr:<port>/demande` */
  siteUrl(hostAndPath: string): string;
}

const hostsOf = (sites: RealHostSites) => [...new Set(Object.keys(sites).map((key) => key.split('/')[0]!))];

/**
 * Fixture pages served under real host names (www.caf.fr…) over local https — several of these names are on the
 * browsers' HSTS preload lists. Pair it with `realHostDriverOptions(sites)` so the browser resolves them to loopback.
 */
export async function startRealHostServer(sites: RealHostSites): Promise<RealHostServer> {
  const server = await startStaticServer(
    PAGES_DIR,
    [
      (req, res) => {
        const host = (req.headers.host ?? '').replace(/:\d+$/, '');
        const file = sites[`${host}${new URL(req.url ?? '/', 'https://x').pathname}`];
        if (!file) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES_DIR, file)));
        return true;
      },
    ],
    { tls: selfSignedCertificate(hostsOf(sites)) },
  );
  return {
    ...server,
    siteUrl(hostAndPath) {
      const [host, ...path] = hostAndPath.split('/');
      return `https://${host}:${server.port}/${path.join('/')}`;
    },
  };
}

export function realHostDriverOptions(sites: RealHostSites): LaunchOptions {
  return { hostMap: hostsOf(sites), acceptInsecureCerts: true };
}
