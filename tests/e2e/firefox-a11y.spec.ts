import { createRequire } from 'node:module';
import { expect, test, waitForPhase } from './fixtures';
import type { FirefoxDriver } from './harness/firefox';

// Firefox only (playwright.config.ts): the share of the accessibility checks the BiDi harness can reach.
const require = createRequire(import.meta.url);

test.describe('Firefox: what the harness can reach', () => {
  // Over WebDriver BiDi the extension pages cannot be opened, and closed shadow roots cannot be pierced (no CDP):
  // axe sees the web page around our UI, not inside it. The keyboard and speech checks go through real key presses.
  test('consent question by keyboard, read-aloud without voices, axe on the page around it', async ({ ext, server }) => {
    await ext.bridge('session.start');
    await waitForPhase(ext, 'active');
    const page = await (ext as unknown as FirefoxDriver).puppeteerBrowser.newPage();
    await page.goto(server.url('/consent/plain.html'));
    await page.bringToFront();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await page.keyboard.press('Tab');
    const hostOpen = () =>
      page.evaluate(() => [...document.querySelectorAll('parenthese-ui[data-parenthese-test]')].some((h) => JSON.parse(h.getAttribute('data-parenthese-test') ?? '{}').open));
    await expect.poll(hostOpen).toBe(true);
    const speech = await page.evaluate(() => ({ api: typeof speechSynthesis !== 'undefined', voices: typeof speechSynthesis !== 'undefined' ? speechSynthesis.getVoices().length : -1 }));
    const hasSpeak = await page.evaluate(() => document.querySelector('parenthese-ui[data-parenthese-test]')!.getAttribute('data-parenthese-test')!.includes('"speak"'));
    if (hasSpeak) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    console.log(`read-aloud (Firefox): speechSynthesis ${speech.api ? 'present' : 'absent'}, ${speech.voices} voice(s), button shown: ${hasSpeak}`);
    expect(await hostOpen(), 'the question stays open after "Lire à voix haute"').toBe(true);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await page.evaluate(async () => {
      type Run = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const r = await (window as unknown as { axe: { run(): Promise<Run> } }).axe.run();
      return r.violations.map((v) => ({ rule: `${v.id}(${v.impact})`, targets: v.nodes.map((n) => String(n.target[0])) }));
    });
    console.log(`axe Firefox page with the consent question open: ${JSON.stringify(result)}`);
    // Firefox expands the host's forced inline `all: initial !important` (host.ts: the page must not restyle our
    // UI) into longhands, letter/word-spacing and line-height included, which axe's avoid-inline-spacing flags.
    // The host holds no text (0 × 0), and text-spacing user styles never pierce a shadow root anyway.
    const known = (v: { rule: string; targets: string[] }) => v.rule.startsWith('avoid-inline-spacing') && v.targets.every((t) => t.startsWith('parenthese-ui'));
    expect(result.filter((v) => /serious|critical/.test(v.rule) && !known(v))).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(hostOpen).toBe(false);
    await ext.bridge('session.end');
  });
});
