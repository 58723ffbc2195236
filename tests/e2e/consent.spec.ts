import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, helperEndsSession, helperStartsSession, test } from './fixtures';
import { readGuardCost } from './harness/guard-cost';
import { consents, fieldValue, open, rawPage, readUi, waitForNoUi, waitForUi, type RawFrame, type RawPage, type Rect } from './harness/hostile-kit';

/**
 * Issue #6 journeys, one spec for both browsers. Playwright locators cannot pierce the closed shadow root,
 * so the prompt is answered with real mouse clicks at the button rectangles the TEST build publishes on the
 * host (`data-parenthese-test`, absent from release builds), or with the real keyboard.
 * The question follows the browser's language: Debian's Firefox ESR has no French language pack, so it asks in English.
 */

const echoed: string[] = [];
const echoRoute = (req: IncomingMessage, res: ServerResponse) => {
  if (!req.url?.startsWith('/consent-echo')) return false;
  echoed.push(req.url);
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  return true;
};
test.use({ routes: [echoRoute] });

async function clickAt(page: RawPage, rect: Rect, offset = { x: 0, y: 0 }): Promise<void> {
  await page.mouse.click(rect.x + offset.x, rect.y + offset.y);
}

/**
 * A real click on the field `#id` of `frame`, the page's `<iframe id="frame">`, 5 px inside its left edge at
 * mid-height (a mouse click on the page, as a helper would). Returns the frame's origin in the page, to click
 * the frame's prompt buttons with `clickAt`.
 */
async function clickInFrame(page: RawPage, frame: RawFrame, id: string): Promise<{ x: number; y: number }> {
  const origin = await page.evaluate(() => {
    const r = document.getElementById('frame')!.getBoundingClientRect();
    return { x: r.left + 1, y: r.top + 1 };
  }, null);
  const field = await frame.evaluate((fieldId) => {
    const r = document.getElementById(fieldId)!.getBoundingClientRect();
    return { x: r.left + 5, y: r.top + r.height / 2 };
  }, id);
  await page.mouse.click(origin.x + field.x, origin.y + field.y);
  return origin;
}

test.describe('consent before typing, joint review before sending', () => {
  test('plain form: nothing lands before the answer, yes lets typing through, no locks, review then real submission, gone at the end', async ({ ext, server }) => {
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url('/consent/plain.html'));
    // The UI is injected on first need (page.consent.loadUi), into the guard's isolated world: never the page's.
    const pageSeesUi = () => page.evaluate(() => '__parentheseGuardUi' in window || Object.keys(window).some((k) => k.startsWith('__parenthese')), null);
    expect(await pageSeesUi()).toBe(false);

    // Typing before any answer: the first key opens the prompt and nothing reaches the field.
    await page.focus('#nom');
    await page.keyboard.type('Jean');
    const prompt = await waitForUi(page, 'prompt');
    expect(prompt.question).toMatch(/votre nom|your name/);
    expect(prompt.question).toContain('127.0.0.1');
    await page.keyboard.type(' Dupont');
    expect(await fieldValue(page, '#nom')).toBe('');
    expect(await pageSeesUi()).toBe(false);

    // A page script cannot answer: what it finds at the button is our host, and its synthetic clicks do nothing.
    const hit = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y) as HTMLElement;
      el.click();
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      return el.tagName;
    }, prompt.rects.yes!);
    expect(hit).toBe('PARENTHESE-UI');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)), null);
    expect((await waitForUi(page, 'prompt')).open).toBe(true);
    expect(await consents(ext)).toEqual([]);

    // A real click on "Oui": focus returns to the field and typing goes through.
    await clickAt(page, prompt.rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('Jean Dupont');
    expect(await fieldValue(page, '#nom')).toBe('Jean Dupont');
    expect(await consents(ext)).toEqual([expect.objectContaining({ site: '127.0.0.1', category: 'identity_name', answer: 'yes' })]);

    // "Non" with the keyboard (Tab to the button, Enter): the prefilled field keeps its value and stays locked.
    await page.click('#ville');
    await waitForUi(page, 'prompt');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForNoUi(page, 'prompt');
    await page.focus('#ville');
    await page.keyboard.type('Paris');
    expect(await fieldValue(page, '#ville')).toBe('Brest');
    const marks = await page.evaluate(() => document.querySelectorAll('parenthese-ui[data-parenthese-test-mark]').length, null);
    expect(marks).toBe(1);
    // Nothing in the page's DOM tells the consent state.
    const leaks = await page.evaluate(() => document.getElementById('ville')!.getAttributeNames().join(','), null);
    expect(leaks).toBe('id,name,type,value');

    // The value recogniser: a NIR typed into an unclassified field is taken back and asked about.
    await page.focus('#reference');
    await page.keyboard.type('185057800608491');
    const nirPrompt = await waitForUi(page, 'prompt');
    expect(nirPrompt.question).toMatch(/sécurité sociale|social security/);
    expect(await fieldValue(page, '#reference')).toBe('');
    await page.keyboard.press('Escape');
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('1');
    expect(await fieldValue(page, '#reference')).toBe('');
    await clickAt(page, (await waitForUi(page, 'prompt')).rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('185057800608491');

    // Password: consent for credentials, then the review masks it.
    await page.click('#mdp');
    await clickAt(page, (await waitForUi(page, 'prompt')).rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('s3cret!');

    // Submitting opens the joint review; nothing leaves until "Envoyer".
    await page.click('#send');
    const review = await waitForUi(page, 'review');
    expect(review.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ display: 'Jean Dupont', masked: false }),
        expect.objectContaining({ display: '185057800608491' }),
        expect.objectContaining({ label: 'Mot de passe', display: '••••••••', masked: true }),
      ]),
    );
    expect(JSON.stringify(review.items)).not.toContain('s3cret');
    expect(page.url()).toContain('/consent/plain.html');
    expect(await page.evaluate(() => (window as unknown as { siteSubmits: number }).siteSubmits, null)).toBe(0);
    await clickAt(page, review.rects.send!);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('/consent/received.html');
    expect(page.url()).toContain('nom=Jean+Dupont');
    expect(page.url()).toContain('action=envoyer');

    expect((await consents(ext)).length).toBe(4);
    // The popup lists the answers (site, kind, yes/no, time) and the helper can withdraw one (Chromium: Firefox's
    // harness cannot open extension pages).
    const popup = await ext.openPopup();
    if (popup) {
      await popup.waitForSelector('[data-testid="consent-entry"]');
      expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="consent-entry"]').length)).toBe(4);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="consents"]')!.textContent)).toContain('127.0.0.1');
      await popup.click('[data-testid="withdraw-consent"]');
      await expect.poll(async () => (await consents(ext)).length).toBe(3);
      await popup.close();
    }
    await helperEndsSession(ext);
    expect(await consents(ext)).toEqual([]);
    const dump = await ext.bridge<{ local: Record<string, unknown>; session?: Record<string, unknown> }>('storage.dump');
    expect(JSON.stringify(dump)).not.toContain('identity_name');
  });

  test('single-page app fields added later, an open shadow root, and a cross-origin iframe', async ({ ext, server }) => {
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url('/consent/spa.html'));
    await page.click('#next');
    await page.click('#phone');
    const prompt = await waitForUi(page, 'prompt');
    expect(prompt.question).toMatch(/téléphone|phone/);
    await clickAt(page, prompt.rects.no!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('0612345678');
    expect(await fieldValue(page, '#phone')).toBe('');

    // Field inside an open shadow root (composedPath): typing waits for the answer.
    await page.evaluate(() => (document.querySelector('x-widget')!.shadowRoot!.querySelector('#mail') as HTMLInputElement).focus(), null);
    await page.keyboard.type('a');
    const mail = await waitForUi(page, 'prompt');
    expect(mail.question).toMatch(/e-mail|email/);
    await clickAt(page, mail.rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('jean@example.fr');
    expect(await page.evaluate(() => (document.querySelector('x-widget')!.shadowRoot!.querySelector('#mail') as HTMLInputElement).value, null)).toBe('jean@example.fr');

    // Cross-origin iframe: the frame's own guard asks, for the frame's own site.
    await open(page, server.url('/consent/iframe.html'));
    await expect.poll(() => page.frames().some((f) => f.url().includes('/consent/frame-form.html'))).toBe(true);
    const frame = page.frames().find((f) => f.url().includes('/consent/frame-form.html'))!;
    const frameBox = await clickInFrame(page, frame, 'titulaire');
    const framePrompt = await waitForUi(frame, 'prompt');
    expect(framePrompt.question).toContain('localhost');
    await page.keyboard.type('Dupont');
    expect(await fieldValue(frame, '#titulaire')).toBe('');
    await clickAt(page, framePrompt.rects.yes!, frameBox);
    await waitForNoUi(frame, 'prompt');
    await page.keyboard.type('Dupont');
    expect(await fieldValue(frame, '#titulaire')).toBe('Dupont');
    expect(await consents(ext)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ site: '127.0.0.1', category: 'phone', answer: 'no' }),
        expect.objectContaining({ site: 'localhost', answer: 'yes' }),
      ]),
    );
    await helperEndsSession(ext);
  });

  test('a form inside a shadow root gets the joint review before it leaves', async ({ ext, server }) => {
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url('/consent/shadow-form.html'));
    const nom = () => page.evaluate(() => {
      const field = document.querySelector('x-demande')!.shadowRoot!.querySelector('#nom')!;
      const r = field.getBoundingClientRect();
      return { x: r.left + 5, y: r.top + r.height / 2, value: (field as HTMLInputElement).value };
    }, null);
    const at = await nom();
    await page.mouse.click(at.x, at.y);
    await clickAt(page, (await waitForUi(page, 'prompt')).rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('Dupont');
    expect((await nom()).value).toBe('Dupont');

    // Enter submits the component's form: the review opens and nothing leaves until "Envoyer".
    await page.keyboard.press('Enter');
    const review = await waitForUi(page, 'review');
    expect(review.items).toEqual([expect.objectContaining({ label: 'Nom de naissance', display: 'Dupont' })]);
    expect(page.url()).toContain('/consent/shadow-form.html');
    await clickAt(page, review.rects.send!);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('/consent/received.html');
    expect(page.url()).toContain('nom=Dupont');
    await helperEndsSession(ext);
  });

  for (const [title, query] of [
    ['a page that writes itself anew with document.open() stays guarded', ''],
    ['a page that empties itself, then writes itself anew with document.open(), stays guarded', '?emptied'],
  ] as const) test(title, async ({ ext, server }) => {
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url(`/consent/rewritten.html${query}`));
    await expect.poll(() => page.evaluate(() => document.getElementById('ready') !== null, null)).toBe(true);
    await page.click('#nir');
    await page.keyboard.type('185057800608491');
    expect(await fieldValue(page, '#nir')).toBe('');
    const prompt = await waitForUi(page, 'prompt');
    expect(prompt.question).toMatch(/sécurité sociale|social security/);
    await clickAt(page, prompt.rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('185057800608491');
    expect(await fieldValue(page, '#nir')).toBe('185057800608491');
    await helperEndsSession(ext);
  });

  test('frames written by the page (about:blank, srcdoc) are guarded, for the page’s site', async ({ ext, server }) => {
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url('/consent/blank-frame.html'));
    const frameOf = (id: string) =>
      page.evaluate((frameId) => {
        const r = document.getElementById(frameId)!.getBoundingClientRect();
        return { x: r.left + 1, y: r.top + 1 };
      }, id);
    const frames = page.frames().filter((f) => f.url() === 'about:blank' || f.url() === 'about:srcdoc');
    expect(frames.length).toBe(2);
    for (const [frameId, field, typed, category] of [
      ['frame', '#iban', 'FR7630006000011234567890189', /IBAN|banc|bank/i],
      ['srcdoc', '#nir', '185057800608436', /sécurité sociale|social security/i],
    ] as const) {
      // one frame on screen at a time (the prompt is drawn inside its frame and must fit in the viewport)
      await page.evaluate((shown) => {
        for (const id of ['frame', 'srcdoc']) document.getElementById(id)!.style.display = id === shown ? 'block' : 'none';
      }, frameId);
      const box = await frameOf(frameId);
      const frame = (
        await Promise.all(frames.map(async (f) => ((await f.evaluate((sel) => !!document.querySelector(sel), field)) ? f : null)))
      ).find(Boolean)!;
      const at = await frame.evaluate((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { x: r.left + 5, y: r.top + r.height / 2 };
      }, field);
      await page.mouse.click(box.x + at.x, box.y + at.y);
      const prompt = await waitForUi(frame, 'prompt');
      expect(prompt.question).toMatch(category);
      // the frame has no address of its own: the question names the page's site
      expect(prompt.question).toContain('127.0.0.1');
      await page.keyboard.type(typed.slice(0, 6));
      expect(await fieldValue(frame, field)).toBe('');
      await clickAt(page, prompt.rects.yes!, box);
      await waitForNoUi(frame, 'prompt');
      await page.keyboard.type(typed);
      expect(await fieldValue(frame, field)).toBe(typed);
    }
    expect(await consents(ext)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ site: '127.0.0.1', category: 'bank', answer: 'yes' }),
        expect.objectContaining({ site: '127.0.0.1', category: 'national_id', answer: 'yes' }),
      ]),
    );
    await helperEndsSession(ext);
  });

  test('outside a session the guard asks the background nothing when a page loads; the session mark wakes it in every frame', async ({ ext, server }) => {
    const page = await rawPage(ext);
    const framed = () => page.frames().find((f) => f.url().includes('/consent/frame-form.html'));
    const load = async () => {
      await open(page, server.url('/consent/iframe.html'));
      await expect.poll(() => framed() !== undefined).toBe(true);
      return [await readGuardCost(page), await readGuardCost(framed()!)];
    };
    const outside = await load();
    expect(outside.map((c) => c.stateRequests), 'no session: no request at load, top frame and iframe').toEqual([0, 0]);
    expect(outside.map((c) => c.active)).toEqual([false, false]);

    await helperStartsSession(ext);
    const inSession = await load();
    expect(inSession.map((c) => c.stateRequests > 0), 'a page loaded in a session: both frames ask').toEqual([true, true]);
    expect(inSession.map((c) => c.active)).toEqual([true, true]);
    // frames the page writes itself (about:blank, srcdoc) get the mark too, before anything is answered
    await open(page, server.url('/consent/blank-frame.html'));
    const written = page.frames().filter((f) => f.url() === 'about:blank' || f.url() === 'about:srcdoc');
    expect(written).toHaveLength(2);
    const writtenCounters = await Promise.all(written.map((f) => readGuardCost(f)));
    expect(writtenCounters.map((c) => c.stateRequests > 0 && c.active), 'about:blank and srcdoc frames awake').toEqual([true, true]);

    await helperEndsSession(ext);
    const page2 = await rawPage(ext);
    await open(page2, server.url('/consent/nopersonal.html'));
    const after = await readGuardCost(page2);
    expect(after.stateRequests, 'after the end the mark is gone').toBe(0);
    await page2.close();
  });

  test('if the browser refuses the session mark, the pages the session opens are still guarded', async ({ ext, server }) => {
    await ext.bridge('consent.refuseNextMark');
    await helperStartsSession(ext);
    const page = await rawPage(ext);
    await open(page, server.url('/consent/iframe.html'));
    await expect.poll(() => page.frames().some((f) => f.url().includes('/consent/frame-form.html'))).toBe(true);
    const framed = page.frames().find((f) => f.url().includes('/consent/frame-form.html'))!;
    await expect.poll(async () => [(await readGuardCost(page)).active, (await readGuardCost(framed)).active]).toEqual([true, true]);
    // and the question is asked there
    await open(page, server.url('/consent/plain.html'));
    await page.click('#nom');
    await waitForUi(page, 'prompt');
    await helperEndsSession(ext);
  });

  test('pages already open when the session starts are guarded, frames included: the background brings them the vocabulary', async ({ ext, server }) => {
    // Opened before the session: no session mark, so no vocabulary in these frames until the guard asks for it.
    const plain = await rawPage(ext);
    await open(plain, server.url('/consent/plain.html'));
    const framedPage = await rawPage(ext);
    await open(framedPage, server.url('/consent/iframe.html'));
    await expect.poll(() => framedPage.frames().some((f) => f.url().includes('/consent/frame-form.html'))).toBe(true);
    const framed = framedPage.frames().find((f) => f.url().includes('/consent/frame-form.html'))!;
    // and frames the page wrote itself (about:blank, srcdoc): the vocabulary is injected into them too
    const writtenPage = await rawPage(ext);
    await open(writtenPage, server.url('/consent/blank-frame.html'));
    const written = writtenPage.frames().filter((f) => f.url() === 'about:blank' || f.url() === 'about:srcdoc');
    expect(written).toHaveLength(2);

    await helperStartsSession(ext);
    await expect.poll(async () => [(await readGuardCost(plain)).active, (await readGuardCost(framed)).active]).toEqual([true, true]);
    // « Nom » and « Nom du titulaire » are named by the vocabulary alone (no autocomplete, no type): asked about
    await plain.bringToFront();
    await plain.click('#nom');
    expect((await waitForUi(plain, 'prompt')).question).toMatch(/votre nom|your name/);
    await framedPage.bringToFront();
    await clickInFrame(framedPage, framed, 'titulaire');
    expect((await waitForUi(framed, 'prompt')).question).toContain('localhost');
    await writtenPage.bringToFront();
    await expect.poll(async () => Promise.all(written.map(async (f) => (await readGuardCost(f)).active))).toEqual([true, true]);
    const blank = written.find((f) => f.url() === 'about:blank')!;
    await clickInFrame(writtenPage, blank, 'iban');
    expect((await waitForUi(blank, 'prompt')).question).toMatch(/IBAN|banc|bank/i);
    await helperEndsSession(ext);
  });

  test('a site that sends by script gets a non-blocking review; outside a session nothing is asked', async ({ ext, server }) => {
    const page = await rawPage(ext);
    // No session: the guard stays inert.
    await open(page, server.url('/consent/fetch.html'));
    await page.click('#prenom');
    await page.keyboard.type('Jean');
    expect(await fieldValue(page, '#prenom')).toBe('Jean');
    expect(await readUi(page)).toEqual([]);

    await helperStartsSession(ext);
    await open(page, server.url('/consent/fetch.html'));
    await page.click('#prenom');
    await clickAt(page, (await waitForUi(page, 'prompt')).rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('Jeanne');
    await page.click('#email');
    await clickAt(page, (await waitForUi(page, 'prompt')).rects.yes!);
    await waitForNoUi(page, 'prompt');
    await page.keyboard.type('jeanne@example.fr');
    echoed.length = 0;
    await page.click('#send');
    // The site's own script ran (the request left), and the review is offered beside it.
    await expect.poll(() => echoed.length).toBe(1);
    expect(echoed[0]).toContain('prenom=Jeanne');
    const notice = await waitForUi(page, 'review-notice');
    expect(notice.items?.map((i) => i.display)).toEqual(['Jeanne', 'jeanne@example.fr']);
    await expect.poll(() => page.evaluate(() => document.getElementById('status')!.textContent, null)).toBe('Envoyé');
    await clickAt(page, notice.rects.ok!);
    await waitForNoUi(page, 'review-notice');
    await helperEndsSession(ext);
  });
});
