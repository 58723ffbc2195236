/**
 * What the test build's consent guard says of its own work in one frame: entrypoints/guard.content.ts answers a
 * `parenthese-guard-cost` message on the frame's window (test builds only). Read by scripts/bench-consent.ts for
 * its cost figures and by tests/e2e/consent.spec.ts for whether the guard asked for the session state.
 */
export interface GuardCost {
  cost: number;
  setup: number;
  evaluation: number;
  classify: number;
  /** Handler time per event type (`mutation`: the document.open() watch), with the number of calls. */
  byEvent: Record<string, { ms: number; calls: number }>;
  classified: number;
  uiLoaded: boolean;
  uiLoadMs: number | null;
  active: boolean;
  /** State requests made by this frame's guard (at load, or when woken). */
  stateRequests: number;
  /** What one `window.performance.now()` costs in that frame (test builds time each handler with two). */
  clockCallMs: number;
}

// Sent as source text: tsx's keepNames would otherwise inject a `__name` helper the page does not have.
const COST_CALL = `new Promise((resolve) => {
  window.addEventListener('message', (event) => {
    if (event.data && event.data.channel === 'parenthese-guard-cost-reply') resolve(event.data);
  });
  window.postMessage({ channel: 'parenthese-guard-cost' }, '*');
})`;

/** A Playwright page or frame, or a Puppeteer one: all evaluate an expression given as text. */
type Evaluates = { evaluate(...args: never[]): Promise<unknown> };

export function readGuardCost(frame: Evaluates): Promise<GuardCost> {
  return (frame as unknown as { evaluate(expression: string): Promise<GuardCost> }).evaluate(COST_CALL);
}
