import { classifySender, pageRequestSchema, testRequestSchema, uiRequestSchema, type SenderInfo } from '../messaging/catalog';
import type { EndReport, SessionController } from '../session/controller';

export interface RouterDeps {
  controller: SessionController;
  ownId: string;
  ownOrigin: string;
  lastReport: () => Promise<EndReport | null>;
  /** Present only in test builds. */
  testOps?: Record<string, (...args: unknown[]) => Promise<unknown>>;
}

export class RejectedMessage extends Error {}

/**
 * Parses, checks the sender, dispatches. Anything unexpected is rejected with a reason that names the
 * message type, never its content.
 */
export async function routeMessage(message: unknown, sender: SenderInfo, deps: RouterDeps): Promise<unknown> {
  const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
  if (kind === 'foreign') throw new RejectedMessage('sender not allowed');

  if (kind === 'extension_page') {
    const parsed = uiRequestSchema.safeParse(message);
    if (!parsed.success) throw new RejectedMessage('malformed ui request');
    switch (parsed.data.type) {
      case 'ui.session.status':
        return deps.controller.status();
      case 'ui.session.start':
        return deps.controller.start();
      case 'ui.session.end':
        return deps.controller.end('button');
      case 'ui.session.lastReport':
        return deps.lastReport();
    }
  }

  if (deps.testOps) {
    const test = testRequestSchema.safeParse(message);
    if (test.success) {
      const op = deps.testOps[test.data.op];
      if (!op) throw new RejectedMessage(`unknown test op ${test.data.op}`);
      return op(...test.data.args);
    }
  }

  const parsed = pageRequestSchema.safeParse(message);
  if (!parsed.success) throw new RejectedMessage('malformed page request');
  switch (parsed.data.type) {
    case 'page.session.active':
      return (await deps.controller.status()).phase === 'active';
  }
}
