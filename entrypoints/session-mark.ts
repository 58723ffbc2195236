import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GUARD_WAKE_GLOBAL, SESSION_MARK_GLOBAL, type SessionMarkSlot } from '../lib/consent/content/session-mark';

/**
 * Registered by the background as a content script while a session runs, and only then (lib/consent/session-mark.ts):
 * marks the frame's isolated world as "in a session" and wakes the guard if it already ran. Page scripts cannot
 * see or set either global (they live in the extension's isolated world).
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as unknown as SessionMarkSlot;
  slot[SESSION_MARK_GLOBAL] = true;
  slot[GUARD_WAKE_GLOBAL]?.();
});
