import type { IncomingMessage, ServerResponse } from 'node:http';
import { inflateSync } from 'node:zlib';
import { CHROME_EXTENSION_ID } from '../../lib/ids';
import { expect, test, type EngineOptions } from './fixtures';
import { consents, fieldValue, open, rawPage, readUi, sleep, startRig, waitForNoUi, waitForUi, type RawPage, type Rect, type Rig } from './harness/hostile-kit';

/**
 * Issue #9 — attacks from web pages. Every case loads tests/fixtures/pages/hostile/form.html, whose own script
 * (attacks.js, the page's main world) tries to defeat the guard; each test checks the attacker's goal fails.
 * Same cases in Chromium and Firefox (the driver interface); one browser and one session per file, each case on
 * a fresh tab with the session's consents withdrawn. Real input = Playwright/Puppeteer mouse and keyboard
 * (trusted events); the page's input = its own script (untrusted events).
 */

let rig: Rig;
const received: string[] = [];
const receivedRoute = (req: IncomingMessage, _res: ServerResponse) => {
  if (req.url?.startsWith('/hostile/received.html')) received.push(req.url);
  return false; // served as a file
};

// the browser is per file (not the per-test `ext` fixture): one launch for every case
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(90_000);
  rig = await startRig((testInfo.project.use as EngineOptions).engine, [receivedRoute]);
});
test.afterAll(async () => {
  await rig?.close();
});

let page: RawPage;
test.beforeEach(async () => {
  await rig.ext.bridge('consent.withdrawAll');
  received.length = 0;
  page = await rawPage(rig.ext);
  await open(page, rig.server.url('/hostile/form.html'));
});
test.afterEach(async () => {
  await page.evaluate(() => (window as unknown as { attack?: { stopLoops(): void } }).attack?.stopLoops(), null).catch(() => undefined);
  await page.close().catch(() => undefined);
});

/** Runs one of the hostile page's own functions (window.attack.<name>) in the page's main world. */
function attack<T = unknown>(name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ({ name, args }) => (window as unknown as { attack: Record<string, (...a: unknown[]) => unknown> }).attack[name]!(...args) as T,
    { name, args },
  );
}

/** The helper clicks the field: the prompt opens. */
async function promptFor(selector: string): Promise<Rect> {
  await page.click(selector);
  const prompt = await waitForUi(page, 'prompt');
  return prompt.rects.yes!;
}

/** Real keys from the helper; afterwards nothing may have reached any field. */
async function helperTypesAndNothingLands(text = 'Dupont'): Promise<void> {
  const before = await attack<Record<string, string>>('values');
  await page.keyboard.type(text);
  expect(await attack<Record<string, string>>('values')).toEqual(before);
}

/** What the person sees at a point (a 1×1 screenshot): the decoy's green or magenta, or the colour found (ours). */
async function pixelAt(rect: Rect): Promise<string> {
  // near the button's left edge, inside its padding: the background colour, not the text's glyphs
  const clip = { x: rect.x - Math.floor(rect.w / 2) + 8, y: rect.y, width: 1, height: 1 };
  const png = Buffer.from(await (page as unknown as { screenshot(o: unknown): Promise<Uint8Array> }).screenshot({ clip }));
  const [r, g, b] = decodeOnePixel(png);
  if (g! > 200 && r! < 60 && b! < 60) return 'green';
  if (r! > 200 && b! > 200 && g! < 60) return 'magenta';
  return `rgb(${r},${g},${b})`;
}

/** First pixel of an 8-bit RGB/RGBA PNG (a 1×1 PNG's only row: every filter type leaves the first pixel as is). */
function decodeOnePixel(png: Buffer): number[] {
  let offset = 8;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') channels = data[9] === 6 ? 4 : 3;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return Array.from(raw.subarray(1, 1 + channels));
}

const noConsent = async () => expect(await consents(rig.ext)).toEqual([]);

test.describe('attacks from a hostile web page', () => {
  test('1. synthetic clicks and keys on the prompt (el.click, dispatchEvent on the host and the document) do not answer', async () => {
    const yes = await promptFor('#nom');
    const done = await attack<string[]>('synthetic', yes.x, yes.y);
    expect(done[0]).toBe('elementFromPoint:PARENTHESE-UI');
    expect(await attack('syntheticTyping', 'nom', 'Dupont')).toBe('');
    await sleep(400);
    expect((await waitForUi(page, 'prompt')).open).toBe(true);
    await noConsent();
    expect(await fieldValue(page, '#nom')).toBe('');
    // The same point clicked for real does answer: the synthetic ones failed because they were synthetic.
    await page.mouse.click(yes.x, yes.y);
    await waitForNoUi(page, 'prompt');
    expect(await consents(rig.ext)).toEqual([expect.objectContaining({ category: 'identity_name', answer: 'yes' })]);
  });

  test('2. removing the prompt host (once, then in a loop) brings it back; the field stays locked', async () => {
    await promptFor('#nom');
    expect(await attack('removeHosts')).toBe(1);
    const back = await waitForUi(page, 'prompt', 2_000);
    expect(back.open).toBe(true);
    await attack('removeLoop', 1);
    await sleep(500);
    await attack('stopLoops');
    await waitForUi(page, 'prompt', 2_000);
    expect(await attack('hostCount')).toBe(1);
    await helperTypesAndNothingLands();
    // Escape (no answer): the field is still locked, typing in it opens the prompt again and nothing lands.
    await page.keyboard.press('Escape');
    await waitForNoUi(page, 'prompt');
    await page.focus('#nom');
    await page.keyboard.type('Dupont');
    expect(await fieldValue(page, '#nom')).toBe('');
    await waitForUi(page, 'prompt');
    await noConsent();
  });

  test('3. hiding the prompt (style attribute, CSSOM !important, injected stylesheet, off-screen, hidden/inert) fails', async () => {
    const yes = await promptFor('#nom');
    const tricks: [string, () => Promise<unknown>][] = [
      ['display:none attribute', () => attack('hideByAttribute', 'display:none !important')],
      ['visibility attribute', () => attack('hideByAttribute', 'visibility:hidden !important')],
      ['opacity attribute', () => attack('hideByAttribute', 'opacity:0 !important')],
      ['off-screen attribute', () => attack('hideByAttribute', 'position:absolute !important; left:-10000px !important; top:-10000px !important')],
      ['CSSOM properties', () => attack('hideByProperty', { display: 'none', visibility: 'hidden', opacity: '0', transform: 'translateX(-10000px)', 'clip-path': 'inset(50%)' })],
      ['stylesheet + hidden/inert/class', () => attack('injectStylesheet')],
    ];
    for (const [name, trick] of tricks) {
      await trick();
      await sleep(50);
      const states = await attack<Record<string, unknown>[]>('hostStates');
      expect(states, name).toEqual([
        expect.objectContaining({ connected: true, parent: 'HTML', display: 'block', visibility: 'visible', opacity: '1', transform: 'none', position: 'fixed', hidden: false, inert: false }),
      ]);
      const now = await waitForUi(page, 'prompt', 2_000);
      expect(now.rects.yes, name).toEqual(yes);
      expect(await attack('tagAt', yes.x, yes.y), name).toBe('parenthese-ui');
    }
    await helperTypesAndNothingLands();
    await noConsent();
  });

  test('4. covering the prompt with a fixed div at the highest z-index: ours stays on top (top layer)', async () => {
    const yes = await promptFor('#nom');
    await attack('overlayDiv', yes.x, yes.y);
    await sleep(300);
    expect(await attack('tagAt', yes.x, yes.y)).toBe('parenthese-ui');
    await helperTypesAndNothingLands();
    // The real click at "Oui" lands on our button, not the decoy's.
    await page.mouse.click(yes.x, yes.y);
    await waitForNoUi(page, 'prompt');
    expect(await consents(rig.ext)).toEqual([expect.objectContaining({ answer: 'yes' })]);
  });

  test('5. covering the prompt with a page <dialog> opened with showModal(): ours is raised back above it', async () => {
    const yes = await promptFor('#nom');
    for (const pointerEventsNone of [false, true]) {
      expect(await attack('overlayDialog', pointerEventsNone)).toBe(true);
      // within a few of the prompt's checks (every 250 ms), ours is on top again and receives the real click
      await expect.poll(() => attack('tagAt', yes.x, yes.y), { timeout: 3_000 }).toBe('parenthese-ui');
      await helperTypesAndNothingLands();
    }
    await noConsent();
  });

  test('6a. clickjacking: a page popover shown over the prompt is noticed and ours is raised above it again', async () => {
    const yes = await promptFor('#nom');
    const ours = await pixelAt(yes); // our "Oui" button's colour
    expect(ours).not.toMatch(/green|magenta/);
    expect(await attack('decoyPopover', yes.x, yes.y, null)).toBe(true);
    // Within a few checks (250 ms) what is painted at "Oui" is ours again, not the decoy's "Continuer".
    await expect.poll(() => pixelAt(yes), { timeout: 3_000 }).toBe(ours);
    await sleep(300);
    expect(await pixelAt(yes)).toBe(ours);
    await helperTypesAndNothingLands();
    await noConsent();
  });

  {
    test('6b. clickjacking: a real click on a decoy re-shown over "Oui" on every frame does not consent', async () => {
      const yes = await promptFor('#nom');
      await sleep(300);
      // The page re-shows its decoy on every frame so it stays above ours even after we raise ours; the person
      // clicks its "Continuer", which sits exactly on our hidden "Oui".
      expect(await attack('decoyPopover', yes.x, yes.y, 'frame')).toBe(true);
      await sleep(300);
      expect(['green', 'magenta']).toContain(await pixelAt(yes)); // the decoy is what the person sees
      await page.mouse.click(yes.x, yes.y);
      await sleep(300);
      await noConsent();
      // Still asking: once the decoy is gone, the real question is there and a real click answers it.
      await attack('stopLoops');
      await page.evaluate(() => document.getElementById('evil-popover')?.remove(), null);
      const again = await waitForUi(page, 'prompt', 2_000);
      await sleep(600);
      // (Firefox may swallow the first real click right after the page's flood of re-shown popovers: click again.)
      for (let attempt = 0; attempt < 3 && (await readUi(page)).some((u) => u.kind === 'prompt'); attempt++) {
        await page.mouse.click(again.rects.yes!.x, again.rects.yes!.y);
        await sleep(300);
      }
      await waitForNoUi(page, 'prompt');
      expect(await consents(rig.ext)).toEqual([expect.objectContaining({ answer: 'yes' })]);
    });
  }

  test('7. reading the prompt or the consent state (shadowRoot, text, selection, styles, field attributes, MutationObserver) reveals nothing', async () => {
    await attack('watch');
    const fieldsBefore = (await attack<{ fieldAttributes: string[] }>('peek')).fieldAttributes;
    await page.click('#nom');
    const prompt = await waitForUi(page, 'prompt');
    const question = prompt.question!;
    expect(question.length).toBeGreaterThan(10);
    const peek = await attack<Record<string, unknown>>('peek');
    expect(peek.hosts).toBe(1);
    expect(peek.shadowRoots).toEqual([null]);
    expect(peek.childNodes).toEqual([0]);
    expect(peek.attachShadow).toEqual(['NotSupportedError']);
    expect(peek.rects).toEqual([[0, 0]]);
    expect(peek.globals).toEqual([]);
    expect(peek.documentAttributes).toEqual([]);
    const words = question.split(/\s+/).filter((w) => w.length > 5);
    const readable = JSON.stringify([peek.texts, peek.pageText, peek.bodyText, peek.selection, peek.selectAll, peek.computed, peek.ariaOnFields]);
    for (const word of [...words, 'Oui', 'Yes', 'Parenth']) expect(readable, word).not.toContain(word);

    // Answer "no" for the name and "yes" for the IBAN: the fields' own attributes say nothing about either.
    await page.mouse.click(prompt.rects.no!.x, prompt.rects.no!.y);
    await waitForNoUi(page, 'prompt');
    const ibanYes = await promptFor('#iban');
    await page.mouse.click(ibanYes.x, ibanYes.y);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('FR7630006000011234567890189');
    const after = await attack<Record<string, unknown>>('peek');
    expect(after.fieldAttributes).toEqual(fieldsBefore);
    expect(after.fieldStyles).toEqual([null, null, null, null]);
    expect(JSON.stringify([after.texts, after.pageText, after.selection, after.ariaOnFields])).not.toMatch(/refus|consent|Oui|Non\b/i);

    // Everything a MutationObserver saw: opaque <parenthese-ui> elements and their forced style, nothing else of ours.
    const seen = await attack<{ type: string; target: string; attribute: string | null; added: string[]; text: string | null }[]>('seen');
    const ours = seen.filter((r) => r.target !== 'INPUT' || r.attribute !== null);
    const texts = JSON.stringify(ours);
    for (const word of [...words, 'refus', 'yes', 'identity', 'bank', 'Oui', 'Non']) expect(texts, word).not.toContain(word);
    for (const r of ours) {
      if (r.type === 'attributes') expect(['HTML', 'PARENTHESE-UI'], JSON.stringify(r)).toContain(r.target);
      if (r.type === 'attributes' && r.target === 'PARENTHESE-UI') expect(r.attribute).toBe('style');
      for (const added of r.added) expect(added, JSON.stringify(r)).toMatch(/^<parenthese-ui style="[^"]*"><\/parenthese-ui>$/);
    }
    expect(seen.filter((r) => r.type === 'characterData')).toEqual([]);
  });

  test('8. forged messages (postMessage, CustomEvent, MessageEvent, chrome.runtime from the page) grant nothing', async () => {
    const yes = await promptFor('#nom');
    const result = await attack<{ runtimes: Record<string, string>; sendResult: string; connectResult: string }>('forge', CHROME_EXTENSION_ID);
    // No externally_connectable: the page has no runtime to reach the extension with.
    expect(result.runtimes.chromeSendMessage).toBe('undefined');
    expect(result.runtimes.browser).toBe('undefined');
    expect(result.sendResult).toMatch(/^threw/);
    expect(result.connectResult).toMatch(/^threw/);
    await sleep(500);
    await noConsent();
    expect((await rig.ext.bridge<{ phase: string }>('session.status')).phase).toBe('active');
    expect((await waitForUi(page, 'prompt')).open).toBe(true);
    await helperTypesAndNothingLands();
    // Escape, then the forged "changed" again: the field is still locked.
    await page.keyboard.press('Escape');
    await waitForNoUi(page, 'prompt');
    await attack('forge', CHROME_EXTENSION_ID);
    await sleep(300);
    await page.focus('#nom');
    await page.keyboard.type('Dupont');
    expect(await fieldValue(page, '#nom')).toBe('');
    expect(yes.w).toBeGreaterThan(0);
  });

  test("9. the site's own script may set a locked field's value; the helper's typing stays gated", async () => {
    // Before any answer: the site's code writes its own data (input.value = …) — allowed.
    expect(await attack('setValue', 'nom', 'Valeur du site', false)).toBe('Valeur du site');
    await sleep(100);
    expect(await fieldValue(page, '#nom')).toBe('Valeur du site');
    // Deliberate: a value poured in WITH input events (what autofill scripts and other extensions do to imitate
    // typing) is put back, like browser autofill — a shared computer's saved data must not fill a locked field.
    expect(await attack('setValue', 'iban', 'FR76 SITE', true)).toBe('');
    // The helper's typing is still gated: the first real key opens the prompt, nothing lands.
    await page.focus('#nom');
    await page.keyboard.type('Dupont');
    await waitForUi(page, 'prompt');
    expect(await fieldValue(page, '#nom')).toBe('Valeur du site');
    // A refusal: the site's script still may write; the helper still may not.
    const prompt = await waitForUi(page, 'prompt');
    await page.mouse.click(prompt.rects.no!.x, prompt.rects.no!.y);
    await waitForNoUi(page, 'prompt');
    expect(await attack('setValue', 'nom', 'Autre valeur du site', false)).toBe('Autre valeur du site');
    await page.focus('#nom');
    await page.keyboard.press('End');
    await page.keyboard.type('Dupont');
    expect(await fieldValue(page, '#nom')).toBe('Autre valeur du site');
    await page.keyboard.press('Backspace');
    expect(await fieldValue(page, '#nom')).toBe('Autre valeur du site');
  });

  for (const mode of ['other', 'blur', 'evict'] as const) {
    test(`10. focus tricks during the prompt (${mode}): the trap holds and nothing typed lands`, async () => {
      await promptFor('#nom');
      await attack('focusTricks', mode);
      await sleep(300);
      await helperTypesAndNothingLands('Dupont 75011');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await helperTypesAndNothingLands('Paris');
      await attack('stopLoops');
      await sleep(300);
      // The prompt survived every trick; focus is inside it (the page sees only our host).
      expect((await waitForUi(page, 'prompt', 2_000)).open).toBe(true);
      expect(await attack('activeId')).toBe('parenthese-ui');
      await noConsent();
    });
  }

  test('11. the page rewrites values and labels under the open review, or replaces the form: what is sent is what the panel showed', async () => {
    for (const [selector, text] of [['#nom', 'Dupont'], ['#iban', 'FR7630006000011234567890189']] as const) {
      await page.click(selector);
      const prompt = await waitForUi(page, 'prompt');
      await page.mouse.click(prompt.rects.yes!.x, prompt.rects.yes!.y);
      await waitForNoUi(page, 'prompt');
      await page.keyboard.type(text);
    }
    await page.click('#send');
    const review = await waitForUi(page, 'review');
    expect(review.items?.map((i) => i.display)).toEqual(['Dupont', 'FR7630006000011234567890189']);
    // The page swaps the IBAN for its own and renames the labels while the panel is open.
    await attack('tamperReview', 'FR7610107001011234567890129');
    await page.mouse.click(review.rects.send!.x, review.rects.send!.y);
    await sleep(500);
    // Not sent as shown: the panel comes back with what would really be sent.
    expect(received).toEqual([]);
    const refreshed = await waitForUi(page, 'review');
    expect(refreshed.items).toEqual([
      expect.objectContaining({ label: 'Nom de naissance (déjà vérifié)', display: 'Dupont' }),
      expect.objectContaining({ label: 'Numéro de parrainage', display: 'FR7610107001011234567890129' }),
    ]);
    // Sending now sends exactly what this panel shows.
    await sleep(300);
    await page.mouse.click(refreshed.rects.send!.x, refreshed.rects.send!.y);
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(received[0]).toContain('iban=FR7610107001011234567890129');
    expect(received[0]).toContain('nom=Dupont');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('/hostile/received.html');

    // The form replaced by a look-alike while the panel is open: the detached form is not sent, nothing else is.
    await open(page, rig.server.url('/hostile/form.html'));
    received.length = 0;
    await page.click('#nom');
    await page.keyboard.type('Martin');
    await page.click('#send');
    const second = await waitForUi(page, 'review');
    expect(second.items?.map((i) => i.display)).toEqual(['Martin']);
    await attack('replaceForm');
    await page.mouse.click(second.rects.send!.x, second.rects.send!.y);
    await sleep(800);
    expect(received).toEqual([]);
    expect((await readUi(page)).filter((u) => u.kind === 'review')).toEqual([]);
  });
});
