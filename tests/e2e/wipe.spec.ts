import { helperEndsSession, helperStartsSession, waitForPhase } from './fixtures';
import { expect, test } from './harness/wipe-fixtures';
import { startOtherSite, wipeRoutes } from './harness/plant';
import {
  chromiumEndPage,
  downloadedFiles,
  emptyDownloadDir,
  openAt,
  plantIndexedDb,
  plantServiceWorker,
  readSiteState,
  realDownloads,
  reportFor,
  waitFor,
  type SiteState,
} from './harness/wipe-journey';

interface CheckView {
  history: string[];
  cookies: { name: string; domain: string; partitionKey: { topLevelSite?: string } | null }[];
  downloads: { id: number; exists: boolean; filename: string }[];
  tabs: string[];
  recentlyClosed: string[] | null;
}

test.use({ routes: wipeRoutes });

test.describe('end of session wipe', () => {
  test.beforeEach(({ engine }) => {
    emptyDownloadDir();
    test.info().annotations.push({ type: 'engine', description: engine });
  });

  test('everything the session left is wiped, pre-session data of an untouched site survives', async ({ ext, server }) => {
    await realDownloads(ext);
    const A = server.origin; // http://127.0.0.1:PORT
    const B = `http://localhost:${server.port}`;
    const other = await startOtherSite(); // http://127.0.0.2:PORT2, never visited during the session
    try {
      // Before the session: someone else's data on a third site.
      const pre = await openAt(ext, `${other.origin}/wipe/login?u=avant`);
      await pre.goto(`${other.origin}/`);
      await pre.evaluate(() => localStorage.setItem('avant', 'garde-moi'));
      await pre.close();

      await helperStartsSession(ext);
      const startedAt = (await waitForPhase(ext, 'active')).startedAt!;

      // Site A: log-in cookie, IndexedDB, service worker + cache storage, an embedded cross-site frame (CHIPS).
      const a = await openAt(ext, `${A}/wipe/login?u=personne`);
      await a.goto(`${A}/wipe/plant.html`);
      await a.waitForSelector('body[data-who="connecté:personne"]');
      expect(await a.evaluate(plantIndexedDb)).toBe(true);
      expect(await a.evaluate(plantServiceWorker)).toBe(true);
      await a.evaluate(() => sessionStorage.setItem('etape', '3'));
      await a.goto(`${A}/wipe/chips-top.html`);
      await a.waitForSelector('body[data-framed="yes"]');

      // Form history: real typing, real submit.
      const form = await openAt(ext, `${A}/wipe/form.html`);
      await form.type('#q', 'carte grise');
      await form.click('#send');
      await form.waitForSelector('#done');

      // Site B: localStorage only (no cookie), then its tab is closed before the end.
      const b = await openAt(ext, `${B}/wipe/plant.html`);
      await b.evaluate(() => localStorage.setItem('brouillon', 'numéro allocataire'));
      await b.close();

      // A downloaded PDF.
      const dl = await openAt(ext, `${A}/wipe/download.html`);
      await dl.click('#dl');
      await waitFor('the downloaded file', async () => downloadedFiles().includes('attestation-test.pdf'));

      const record = await ext.bridge<{ sites: string[]; downloadIds: number[] }>('wipe.record');
      expect(record.sites).toEqual(expect.arrayContaining([A, B]));
      expect(record.sites.every((s) => /^https?:\/\/[^/]+$/.test(s)), 'origins only, no paths').toBe(true);
      expect(record.downloadIds.length).toBeGreaterThanOrEqual(1);
      const before = await ext.bridge<CheckView>('wipe.check', startedAt, ['127.0.0.1', 'localhost']);
      expect(before.cookies.map((c) => c.name)).toContain('sid');
      const chips = before.cookies.find((c) => c.name === 'chips');
      // CHIPS works on loopback http in both (measured): Chromium accepts Secure on http://localhost, Firefox
      // partitions the third-party cookie by its top-level site (Firefox ESR 140 writes the site with its port,
      // ESR 153 without).
      expect(chips?.partitionKey?.topLevelSite, 'the partitioned cookie was planted').toMatch(/^http:\/\/127\.0\.0\.1(:\d+)?$/);

      const endAsked = Date.now();
      await helperEndsSession(ext);
      const report = await reportFor(ext, endAsked);
      test.info().annotations.push({ type: 'wipe', description: JSON.stringify(await ext.bridge('wipe.lastRun')) });
      const failed = report.results.filter((r) => !r.ok);
      expect(failed, JSON.stringify(report.results)).toEqual([]);
      expect(report.results.map((r) => r.step)).toEqual(expect.arrayContaining(['wipe.history', 'wipe.cookies', 'wipe.files', 'wipe.tabs']));

      // The end page: Chromium reads it as the person sees it; Firefox checks it is open, and the report above.
      if (ext.browser === 'chromium') {
        const endPage = await chromiumEndPage(ext);
        await endPage.waitForSelector('[data-testid="end-report"]');
        expect(await endPage.getAttribute('[data-testid="end-report"]', 'data-ok')).toBe('true');
        await expect(endPage.locator('#end-title')).toHaveText("La session est terminée, rien n'a été conservé");
        // Clipboard: best effort from the end page (clipboardWrite permission); Chromium headless allows it.
        await endPage.waitForSelector('[data-testid="wipe-item-clipboard"]:not([data-status="pending"])');
        expect(await endPage.getAttribute('[data-testid="wipe-item-clipboard"]', 'data-status')).toBe('ok');
        for (const item of ['history', 'cookies', 'files', 'localStorage', 'indexedDB', 'cacheStorage', 'tabs']) {
          expect(await endPage.getAttribute(`[data-testid="wipe-item-${item}"]`, 'data-status'), item).toBe('ok');
        }
      } else {
        expect(await ext.bridge<string[]>('wipe.endPageTabs')).toHaveLength(1);
      }

      // Through the browser's APIs.
      const after = await ext.bridge<CheckView>('wipe.check', startedAt, ['127.0.0.1', 'localhost']);
      expect(after.cookies, 'no cookie of the session sites, partitioned included').toEqual([]);
      expect(after.downloads).toEqual([]);
      expect(after.history.filter((h) => !h.endsWith('/bridge.html')), 'history since the start').toEqual([]);
      expect(after.tabs.filter((u) => !u.endsWith('/bridge.html') && !u.includes('session-ended.html') && u !== 'about:blank')).toEqual([]);
      expect((after.recentlyClosed ?? []).filter((u) => u.includes('/wipe/'))).toEqual([]);
      // On disk.
      expect(downloadedFiles()).toEqual([]);

      // By visiting the sites again: logged out, storage empty.
      const againA = await openAt(ext, `${A}/wipe/plant.html`);
      const stateA = await againA.evaluate(readSiteState);
      expect(stateA satisfies SiteState).toEqual({ who: 'non connecté', localStorage: 0, sessionStorage: 0, databases: [], caches: [], serviceWorkers: 0 });
      const againB = await openAt(ext, `${B}/wipe/plant.html`);
      expect((await againB.evaluate(readSiteState)).localStorage).toBe(0);

      // The untouched site keeps what it had before the session (scope "session").
      const stillC = await openAt(ext, `${other.origin}/`);
      await stillC.waitForSelector('body[data-who]');
      expect(await stillC.evaluate(() => document.body.dataset.who)).toBe('connecté:avant');
      expect(await stillC.evaluate(() => localStorage.getItem('avant'))).toBe('garde-moi');
    } finally {
      await other.close();
    }
  });
});
