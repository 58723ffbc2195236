import { ROOT_BUCKETS } from './phrase-table.generated';

/**
 * The text of the vocabulary's root buckets (phrase-table.ts), as the matcher reads it. Its own module so that
 * the guard content script, which runs in every frame of every page, can leave the text out: its build replaces
 * this module (wxt.config.ts) with lib/consent/content/session-vocabulary.ts, which takes the same text from
 * the session mark, a script that only runs during a session.
 */
export function phraseBuckets(): string {
  return ROOT_BUCKETS;
}
