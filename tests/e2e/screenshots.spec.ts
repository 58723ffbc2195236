import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test, waitForPhase } from './fixtures';
import { gotoExtensionPage, type ChromiumDriver } from './harness/chromium';
import { exposeClosedRoots, focusInfo, rectInRoots } from './harness/closed-roots';
import { realHostDriverOptions, startRealHostServer, type RealHostServer } from './harness/real-hosts';

/**
 * The README's pictures, made from the real extension in Debian's Chromium with the French UI (--lang=fr).
 * Regenerate: `npm run build:test && SCREENSHOTS=1 npx playwright test tests/e2e/screenshots.spec.ts --project=chromium`.
 * Skipped otherwise, so the test suite never rewrites committed files.
 */
const OUT = new URL('../../docs/screenshots/', import.meta.url).pathname;
const SITES: Record<string, string> = {
  'www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation': 'reminders/sites/caf-simulation.html',
  'accounts.google.com/signup': 'reminders/sites/email-signup.html',
  'www.caf.fr/demande': 'consent/plain.html',
  'www.caf.fr/received.html': 'consent/received.html',
};

let sites: RealHostServer;
test.beforeAll(async () => {
  sites = await startRealHostServer(SITES);
});
test.afterAll(async () => {
  await sites?.close();
});
test.use({ driverOptions: realHostDriverOptions(SITES) });

type Box = { x: number; y: number; width: number; height: number };
const pad = (r: Box, p: number, page: { width: number; height: number }): Box => {
  const x = Math.max(0, Math.floor(r.x - p));
  const y = Math.max(0, Math.floor(r.y - p));
  return { x, y, width: Math.min(page.width - x, Math.ceil(r.width + 2 * p)), height: Math.min(page.height - y, Math.ceil(r.height + 2 * p)) };
};

async function shoot(page: Page, name: string, clip: Box) {
  const viewport = page.viewportSize()!;
  await page.screenshot({ path: join(OUT, `${name}.png`), clip: pad(clip, 0, viewport), animations: 'disabled', caret: 'hide' });
}

async function shootInRoot(page: Page, name: string, selector: string, margin = 16) {
  await page.waitForTimeout(300);
  const r = await rectInRoots(page, selector);
  expect(r, `${name}: ${selector} visible`).not.toBeNull();
  await shoot(page, name, pad(r!, margin, page.viewportSize()!));
}

async function shootElement(page: Page, name: string, selector: string, margin = 20) {
  const r = await page.locator(selector).first().boundingBox();
  await shoot(page, name, pad(r!, margin, page.viewportSize()!));
}

// Not part of `npm test` (playwright.config.ts leaves it out unless SCREENSHOTS=1): it rewrites committed PNGs.
test('screenshots of every screen, in French', async ({ ext }) => {
  mkdirSync(OUT, { recursive: true });
  const driver = ext as unknown as ChromiumDriver;
  const site = (path: string) => sites.siteUrl(path);

  const popup = await driver.newPlaywrightPage();
  await popup.setViewportSize({ width: 440, height: 760 });
  await gotoExtensionPage(popup, 'popup.html');
  await popup.getByTestId('start-session').waitFor();
  await shootElement(popup, 'popup-idle', 'main.popup', 0);
  await popup.getByTestId('start-session').click();
  await waitForPhase(ext, 'active');

  const page = await driver.newPlaywrightPage();
  await page.setViewportSize({ width: 1000, height: 720 });
  await page.goto(site('www.caf.fr/demande'));
  await page.bringToFront();
  await page.waitForTimeout(400);
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focusInfo(page))?.label ?? '').toMatch(/question/);
  await page.mouse.move(0, 0);
  await shootInRoot(page, 'consent-prompt', 'dialog');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Jean Dupont');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await page.focus('#nir');
  await page.keyboard.type('1');
  await expect.poll(async () => (await focusInfo(page))?.label ?? '').toMatch(/question/);
  expect(await rectInRoots(page, '[data-role="mandate"]')).not.toBeNull();
  await shootInRoot(page, 'consent-prompt-mandate', 'dialog');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const nir = (await page.locator('#nir').boundingBox())!;
  await shoot(page, 'consent-refused-mark', pad({ x: nir.x, y: nir.y - 30, width: 420, height: nir.height + 40 }, 8, page.viewportSize()!));
  await page.focus('#nom');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focusInfo(page))?.label ?? '').toMatch(/rq/);
  await shootInRoot(page, 'review', 'dialog');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await page.goto(site('www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation'));
  await page.locator('parenthese-reminder[data-test-reminder="simulator"]').waitFor({ state: 'attached' });
  await page.click('#calculer');
  await page.locator('parenthese-reminder[data-test-reminder="amount"]').waitFor({ state: 'attached' });
  await page.mouse.move(0, 0);
  await exposeClosedRoots(page);
  await shootInRoot(page, 'simulator-banner', '.box', 12);
  const amount = (await page.locator('#montant').boundingBox())!;
  const note = (await rectInRoots(page, '.note'))!;
  const left = Math.min(amount.x, note.x);
  await shoot(page, 'simulator-amount-note', pad({ x: left, y: amount.y, width: Math.max(amount.x + amount.width, note.x + note.width) - left, height: note.y + note.height - amount.y }, 16, page.viewportSize()!));

  await page.goto(site('accounts.google.com/signup'));
  await page.locator('parenthese-reminder[data-test-reminder="email"]').waitFor({ state: 'attached' });
  await shootInRoot(page, 'email-reminder', '.box', 12);

  await popup.reload();
  await popup.bringToFront();
  await popup.getByTestId('consent-entry').first().waitFor();
  await shootElement(popup, 'popup-active', 'main.popup', 0);
  await popup.getByTestId('end-session').click();
  await popup.getByTestId('confirm-end-session').waitFor();
  await shootElement(popup, 'popup-confirm', 'main.popup', 0);

  const options = await driver.newPlaywrightPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.addInitScript((managed) => {
    const area = (globalThis as unknown as { chrome: { storage: { managed: Record<string, unknown> } } }).chrome.storage.managed;
    const get = (_keys?: unknown, callback?: (items: unknown) => void) => {
      if (typeof callback === 'function') return void setTimeout(() => callback(JSON.parse(JSON.stringify(managed))), 0);
      return Promise.resolve(JSON.parse(JSON.stringify(managed)));
    };
    Object.defineProperty(area, 'get', { value: get, configurable: true, writable: true });
  }, { structureName: 'France Services de Figeac', idleEndMinutes: 15 });
  await gotoExtensionPage(options, 'options.html');
  await options.locator('[data-testid="setting-idleEndMinutes"][data-locked="true"]').waitFor();
  await shoot(options, 'options', { x: 0, y: 0, width: 884, height: 830 });

  await popup.bringToFront();
  await popup.getByTestId('confirm-end-session').click();
  await waitForPhase(ext, 'idle', 60_000);
  let end: Page | undefined;
  await expect.poll(() => (end = driver.playwrightContext.pages().find((p) => p.url().includes('/session-ended.html'))) !== undefined, { timeout: 30_000 }).toBe(true);
  await end!.setViewportSize({ width: 900, height: 1400 });
  await end!.bringToFront();
  await end!.getByTestId('end-report').waitFor({ timeout: 60_000 });
  await end!.waitForTimeout(500);
  await shootElement(end!, 'end-page', 'main.end-page', 0);
});
