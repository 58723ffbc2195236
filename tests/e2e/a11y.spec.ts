import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, helperEndsSession, helperStartsSession, test, waitForPhase } from './fixtures';
import { gotoExtensionPage, type ChromiumDriver } from './harness/chromium';
import { exposeClosedRoots, focusInfo, HOST_TAGS, rectInRoots, type FocusInfo } from './harness/closed-roots';
import { realHostDriverOptions, startRealHostServer, type RealHostServer } from './harness/real-hosts';


interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

async function audit(page: Page, screen: string, scope?: 'our-ui'): Promise<Violation[]> {
  let builder = new AxeBuilder({ page: page as never }).setLegacyMode(true);
  if (scope === 'our-ui') {
    expect(await exposeClosedRoots(page), `${screen}: our UI is on the page`).toBeGreaterThan(0);
    builder = builder.include(HOST_TAGS.map((t) => t.toLowerCase()).join(', '));
  }
  const results = await builder.analyze();
  if (scope === 'our-ui') {
    // Proof axe looked inside the closed roots: shadow DOM targets are [host, inner] selector paths.
    const inside = results.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0]) || n.target.length > 1);
    expect(inside.length, `${screen}: axe checked nodes inside our shadow roots`).toBeGreaterThan(0);
  }
  const violations = results.violations as Violation[];
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact ?? 'none'] = (byImpact[v.impact ?? 'none'] ?? 0) + v.nodes.length;
  console.log(`axe ${screen}: ${results.passes.length} rules passed; violations ${JSON.stringify(byImpact)} ${violations.map((v) => `${v.id}(${v.impact})`).join(' ')}`);
  return violations;
}

function serious(violations: Violation[]) {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
}

async function expectClean(page: Page, screen: string, scope?: 'our-ui') {
  expect(serious(await audit(page, screen, scope)), `${screen}: serious or critical axe violations`).toEqual([]);
}

/**
 * The options page with values set by the structure, without writing a machine-wide policy file (other
 * Chromium runs on this machine would read it): the page's own `chrome.storage.managed.get` answers with
 * the policy, before the page's scripts run. Everything after that read is the real code path.
 */
async function stubManagedPolicy(page: Page, policy: Record<string, unknown>) {
  await page.addInitScript((managed) => {
    const area = (globalThis as unknown as { chrome: { storage: { managed: Record<string, unknown> } } }).chrome.storage.managed;
    const get = (_keys?: unknown, callback?: (items: unknown) => void) => {
      const copy = JSON.parse(JSON.stringify(managed));
      if (typeof callback === 'function') {
        setTimeout(() => callback(copy), 0);
        return undefined;
      }
      return Promise.resolve(copy);
    };
    Object.defineProperty(area, 'get', { value: get, configurable: true, writable: true });
  }, policy);
}

// Chromium only (playwright.config.ts): extension pages and closed roots are reached over CDP.
// Firefox's share is in firefox-a11y.spec.ts.
test.describe('accessibility of every screen (axe-core, keyboard, zoom)', () => {

  test('popup idle, active, confirm; options plain and with values locked by the structure', async ({ ext }) => {
    const page = await (ext as unknown as ChromiumDriver).newPlaywrightPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await gotoExtensionPage(page, 'popup.html');
    await page.getByTestId('start-session').waitFor();
    await expectClean(page, 'popup idle');
    await page.getByTestId('start-session').click();
    await page.locator('[data-testid="session-state"][data-state="active"]').waitFor();
    await expectClean(page, 'popup active');
    await page.getByTestId('end-session').click();
    await page.getByTestId('confirm-end-session').waitFor();
    await expectClean(page, 'popup confirm');
    await page.getByTestId('cancel-end-session').click();

    await page.setViewportSize({ width: 1000, height: 800 });
    await gotoExtensionPage(page, 'options.html');
    await page.getByTestId('save-settings').waitFor();
    await expectClean(page, 'options');
    await waitForPhase(ext, 'active');

    const locked = await (ext as unknown as ChromiumDriver).newPlaywrightPage();
    await stubManagedPolicy(locked, { structureName: 'France Services de Figeac', idleEndMinutes: 15, keepSites: ['intranet.example.fr', 'javascript:alert(1)'] });
    await gotoExtensionPage(locked, 'options.html');
    await locked.getByTestId('setting-structureName').and(locked.locator('[data-locked="true"]')).waitFor();
    await locked.getByTestId('policy-problems').waitFor();
    await expectClean(locked, 'options locked');
  });
});


/** Presses Tab until `want` has the focus (through our closed roots), checking every stop shows a focus ring. */
async function tabTo(page: Page, want: RegExp, max = 25, key = 'Tab'): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const info = await focusInfo(page);
    if (info) {
      seen.push(info.label);
      expect(info.focusVisible && info.outlineWidth >= 2, `visible focus ring on ${info.label} (${info.outline})`).toBe(true);
      if (want.test(info.label)) return info;
    }
  }
  throw new Error(`never reached ${want}; focus went ${seen.join(' → ')}`);
}

async function expectFocus(page: Page, want: RegExp): Promise<FocusInfo> {
  let info: FocusInfo | null = null;
  await expect
    .poll(async () => {
      info = await focusInfo(page);
      return info?.label ?? 'nothing';
    })
    .toMatch(want);
  return info!;
}

test.describe('keyboard only', () => {

  test('start → consent → review → end with Tab, Enter and Escape; visible focus; read-aloud degrades quietly', async ({ ext, server }) => {
    const driver = ext as unknown as ChromiumDriver;
    const popup = await driver.newPlaywrightPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await gotoExtensionPage(popup, 'popup.html');
    await popup.getByTestId('start-session').waitFor();
    await tabTo(popup, /start-session/);
    await popup.keyboard.press('Enter');
    await waitForPhase(ext, 'active');

    const page = await driver.newPlaywrightPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(server.url('/consent/plain.html'));
    await page.bringToFront();
    await page.waitForTimeout(400);

    // Tab into the first field: the question opens, focus on the question (keys typed on cannot answer).
    await page.keyboard.press('Tab');
    const question = await expectFocus(page, /^h1\[question\]/);
    expect(question.inOurUi).toBe(true);
    await expectClean(page, 'consent prompt', 'our-ui');

    // Read aloud: Tab Tab Tab reaches it; in this headless browser there is no voice.
    const speak = await tabTo(page, /\[speak\]/, 3);
    const before = await page.evaluate(() => ({ voices: speechSynthesis.getVoices().length }));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    const after = await page.evaluate(() => ({ speaking: speechSynthesis.speaking, pending: speechSynthesis.pending, voices: speechSynthesis.getVoices().length }));
    console.log(`read-aloud (Chromium): voices before ${before.voices}, after ${JSON.stringify(after)}; errors ${JSON.stringify(errors)}`);
    expect(errors).toEqual([]);
    expect((await focusInfo(page))?.label, 'the prompt stays open, focus stays on the button').toBe(speak.label);

    // Tab wraps to "Oui" (focus stays inside the question); Enter answers; focus goes back to the field.
    await tabTo(page, /\[yes\]/, 1);
    await page.keyboard.press('Enter');
    await expectFocus(page, /^input\[nom\]/);
    await page.keyboard.type('Jean Dupont');
    expect(await page.inputValue('#nom')).toBe('Jean Dupont');

    // Next field: Escape = answer later, focus back on the field, nothing typed gets in.
    await page.keyboard.press('Tab');
    await expectFocus(page, /^h1\[question\]/);
    await page.keyboard.press('Escape');
    await expectFocus(page, /^input\[courriel\]/);
    await page.keyboard.type('x');
    expect(await page.inputValue('#courriel')).toBe('');
    // The key opened the question again: "Non" this time, with the keyboard.
    await expectFocus(page, /^h1\[question\]/);
    await tabTo(page, /\[no\]/, 2);
    await page.keyboard.press('Enter');
    await expectFocus(page, /^input\[courriel\]/);
    await expect.poll(() => page.locator('parenthese-ui[data-parenthese-test-mark]').count()).toBe(1);
    await expectClean(page, 'refused mark', 'our-ui');

    // Back in the name field, Enter sends the form: the joint review opens on its question.
    await page.focus('#nom');
    await page.keyboard.press('Enter');
    await expectFocus(page, /^h1\[rq\]/);
    await expectClean(page, 'review panel', 'our-ui');
    await tabTo(page, /\[send\]/, 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/consent/received.html');

    // End: the popup again, Tab to "Terminer", Enter, the confirmation takes the focus, Enter.
    await popup.reload();
    await popup.bringToFront();
    await popup.getByTestId('end-session').waitFor();
    await tabTo(popup, /end-session/);
    await popup.keyboard.press('Enter');
    await expectFocus(popup, /confirm-end-session/);
    await popup.keyboard.press('Enter');
    await waitForPhase(ext, 'idle', 60_000);

    const context = driver.playwrightContext;
    let end: Page | undefined;
    await expect.poll(() => (end = context.pages().find((p) => p.url().includes('/session-ended.html'))) !== undefined, { timeout: 30_000 }).toBe(true);
    await end!.bringToFront();
    await end!.getByTestId('end-report').waitFor({ timeout: 60_000 });
    await expectClean(end!, 'end page');
  });
});

// Reminders are served under the real host names (over https, several are HSTS-preloaded), as in reminders.spec.ts.
const SITES: Record<string, string> = {
  'www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation': 'reminders/sites/caf-simulation.html',
  'accounts.google.com/signup': 'reminders/sites/email-signup.html',
  'www.caf.fr/demande': 'consent/plain.html',
};

test.describe('reminders on real host names', () => {
  let realSites: RealHostServer;
  test.beforeAll(async () => {
    realSites = await startRealHostServer(SITES);
  });
  test.afterAll(async () => {
    await realSites?.close();
  });
  test.use({ driverOptions: realHostDriverOptions(SITES) });

  test('simulator banner, amount note, email reminder, and the mandate note in the question', async ({ ext }) => {
    const driver = ext as unknown as ChromiumDriver;
    await helperStartsSession(ext);
    const page = await driver.newPlaywrightPage();
    await page.setViewportSize({ width: 1000, height: 760 });
    await page.goto(`https://www.caf.fr:${realSites.port}/allocataires/mes-services-en-ligne/faire-une-simulation`);
    await page.locator('parenthese-reminder[data-test-reminder="simulator"]').waitFor({ state: 'attached' });
    await page.click('#calculer');
    await page.locator('parenthese-reminder[data-test-reminder="amount"]').waitFor({ state: 'attached' });
    await expectClean(page, 'simulator banner + amount note', 'our-ui');
    // The banner's buttons by keyboard: they are after the page's own controls in the Tab order.
    await tabTo(page, /button.*J’ai compris/);
    await page.keyboard.press('Enter');
    await expect(page.locator('parenthese-reminder[data-test-reminder="simulator"]')).toHaveAttribute('data-test-state', 'collapsed');
    await expectClean(page, 'simulator banner collapsed', 'our-ui');

    await page.goto(`https://accounts.google.com:${realSites.port}/signup`);
    await page.locator('parenthese-reminder[data-test-reminder="email"]').waitFor({ state: 'attached' });
    await expectClean(page, 'email reminder', 'our-ui');

    await page.goto(`https://www.caf.fr:${realSites.port}/demande`);
    await page.bringToFront();
    await page.waitForTimeout(400);
    await page.focus('#nir');
    await page.keyboard.type('1');
    await expectFocus(page, /^h1\[question\]/);
    expect(await rectInRoots(page, '[data-role="mandate"]'), 'the mandate note shows on a public-service site').not.toBeNull();
    await expectClean(page, 'consent prompt with mandate note', 'our-ui');
    await helperEndsSession(ext);
  });
});

/** Nothing wider than the window, and no button or text cut off on the right. */
async function overflowReport(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('button, h1, h2, p, li, label')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5 || el.scrollWidth > el.clientWidth + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`);
    return { innerWidth, dpr: devicePixelRatio, fontSize: getComputedStyle(document.documentElement).fontSize, scrollWidth: document.documentElement.scrollWidth, width, clipped };
  });
}

async function popupFitsAt(ext: unknown, label: string) {
  const driver = ext as ChromiumDriver;
  const page = await driver.newPlaywrightPage();
  // The largest popup Chrome draws is 800 × 600 screen pixels.
  await page.setViewportSize({ width: 800, height: 600 });
  await gotoExtensionPage(page, 'popup.html');
  await page.getByTestId('start-session').waitFor();
  const states: Record<string, Awaited<ReturnType<typeof overflowReport>>> = {};
  states.idle = await overflowReport(page);
  await page.getByTestId('start-session').click();
  await page.getByTestId('end-session').waitFor();
  states.active = await overflowReport(page);
  await page.getByTestId('end-session').click();
  await page.getByTestId('confirm-end-session').waitFor();
  states.confirm = await overflowReport(page);
  console.log(`popup at ${label}: ${JSON.stringify(states)}`);
  for (const [state, r] of Object.entries(states)) {
    expect(r.scrollWidth, `${label}, ${state}: no horizontal scrolling`).toBeLessThanOrEqual(r.width);
    expect(r.clipped, `${label}, ${state}: nothing cut off`).toEqual([]);
  }
  await page.getByTestId('cancel-end-session').click();
  return page;
}

test.describe('zoom 200 % (browser setting "Page zoom")', () => {
  // log(2) / log(1.2): Chromium's zoom level for 200 %, the default zoom of every page in this profile.
  test.use({ driverOptions: { prefs: { partition: { default_zoom_level: { x: Math.log(2) / Math.log(1.2) } } } } });
  test('popup, consent prompt and review fit, nothing cut off', async ({ ext, server }) => {
    const popup = await popupFitsAt(ext, 'page zoom 200 %');
    expect((await overflowReport(popup)).dpr).toBe(2);
    const page = await (ext as unknown as ChromiumDriver).newPlaywrightPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(server.url('/consent/plain.html'));
    await page.bringToFront();
    await page.waitForTimeout(400);
    await page.focus('#nom');
    await page.keyboard.type('J');
    await expectFocus(page, /^h1\[question\]/);
    const prompt = await page.evaluate((tags) => {
      const dialog = [...document.querySelectorAll(tags)].map((h) => h.shadowRoot?.querySelector('dialog')).find(Boolean)!;
      const r = dialog.getBoundingClientRect();
      return { dpr: devicePixelRatio, width: innerWidth, left: r.left, right: r.right, scrollWidth: dialog.scrollWidth, clientWidth: dialog.clientWidth };
    }, 'parenthese-ui');
    console.log(`consent prompt at page zoom 200 %: ${JSON.stringify(prompt)}`);
    expect(prompt.dpr).toBe(2);
    expect(prompt.right).toBeLessThanOrEqual(prompt.width);
    expect(prompt.scrollWidth).toBeLessThanOrEqual(prompt.clientWidth);
    // Every button can be reached and seen: focus scrolls it into the dialog's view.
    for (const role of ['yes', 'no']) {
      await tabTo(page, new RegExp(`\\[${role}\\]`), 3);
      const r = await rectInRoots(page, `[data-role="${role}"]`);
      expect(r!.x + r!.width, `${role} inside the window`).toBeLessThanOrEqual(prompt.width);
      expect(r!.y + r!.height).toBeLessThanOrEqual(360 + 1);
    }
  });
});

test.describe('text size 200 % (browser setting "Font size": 32 px)', () => {
  test.use({ driverOptions: { prefs: { webkit: { webprefs: { default_font_size: 32 } } } } });
  test('popup text follows the setting and still fits', async ({ ext }) => {
    const popup = await popupFitsAt(ext, 'font size 32 px');
    expect((await overflowReport(popup)).fontSize).toBe('32px');
  });
});

