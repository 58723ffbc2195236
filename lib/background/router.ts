import type { z } from 'zod';
import { classifySender, withDocumentSite, type SenderInfo } from '../messaging/catalog';

/**
 * A message the background accepts: its type, who may send it, its payload schema and its handler.
 * Each capability declares its own routes once (session, wipe, consent…); the router checks the sender
 * from the browser's own record and parses the payload before any handler runs.
 */
export interface Route<S extends z.ZodType = z.ZodType> {
  type: string;
  from: 'extension_page' | 'content_script';
  schema: S;
  handle(message: z.infer<S>, sender: SenderInfo): Promise<unknown> | unknown;
}

export function route<S extends z.ZodType>(definition: Route<S>): Route {
  return definition as unknown as Route;
}

export class RejectedMessage extends Error {}

export interface RouterOptions {
  ownId: string;
  ownOrigin: string;
  routes: readonly Route[];
}

export function createRouter(options: RouterOptions) {
  const byType = new Map<string, Route>();
  for (const r of options.routes) {
    if (byType.has(r.type)) throw new Error(`message type declared twice: ${r.type}`);
    byType.set(r.type, r);
  }
  /** Anything unexpected is rejected with a reason that names the message type, never its content. */
  return async function routeMessage(message: unknown, browserSender: SenderInfo): Promise<unknown> {
    const sender = withDocumentSite(browserSender);
    const kind = classifySender(sender, options.ownId, options.ownOrigin);
    if (kind === 'foreign') throw new RejectedMessage('sender not allowed');
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    const found = typeof type === 'string' ? byType.get(type) : undefined;
    if (!found) throw new RejectedMessage('unknown message type');
    if (found.from !== kind) throw new RejectedMessage(`${found.type}: sender not allowed`);
    const parsed = found.schema.safeParse(message);
    if (!parsed.success) throw new RejectedMessage(`${found.type}: malformed`);
    return found.handle(parsed.data, sender);
  };
}
