/**
 * What the guard content script and the background say to each other, without zod (the content script stays
 * small; the background parses with the schemas in messages.ts).
 */

/** Sent by the background to every frame of every tab when the answers or the session change. No payload. */
export const CONSENT_CHANGED = 'parenthese.consent.changed';

export interface ConsentStateReply {
  active: boolean;
  /** The frame's own site (hostname), as the background derived it from the sender's URL. */
  site: string | null;
  answers: Partial<Record<string, 'yes' | 'no'>>;
  categories: string[];
  review: boolean;
  /** Categories for which the mandate note applies on this site (lib/reminders decides, in the background). */
  mandateCategories?: string[];
  /** The note's texts (policy overrides applied), plain text. */
  mandate?: { title: string; note: string };
}

/** A hostname from a page URL, or null for anything that is not http(s). */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    const host = parsed.hostname.toLowerCase();
    return host && host.length <= 253 ? host : null;
  } catch {
    return null;
  }
}
