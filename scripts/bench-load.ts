/**
 * Load benchmark (issue #9), real Chromium through the e2e harness (needs `npm run build:test`):
 * tests/fixtures/pages/hostile/load.html — 5,000 fields and an SPA loop rewriting 200 rows + 50 field attributes
 * every frame. Measured outside and inside a session over the same window: frames rendered, long tasks
 * (PerformanceObserver), and the guard content script's own time (test-build counter, `parenthese-guard-cost`),
 * then focus → prompt on that page. Prints the figures; the last line is JSON.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ChromiumDriver } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/server';

const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 5_000);

// Sent as source text (tsx's keepNames would inject a helper the page does not have).
const COST = `new Promise((resolve) => {
  window.addEventListener('message', (e) => { if (e.data && e.data.channel === 'parenthese-guard-cost-reply') resolve(e.data); });
  window.postMessage({ channel: 'parenthese-guard-cost' }, '*');
})`;
const MEASURE = (ms: number) => `new Promise((resolve) => {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  try { observer.observe({ type: 'longtask', buffered: false }); } catch {}
  const startRenders = window.renders;
  const t0 = performance.now();
  setTimeout(() => {
    observer.disconnect();
    const elapsed = performance.now() - t0;
    resolve({ fps: Math.round(((window.renders - startRenders) / elapsed) * 1000 * 10) / 10, longTasks: longTasks.length, longTaskMs: Math.round(longTasks.reduce((a, b) => a + b, 0)) });
  }, ${ms});
})`;

async function measure(page: Page) {
  const before = (await page.evaluate(COST)) as { cost: number };
  const frame = (await page.evaluate(MEASURE(WINDOW_MS))) as { fps: number; longTasks: number; longTaskMs: number };
  const after = (await page.evaluate(COST)) as { cost: number; active: boolean };
  return { ...frame, guardMs: Math.round((after.cost - before.cost) * 10) / 10, guardTotalMs: Math.round(after.cost * 10) / 10, active: after.active };
}

async function main() {
  const server = await startFixtureServer();
  const driver = new ChromiumDriver(server.url('/bridge.html'));
  await driver.launch();
  try {
    const page = await driver.newPlaywrightPage();
    await page.goto(server.url('/hostile/load.html'));
    await page.bringToFront();
    await page.waitForTimeout(1_000);
    const outside = await measure(page);

    await driver.bridge('session.start');
    await page.goto(server.url('/hostile/load.html'));
    await page.bringToFront();
    await page.waitForTimeout(1_000);
    const inside = await measure(page);

    const t0 = Date.now();
    await page.click('#nom');
    await page.waitForSelector('parenthese-ui[data-parenthese-test*="\\"open\\":true"]', { state: 'attached', timeout: 10_000 });
    const promptMs = Date.now() - t0;
    await driver.bridge('session.end');

    const result = { fields: 5000, windowMs: WINDOW_MS, outside, inside, focusToPromptMs: promptMs };
    console.log(`outside a session: ${outside.fps} fps, ${outside.longTasks} long tasks (${outside.longTaskMs} ms), guard ${outside.guardMs} ms`);
    console.log(`in a session:      ${inside.fps} fps, ${inside.longTasks} long tasks (${inside.longTaskMs} ms), guard ${inside.guardMs} ms over ${WINDOW_MS} ms (total since load ${inside.guardTotalMs} ms)`);
    console.log(`click → prompt open (incl. CDP round trips): ${promptMs} ms`);
    console.log(JSON.stringify(result));
  } finally {
    await driver.close();
    rmSync(driver.profileDir, { recursive: true, force: true });
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
