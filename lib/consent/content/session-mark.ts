/**
 * The session mark: a short script the background registers as a content script (document_start, every frame)
 * for the length of a session only (lib/consent/session-mark.ts), next to the guard that is always there. It tells
 * the guard, in their shared isolated world, that a session runs, so that outside a session the guard never asks
 * the background anything when a page loads: no message, no service-worker wake-up, nothing but its listeners. The
 * two scripts may run in either order: whichever comes second wakes the guard. A page that was already open when
 * the session started is woken by the background's CONSENT_CHANGED message instead.
 *
 * Names only here: importing this module adds a few bytes to either bundle.
 */
export const SESSION_MARK_GLOBAL = '__parentheseSessionMark';
/** Where the guard runs (entrypoints/guard.content.ts), hence where the mark must be registered too. */
export const GUARD_MATCHES = ['http://*/*', 'https://*/*'];
export const GUARD_WAKE_GLOBAL = '__parentheseGuardWake';
/**
 * The vocabulary's root buckets (lib/detect/phrase-buckets.ts), a quarter of what the guard would weigh otherwise:
 * the mark brings them, so that the script that runs in every frame of every page does not carry them. A frame
 * open before the session asks the background to inject the mark (`page.consent.loadVocabulary`).
 */
export const VOCABULARY_GLOBAL = '__parentheseVocabulary';

export interface SessionMarkSlot {
  [SESSION_MARK_GLOBAL]?: true;
  [GUARD_WAKE_GLOBAL]?: () => void;
  [VOCABULARY_GLOBAL]?: string;
}
