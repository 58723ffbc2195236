import type { DriverPage } from './driver';

/** Posts a request to the test-only bridge content script on a loopback page and waits for its reply. */
// Sent as source text: bundlers that rename or wrap functions (esbuild's keepNames) can't break it.
const BRIDGE_CALL = `(request) => new Promise((resolve, reject) => {
  const id = Math.floor(Math.random() * 1e9);
  const timer = setTimeout(() => reject(new Error('bridge timeout: ' + request.op)), 30000);
  window.addEventListener('message', function onMessage(event) {
    const data = event.data;
    if (event.source !== window || !data || data.channel !== 'parenthese-test-bridge-reply' || data.id !== id) return;
    window.removeEventListener('message', onMessage);
    clearTimeout(timer);
    if (data.error) reject(new Error(data.error));
    else if (data.result && typeof data.result === 'object' && typeof data.result.rejected === 'string') reject(new Error(data.result.rejected));
    else resolve(data.result);
  });
  window.postMessage({ channel: 'parenthese-test-bridge', id, op: request.op, args: request.args }, '*');
})`;

/** Posts a request to the test-only bridge content script on a loopback page and waits for its reply. */
export function callBridge<T>(page: DriverPage, op: string, args: unknown[]): Promise<T> {
  return page.evaluate<T, string>(
    (script) => (0, eval)(script),
    `(${BRIDGE_CALL})(${JSON.stringify({ op, args })})`,
  );
}

/** An error's message and those of its causes, nested ones included (a few levels). */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(String(e));
  }
  return parts.join(' ');
}

/** Keeps one loopback page open for the bridge, reopening it if the session closed it. */
export class BridgeChannel {
  private page: DriverPage | null = null;
  constructor(
    private readonly open: () => Promise<DriverPage>,
    private readonly bridgeUrl: string,
  ) {}

  async call<T>(op: string, args: unknown[]): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const page = await this.ready();
        return await callBridge<T>(page, op, args);
      } catch (error) {
        // The page may have been closed by "end session" (it closes every tab), or by the recovery wipe at browser
        // start, which takes a page opened that early for one of the session's: reopen and retry. Puppeteer puts
        // "Browsing context already closed" in the cause of its waitForSelector error, or "no such frame Browsing
        // Context … not found" in the cause of that cause: the whole chain is read.
        this.page = null;
        const text = causeChain(error);
        if (attempt >= 2 || !/closed|detached|Target|context|destroyed|timeout/i.test(text)) throw error;
      }
    }
  }

  reset(): void {
    this.page = null;
  }

  private async ready(): Promise<DriverPage> {
    if (this.page) return this.page;
    const page = await this.open();
    await page.goto(this.bridgeUrl);
    await page.waitForSelector('html[data-parenthese-test-bridge="ready"]', 15_000);
    this.page = page;
    return page;
  }
}
