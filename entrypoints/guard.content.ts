import { LOAD_STARTED } from '../lib/consent/content/load-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classifyField } from '../lib/detect/classify';
import { ext, lang, tr } from '../lib/consent/content/ext';
import { isRejectedReply } from '../lib/messaging/catalog';
import type { PersonalCategory } from '../lib/consent/categories';
import { ConsentGuard } from '../lib/consent/content/guard';
import { UI_GLOBAL, type GuardUi } from '../lib/consent/content/ui';
import { CONSENT_CHANGED, type ConsentStateReply } from '../lib/consent/protocol';
import { GUARD_MATCHES, GUARD_WAKE_GLOBAL, SESSION_MARK_GLOBAL, VOCABULARY_GLOBAL, type SessionMarkSlot } from '../lib/consent/content/session-mark';

/**
 * Issue #6 — consent before personal data is typed, joint review before it is sent. One instance per frame.
 * Outside a session: window listeners that return at their first line (installed at document_start all the same,
 * so that in a session they run before any listener of the page), and no request at all — the session's state is
 * asked for only when the session mark (entrypoints/session-mark.ts, registered during sessions only) is in this
 * frame, or when the background says the answers changed (a session started or ended while the page was open).
 * Fields are classified on their first event, never at load. The prompt/review/mark UI is not in this bundle:
 * the background injects entrypoints/guard-ui.ts into this frame the first time it is needed.
 */
export default defineContentScript({
  matches: GUARD_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  // WXT's content-script context would window.postMessage "<extension id>:guard:wxt:content-script-started" to
  // every page at load, telling it Parenthèse is installed. This bundle gets a context that does nothing instead
  // (lib/consent/content/wxt-shim.ts, aliased in wxt.config.ts); the option stays should that alias ever go.
  noScriptStartedPostMessage: true,
  main() {
    const mainStarted = import.meta.env.MODE === 'test' ? performance.now() : 0;
    const testMode = import.meta.env.MODE === 'test';
    const ask = async <T>(message: { type: `page.consent.${string}`; [key: string]: unknown }): Promise<T> => {
      const reply: unknown = await ext.runtime.sendMessage(message);
      if (isRejectedReply(reply)) throw new Error(reply.rejected);
      return reply as T;
    };
    // The UI script registers itself here, in this isolated world's global (never the page's).
    const uiSlot = globalThis as unknown as Record<typeof UI_GLOBAL, GuardUi | undefined>;
    const mark = globalThis as unknown as SessionMarkSlot;
    let uiLoadMs: number | null = null;
    const guard = new ConsentGuard({
      win: window,
      classify: (el) => classifyField(el).category,
      fetchState: () => ask<ConsentStateReply>({ type: 'page.consent.state' }),
      // a frame open before the session has no mark yet, so no vocabulary: the background injects the mark here
      prepare: async () => {
        if (mark[VOCABULARY_GLOBAL]) return;
        await ask({ type: 'page.consent.loadVocabulary' });
        if (!mark[VOCABULARY_GLOBAL]) throw new Error('the session mark did not bring the vocabulary');
      },
      sendAnswer: (category: PersonalCategory, answer) => ask({ type: 'page.consent.answer', category, answer }),
      loadUi: async () => {
        const start = performance.now();
        if (!uiSlot[UI_GLOBAL]) await ask({ type: 'page.consent.loadUi' });
        const ui = uiSlot[UI_GLOBAL];
        if (!ui) throw new Error('consent UI did not register');
        uiLoadMs = performance.now() - start;
        return ui;
      },
      t: tr,
      // read when first asked: outside a session the i18n API is never touched
      get lang() {
        return lang();
      },
      testMode,
    });
    let stateRequests = 0;
    const refresh = () => {
      if (testMode) stateRequests++;
      void guard.refresh();
    };
    guard.install();
    ext.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== ext.runtime.id) return undefined;
      if ((message as { type?: unknown } | null)?.type === CONSENT_CHANGED) refresh();
      return undefined;
    });
    mark[GUARD_WAKE_GLOBAL] = refresh;
    if (mark[SESSION_MARK_GLOBAL]) refresh();
    if (import.meta.env.MODE === 'test') {
      const setupMs = performance.now() - LOAD_STARTED;
      const evalMs = mainStarted - LOAD_STARTED;
      guard.cost += setupMs;
      // Test builds only: the benchmark asks how long this script's own work took on the page.
      window.addEventListener('message', (event) => {
        if (event.source !== window || (event.data as { channel?: string } | null)?.channel !== 'parenthese-guard-cost') return;
        window.postMessage(
          {
            channel: 'parenthese-guard-cost-reply',
            cost: guard.cost,
            setup: setupMs,
            evaluation: evalMs,
            classify: guard.classifyCost,
            byEvent: guard.costByEvent ?? {},
            classified: guard.classified,
            uiLoaded: uiLoadMs !== null,
            uiLoadMs,
            active: guard.active,
            stateRequests,
            clockCallMs: clockCallMs(),
          },
          '*',
        );
      });
    }
  },
});

/**
 * Test builds: what one `window.performance.now()` costs here, in ms. The guard's per-handler timing reads the
 * clock twice around each handler, so each measured call counts about one clock read that release builds never
 * make; the benchmark reports it beside the raw figure.
 */
function clockCallMs(): number {
  const clock = window.performance;
  const calls = 2000;
  const start = clock.now();
  for (let i = 0; i < calls; i++) clock.now();
  return (clock.now() - start) / calls;
}
