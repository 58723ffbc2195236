import { z } from 'zod';

/**
 * Every message the background accepts, declared once. Names say the direction: `ui.*` come from the
 * extension's own pages (popup, options, end page), `page.*` from content scripts. Content scripts ask,
 * the background decides.
 */
export const uiRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui.session.status') }),
  z.object({ type: z.literal('ui.session.start') }),
  z.object({ type: z.literal('ui.session.end') }),
  z.object({ type: z.literal('ui.session.lastReport') }),
]);
export type UiRequest = z.infer<typeof uiRequestSchema>;

export const pageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.session.active') }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;

/** Only compiled into `--mode test` builds, behind `import.meta.env.MODE === 'test'`. */
export const testRequestSchema = z.object({
  type: z.literal('test.op'),
  op: z.string().max(64),
  args: z.array(z.unknown()).max(16).default([]),
});
export type TestRequest = z.infer<typeof testRequestSchema>;

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
