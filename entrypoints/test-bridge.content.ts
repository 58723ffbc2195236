import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * TEST BUILDS ONLY (wxt.config.ts drops this entrypoint outside `--mode test`). Relays a loopback test
 * page's postMessage to the background, because WebDriver BiDi cannot open moz-extension:// pages.
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: false,
  main() {
    window.addEventListener('message', (event) => {
      if (event.source !== window) return;
      const data = event.data as { channel?: string; id?: number; op?: string; args?: unknown[] } | null;
      if (!data || data.channel !== 'parenthese-test-bridge' || typeof data.id !== 'number') return;
      browser.runtime
        .sendMessage({ type: 'test.op', op: data.op, args: data.args ?? [] })
        .then((result) => window.postMessage({ channel: 'parenthese-test-bridge-reply', id: data.id, result }, '*'))
        .catch((error: unknown) =>
          window.postMessage({ channel: 'parenthese-test-bridge-reply', id: data.id, error: String(error) }, '*'),
        );
    });
    document.documentElement.dataset.parentheseTestBridge = 'ready';
  },
});
