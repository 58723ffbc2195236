/**
 * Consent guard benchmark (issue #6), in real Chromium through the e2e harness (needs `npm run build:test`,
 * and `npm run build` for the release size):
 *  - focus → prompt visible (median ms over real mouse clicks; target ≤ 50 ms);
 *  - content script size, gzip (release build; target ≤ 20 KB);
 *  - the script's own work on a page with no personal field (test-build counters; target ≤ 1 ms).
 * Prints the figures; the last line is JSON.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ChromiumDriver } from '../tests/e2e/harness/chromium';
import { ROOT } from '../tests/e2e/harness/paths';
import { startFixtureServer } from '../tests/e2e/harness/server';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Sent as source text: tsx's keepNames would otherwise inject a `__name` helper the page does not have.
const COST_CALL = `new Promise((resolve) => {
  window.addEventListener('message', (event) => {
    if (event.data && event.data.channel === 'parenthese-guard-cost-reply') resolve({ cost: event.data.cost, active: event.data.active });
  });
  window.postMessage({ channel: 'parenthese-guard-cost' }, '*');
})`;

function guardCost(page: Page): Promise<{ cost: number; active: boolean }> {
  return page.evaluate(COST_CALL) as Promise<{ cost: number; active: boolean }>;
}

const INSTRUMENT = `(() => {
  window.samples = [];
  // the pointer press that focuses the field (event.timeStamp of CDP-made events is not on the page's clock)
  window.addEventListener('pointerdown', (e) => { if (e.target.id === 'nom') window.focusAt = performance.now(); }, true);
  new MutationObserver((mutations) => {
    for (const m of mutations) for (const n of m.addedNodes) {
      if (n.tagName === 'PARENTHESE-UI' && !n.hasAttribute('data-parenthese-test-mark')) {
        const start = window.focusAt;
        window.attached = (window.attached || []).concat(performance.now() - start);
        // visible = the next frame painted after the host went in
        requestAnimationFrame(() => window.samples.push(performance.now() - start));
      }
    }
  }).observe(document.documentElement, { childList: true });
})()`;

async function main() {
  const release = join(ROOT, '.output/chrome-mv3/content-scripts/guard.js');
  const sizeGzip = existsSync(release) ? gzipSync(readFileSync(release), { level: 9 }).length : null;
  const sizeGzipDefault = existsSync(release) ? gzipSync(readFileSync(release)).length : null;

  const server = await startFixtureServer();
  const driver = new ChromiumDriver(server.url('/bridge.html'));
  await driver.launch();
  try {
    const page = await driver.newPlaywrightPage();

    // Outside a session: the script's cost on an ordinary page.
    await page.goto(server.url('/consent/nopersonal.html'));
    await page.waitForTimeout(300);
    await page.click('#q');
    await page.keyboard.type('allocation logement');
    const idle = await guardCost(page);

    await driver.bridge('session.start');
    await page.goto(server.url('/consent/nopersonal.html'));
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.click('#q');
    await page.keyboard.type('allocation logement');
    await page.selectOption('#theme', 'Famille');
    const noPersonal = await guardCost(page);

    // Focus → prompt visible.
    await page.goto(server.url('/consent/plain.html'));
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.evaluate(INSTRUMENT);
    for (let i = 0; i < RUNS; i++) {
      await page.click('#reference');
      await page.click('#nom');
      await page.waitForFunction(`window.samples.length >= ${i + 1}`);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(30);
    }
    const samples = ((await page.evaluate('window.samples')) as number[]).filter(Number.isFinite);
    const attached = ((await page.evaluate('window.attached')) as number[]).filter(Number.isFinite);
    await driver.bridge('session.end');

    const result = {
      focusToPromptMedianMs: Math.round(median(samples) * 10) / 10,
      focusToPromptMaxMs: Math.round(Math.max(...samples) * 10) / 10,
      runs: samples.length,
      focusToPromptAttachedMedianMs: Math.round(median(attached) * 10) / 10,
      contentScriptGzipBytes: sizeGzip,
      contentScriptGzipBytesDefaultLevel: sizeGzipDefault,
      costNoPersonalFieldMs: Math.round(noPersonal.cost * 1000) / 1000,
      costOutsideSessionMs: Math.round(idle.cost * 1000) / 1000,
    };
    console.log(`focus → prompt visible: median ${result.focusToPromptMedianMs} ms (max ${result.focusToPromptMaxMs} ms, ${result.runs} runs; target ≤ 50 ms)`);
    console.log(`focus → prompt in the DOM and open (before paint): median ${result.focusToPromptAttachedMedianMs} ms`);
    console.log(`content script (release) gzip: ${sizeGzip ?? 'n/a — run npm run build'} bytes (target ≤ 20480)`);
    console.log(`script's own work, page without personal field, in a session: ${result.costNoPersonalFieldMs} ms (target ≤ 1 ms)`);
    console.log(`script's own work, same page, outside a session: ${result.costOutsideSessionMs} ms`);
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
