/**
 * Sender classification and the refusal shape shared by every capability's messages. Each capability
 * declares its own message schemas next to its code (lib/session/messages.ts, …) and registers them
 * with the background router; names say the direction: `ui.*` from extension pages, `page.*` from
 * content scripts, `test.*` only in test builds.
 */
export interface SenderInfo {
  /** URL of the sending document, as the browser reports it (not as the sender claims). */
  url?: string;
  /** Origin of the sending document (Chromium; for about:blank frames it is the origin of the page that made them). */
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  id?: string;
}

const WEB_URL = /^https?:/;

/**
 * The web address a content-script message speaks for. A frame whose document is `about:blank` or `about:srcdoc`
 * (a payment or form iframe written by script) runs the guard too (matchAboutBlank) and belongs to the page that
 * made it: its origin where the browser reports one (Chromium), else the tab's page (Firefox reports none). Its
 * site is then that page's, so a consent given there is the page's site's. Other senders are left as they are.
 */
export function withDocumentSite(sender: SenderInfo): SenderInfo {
  if (sender.url !== 'about:blank' && sender.url !== 'about:srcdoc') return sender;
  const owner = sender.origin && WEB_URL.test(sender.origin) ? `${sender.origin}/` : sender.tab?.url;
  return owner && WEB_URL.test(owner) ? { ...sender, url: owner } : sender;
}

export type SenderKind = 'extension_page' | 'content_script' | 'foreign';

/** Who sent it, from the browser's own sender record: a page can't claim to be the popup. */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  if (sender.url?.startsWith(ownOrigin)) return 'extension_page';
  if (sender.tab && sender.url && WEB_URL.test(sender.url)) return 'content_script';
  return 'foreign';
}

/** What the background answers when it refuses a message (the reason names the type, never the content). */
export interface RejectedReply {
  rejected: string;
}

export function isRejectedReply(value: unknown): value is RejectedReply {
  return typeof value === 'object' && value !== null && typeof (value as RejectedReply).rejected === 'string';
}
