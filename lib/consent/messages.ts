import { z } from 'zod';
import { PERSONAL_CATEGORIES } from './categories';

/**
 * Consent messages. `page.*` come from the guard content script (the router checks the sender from the
 * browser's record); the site is always derived by the background from `sender.url`, never from the payload.
 * `ui.*` come from the popup. Nothing here ever carries a typed value.
 */
const category = z.enum(PERSONAL_CATEGORIES as unknown as [string, ...string[]]);

export const consentPageRequests = {
  state: z.object({ type: z.literal('page.consent.state') }).strict(),
  answer: z.object({ type: z.literal('page.consent.answer'), category, answer: z.enum(['yes', 'no']) }).strict(),
  /** The guard needs its UI (first prompt, mark or review in this frame): inject entrypoints/guard-ui.ts. */
  loadUi: z.object({ type: z.literal('page.consent.loadUi') }).strict(),
  /** A frame open before the session has no session mark, hence no vocabulary: inject the mark into it. */
  loadVocabulary: z.object({ type: z.literal('page.consent.loadVocabulary') }).strict(),
};

export const consentUiRequests = {
  list: z.object({ type: z.literal('ui.consent.list') }).strict(),
  withdraw: z.object({ type: z.literal('ui.consent.withdraw'), id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/) }).strict(),
};

export { CONSENT_CHANGED, siteOf, type ConsentStateReply } from './protocol';
