import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyField } from '../lib/detect/classify';
import { ext, lang, tr } from '../lib/consent/content/ext';
import { isRejectedReply } from '../lib/messaging/catalog';
import type { PersonalCategory } from '../lib/consent/categories';
import { ConsentGuard } from '../lib/consent/content/guard';
import { CONSENT_CHANGED, type ConsentStateReply } from '../lib/consent/protocol';

/**
 * Issue #6 — consent before personal data is typed, joint review before it is sent. One instance per frame.
 * Outside a session: one state request at load, and handlers that return at their first line.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    const started = performance.now();
    const testMode = import.meta.env.MODE === 'test';
    const ask = async <T>(message: { type: `page.consent.${string}`; [key: string]: unknown }): Promise<T> => {
      const reply: unknown = await ext.runtime.sendMessage(message);
      if (isRejectedReply(reply)) throw new Error(reply.rejected);
      return reply as T;
    };
    const guard = new ConsentGuard({
      win: window,
      classify: (el) => classifyField(el).category,
      fetchState: () => ask<ConsentStateReply>({ type: 'page.consent.state' }),
      sendAnswer: (category: PersonalCategory, answer) => ask({ type: 'page.consent.answer', category, answer }),
      t: tr,
      lang: lang(),
      testMode,
    });
    guard.install();
    ext.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== ext.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type === CONSENT_CHANGED) void guard.refresh();
      return undefined;
    });
    void guard.refresh();
    if (testMode) {
      guard.cost += performance.now() - started;
      // Test builds only: the benchmark asks how long this script's own work took on the page.
      window.addEventListener('message', (event) => {
        if (event.source !== window || (event.data as { channel?: string } | null)?.channel !== 'parenthese-guard-cost') return;
        window.postMessage({ channel: 'parenthese-guard-cost-reply', cost: guard.cost, active: guard.active }, '*');
      });
    }
  },
});
