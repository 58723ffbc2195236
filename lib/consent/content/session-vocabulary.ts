import { VOCABULARY_GLOBAL, type SessionMarkSlot } from './session-mark';

/**
 * lib/detect/phrase-buckets.ts as the guard content script has it (wxt.config.ts swaps the module): the bucket
 * text the session mark left in this isolated world, empty until then. The guard applies a session's state only
 * once the text is here (guard.content.ts), so that no field is classified without its vocabulary.
 */
export function phraseBuckets(): string {
  return (globalThis as SessionMarkSlot)[VOCABULARY_GLOBAL] ?? '';
}
