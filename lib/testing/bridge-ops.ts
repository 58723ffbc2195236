import { browser } from 'wxt/browser';
import { z } from 'zod';
import { route, type Route } from '../background/router';
import { browserPrivacyApi } from '../platform/privacy';
import { sessionArea } from '../platform/session-store';
import type { SessionController } from '../session/controller';
import { PRIVACY_KEYS } from '../session/record';

/**
 * Checks the e2e suite runs in the background through the test-only bridge. Compiled only into
 * `--mode test` builds; a test asserts the release builds don't contain the marker string below.
 */
export const TEST_BRIDGE_MARKER = 'parenthese-test-bridge';

export type TestOps = Record<string, (...args: unknown[]) => Promise<unknown>>;

export function sessionTestOps(controller: SessionController, lastReport: () => Promise<unknown>): TestOps {
  return {
    marker: async () => TEST_BRIDGE_MARKER,
    'session.status': () => controller.status(),
    'session.start': () => controller.start(),
    'session.end': () => controller.end('button'),
    'session.lastReport': () => lastReport(),
    'privacy.get': async () => {
      const out: Record<string, unknown> = {};
      for (const key of PRIVACY_KEYS) out[key] = await browserPrivacyApi.get(key);
      return out;
    },
    // Firefox: opens an extension page in a tab as a person would see it (BiDi can't navigate there itself).
    'ui.openExtensionPage': async (path: unknown) => {
      await browser.tabs.create({ url: browser.runtime.getURL(String(path) as '/popup.html') });
      return true;
    },
    'storage.dump': async () => ({
      local: await browser.storage.local.get(null),
      session: await sessionArea()?.get(null),
      // never written by Parenthèse; read so the at-rest test can prove it (issue #9)
      sync: await browser.storage.sync.get(null).catch(() => null),
    }),
  };
}

const testRequest = z.object({ type: z.literal('test.op'), op: z.string().max(64), args: z.array(z.unknown()).max(16).default([]) });

/** One route for every op; capabilities add their own ops to the map. */
export function testRoute(ops: TestOps): Route {
  return route({
    type: 'test.op',
    from: 'content_script',
    schema: testRequest,
    handle: (message) => {
      const op = ops[message.op];
      if (!op) throw new Error(`unknown test op ${message.op}`);
      return op(...message.args);
    },
  });
}
