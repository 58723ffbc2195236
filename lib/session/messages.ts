import { z } from 'zod';
import { route, type Route } from '../background/router';
import type { EndReport, SessionController } from './controller';

export const sessionUiRequests = {
  status: z.object({ type: z.literal('ui.session.status') }),
  start: z.object({ type: z.literal('ui.session.start') }),
  end: z.object({ type: z.literal('ui.session.end') }),
  lastReport: z.object({ type: z.literal('ui.session.lastReport') }),
};
export const sessionPageRequests = {
  active: z.object({ type: z.literal('page.session.active') }),
};

export type SessionUiRequest = z.infer<(typeof sessionUiRequests)[keyof typeof sessionUiRequests]>;

export function sessionRoutes(controller: SessionController, lastReport: () => Promise<EndReport | null>): Route[] {
  return [
    route({ type: 'ui.session.status', from: 'extension_page', schema: sessionUiRequests.status, handle: () => controller.status() }),
    route({ type: 'ui.session.start', from: 'extension_page', schema: sessionUiRequests.start, handle: () => controller.start() }),
    route({ type: 'ui.session.end', from: 'extension_page', schema: sessionUiRequests.end, handle: () => controller.end('button') }),
    route({ type: 'ui.session.lastReport', from: 'extension_page', schema: sessionUiRequests.lastReport, handle: () => lastReport() }),
    route({
      type: 'page.session.active',
      from: 'content_script',
      schema: sessionPageRequests.active,
      handle: async () => (await controller.status()).phase === 'active',
    }),
  ];
}
