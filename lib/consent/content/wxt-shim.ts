/**
 * Stand-ins for two modules WXT's content-script wrapper imports, used in the guard bundle only (aliased by the
 * `vite:build:extendConfig` hook in wxt.config.ts). The guard runs on every page of every tab, so what it
 * evaluates before its own first line counts:
 *  - `wxt/browser` → the browser's own API object: without it, the webextension-polyfill (~3 KB gzip) came in with
 *    the wrapper, and its module interop read every `chrome.*` namespace at load, which builds each API binding;
 *  - `wxt/utils/content-script-context` → a context that does nothing: the guard never uses it, and WXT's would
 *    dispatch a `wxt:content-script-started` event on the page's document at load (the page could learn from it
 *    that the extension is installed) and listen for it.
 * The guard reaches the extension through lib/consent/content/ext.ts.
 */

const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
export const browser = g.browser?.runtime?.id ? g.browser : g.chrome;

export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
