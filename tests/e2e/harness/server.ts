import { startStaticServer, type RouteHandler, type StaticServer } from '../../../scripts/static-server';

export type { RouteHandler };
export type FixtureServer = StaticServer;
export const PAGES_DIR = new URL('../../fixtures/pages/', import.meta.url).pathname;

export function startFixtureServer(routes: RouteHandler[] = []): Promise<FixtureServer> {
  return startStaticServer(PAGES_DIR, routes);
}
