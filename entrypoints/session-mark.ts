import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUARD_WAKE_GLOBAL, SESSION_MARK_GLOBAL, VOCABULARY_GLOBAL, type SessionMarkSlot } from '../lib/consent/content/session-mark';
import { ROOT_BUCKETS } from '../lib/detect/phrase-table.generated';

/**
 * Registered by the background as a content script while a session runs, and only then (lib/consent/session-mark.ts):
 * marks the frame's isolated world as "in a session", leaves the classifier's vocabulary there for the guard, and
 * wakes the guard if it already ran. Page scripts cannot see or set these globals (they live in the extension's
 * isolated world).
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as SessionMarkSlot;
  slot[VOCABULARY_GLOBAL] = ROOT_BUCKETS;
  slot[SESSION_MARK_GLOBAL] = true;
  slot[GUARD_WAKE_GLOBAL]?.();
});
