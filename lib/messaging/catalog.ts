/**
 * Sender classification and the refusal shape shared by every capability's messages. Each capability
 * declares its own message schemas next to its code (lib/session/messages.ts, …) and registers them
 * with the background router; names say the direction: `ui.*` from extension pages, `page.*` from
 * content scripts, `test.*` only in test builds.
 */
export interface SenderInfo {
  /** URL of the sending document, as the browser reports it (not as the sender claims). */
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  id?: string;
}

export type SenderKind = 'extension_page' | 'content_script' | 'foreign';

/** Who sent it, from the browser's own sender record: a page can't claim to be the popup. */
export function classifySender(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind {
  if (sender.id !== ownId) return 'foreign';
  if (sender.url?.startsWith(ownOrigin)) return 'extension_page';
  if (sender.tab && sender.url && /^https?:/.test(sender.url)) return 'content_script';
  return 'foreign';
}

/** What the background answers when it refuses a message (the reason names the type, never the content). */
export interface RejectedReply {
  rejected: string;
}

export function isRejectedReply(value: unknown): value is RejectedReply {
  return typeof value === 'object' && value !== null && typeof (value as RejectedReply).rejected === 'string';
}
