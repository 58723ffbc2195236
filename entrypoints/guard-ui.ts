import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { UI_GLOBAL } from '../lib/consent/content/ui';
import { guardUi } from '../lib/consent/content/ui-bundle';

/**
 * The guard's prompt, review panel and refused mark, injected by the background into one frame on the guard's
 * first need (`page.consent.loadUi`). It runs in the guard's isolated world and registers itself on that
 * world's global object, which page scripts cannot see (checked by tests/e2e/consent.spec.ts in both browsers).
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as Record<string, unknown>;
  if (!slot[UI_GLOBAL]) slot[UI_GLOBAL] = guardUi;
});
