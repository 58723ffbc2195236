import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRouter, route } from '../../../lib/background/router';

const OWN = { ownId: 'ext-id', ownOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentScript = { id: 'ext-id', url: 'https://www.caf.fr/page', tab: { id: 3 }, frameId: 0 };

function makeRouter() {
  const calls: string[] = [];
  const routeMessage = createRouter({
    ...OWN,
    routes: [
      route({ type: 'ui.do', from: 'extension_page', schema: z.object({ type: z.literal('ui.do') }), handle: () => calls.push('ui.do') }),
      route({
        type: 'page.ask',
        from: 'content_script',
        schema: z.object({ type: z.literal('page.ask'), n: z.number().int() }),
        handle: (m) => m.n * 2,
      }),
      route({ type: 'page.where', from: 'content_script', schema: z.object({ type: z.literal('page.where') }), handle: (_m, sender) => sender.url }),
    ],
  });
  return { routeMessage, calls };
}

describe('background router', () => {
  it('dispatches a well-formed message from the right sender', async () => {
    const { routeMessage, calls } = makeRouter();
    await routeMessage({ type: 'ui.do' }, popup);
    expect(calls).toEqual(['ui.do']);
    expect(await routeMessage({ type: 'page.ask', n: 21 }, contentScript)).toBe(42);
  });

  it('refuses a content script sending a popup command (pages ask, they do not command)', async () => {
    const { routeMessage, calls } = makeRouter();
    await expect(routeMessage({ type: 'ui.do' }, contentScript)).rejects.toThrow('sender not allowed');
    expect(calls).toEqual([]);
  });

  it('refuses other extensions and senders without a browser-given url', async () => {
    const { routeMessage } = makeRouter();
    await expect(routeMessage({ type: 'ui.do' }, { ...popup, id: 'other' })).rejects.toThrow('sender not allowed');
    await expect(routeMessage({ type: 'page.ask', n: 1 }, { id: 'ext-id', tab: { id: 1 } })).rejects.toThrow('sender not allowed');
    await expect(routeMessage({ type: 'page.ask', n: 1 }, { id: 'ext-id', url: 'file:///etc/passwd', tab: { id: 1 } })).rejects.toThrow();
  });

  it('speaks for the page that made an about:blank or srcdoc frame, never for an extension or a file', async () => {
    const { routeMessage } = makeRouter();
    const blank = { id: 'ext-id', url: 'about:blank', tab: { id: 3, url: 'https://www.caf.fr/paiement' }, frameId: 7 };
    // Chromium reports the frame's origin (inherited from the page that wrote it)
    expect(await routeMessage({ type: 'page.where' }, { ...blank, origin: 'https://paiement.caf.fr' })).toBe('https://paiement.caf.fr/');
    // Firefox reports none: the tab's page
    expect(await routeMessage({ type: 'page.where' }, blank)).toBe('https://www.caf.fr/paiement');
    expect(await routeMessage({ type: 'page.where' }, { ...blank, url: 'about:srcdoc' })).toBe('https://www.caf.fr/paiement');
    // an about:blank frame under a non-web page stays refused
    await expect(routeMessage({ type: 'page.where' }, { ...blank, origin: 'null', tab: { id: 3, url: 'file:///tmp/x.html' } })).rejects.toThrow('sender not allowed');
    await expect(routeMessage({ type: 'page.where' }, { ...blank, tab: { id: 3 } })).rejects.toThrow('sender not allowed');
    // other about: pages are not frames of a page
    await expect(routeMessage({ type: 'page.where' }, { ...blank, url: 'about:config' })).rejects.toThrow('sender not allowed');
  });

  it('refuses malformed and unknown messages without echoing their content', async () => {
    const { routeMessage } = makeRouter();
    await expect(routeMessage({ type: 'page.ask', n: 'secret-value' }, contentScript)).rejects.toThrow(/^page\.ask: malformed$/);
    await expect(routeMessage({ type: 'page.nope' }, contentScript)).rejects.toThrow('unknown message type');
    await expect(routeMessage('ui.do', popup)).rejects.toThrow('unknown message type');
    await expect(routeMessage(null, popup)).rejects.toThrow('unknown message type');
  });

  it('refuses a route declared twice', () => {
    const r = route({ type: 'x', from: 'extension_page', schema: z.object({}), handle: () => 1 });
    expect(() => createRouter({ ...OWN, routes: [r, r] })).toThrow('declared twice');
  });
});
