import { describe, expect, it } from 'vitest';
import { defaultWipeOptions, type WipeOptions } from '../../../lib/wipe/types';
import { FaultInjector, runWipe, type WipeInput } from '../../../lib/wipe/wipe';
import type { TabInfo } from '../../../lib/wipe/apis';
import { FakeBrowser, firefoxForget } from './fake-apis';

const A = 'http://127.0.0.1:8080';
const B = 'http://localhost:8080';
const OLD = 'http://127.0.0.2:9000';
const START = 50_000;

function planted(engine: 'chromium' | 'firefox') {
  const fake = new FakeBrowser(engine);
  if (engine === 'firefox') firefoxForget(fake);
  fake.now = 100_000;
  fake.history.push({ origin: OLD, time: 1_000 }, { origin: A, time: 60_000 }, { origin: B, time: 61_000 });
  fake.cookies.push(
    { name: 'old', domain: '127.0.0.2', path: '/', secure: false, created: 1_000 },
    { name: 'sid', domain: '127.0.0.1', path: '/', secure: false, created: 60_000 },
    // Logged in before the session, used during it: must go too.
    { name: 'remember', domain: 'localhost', path: '/', secure: false, created: 2_000 },
  );
  fake.setStorage(OLD, 'localStorage', 1_000);
  fake.setStorage(A, 'indexedDB', 60_000);
  fake.setStorage(B, 'localStorage', 3_000);
  fake.downloads.push(
    { id: 1, state: 'complete', exists: true, filename: '/home/aidant/Téléchargements/avis-imposition.pdf', startTime: 70_000, onDisk: true },
    { id: 2, state: 'in_progress', exists: true, filename: '/home/aidant/Téléchargements/scan.pdf', startTime: 71_000, onDisk: true },
    { id: 3, state: 'complete', exists: true, filename: '/home/aidant/Téléchargements/older.pdf', startTime: 1_000, onDisk: true },
  );
  fake.tabs.push({ id: 1, windowId: 1, url: `${A}/mon-compte?dossier=123` }, { id: 2, windowId: 1, url: 'about:blank' });
  return fake;
}

const input = (patch: Partial<WipeInput> = {}): WipeInput => ({
  startedAt: START,
  sites: [A, B],
  downloadIds: [1, 2],
  endPageUrl: 'chrome-extension://x/session-ended.html?s=1',
  ...patch,
});

function opts(patch: Partial<WipeOptions> = {}): WipeOptions {
  return { ...defaultWipeOptions(), ...patch };
}

const statusOf = (run: Awaited<ReturnType<typeof runWipe>>) => Object.fromEntries(run.outcomes.map((o) => [o.item, o.status]));

describe.each(['chromium', 'firefox'] as const)('wipe in %s', (engine) => {
  it('wipes the session (and the session sites’ older data), keeps the untouched site, and reports every item ✓', async () => {
    const fake = planted(engine);
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(Object.values(statusOf(run)).every((s) => s === 'ok'), JSON.stringify(run.outcomes)).toBe(true);
    expect(fake.history.map((h) => h.origin)).toEqual([OLD]);
    expect(fake.cookies.map((c) => c.name)).toEqual(['old']);
    expect(fake.hasStorage(OLD, 'localStorage')).toBe(true);
    expect(fake.hasStorage(A, 'indexedDB')).toBe(false);
    expect(fake.hasStorage(B, 'localStorage')).toBe(false);
    // Downloads: the in-progress one cancelled, the finished one deleted from disk then erased; the older one untouched.
    expect(fake.log).toEqual(expect.arrayContaining(['cancel:2', 'removeFile:1', 'erase:1']));
    expect(fake.downloads.map((d) => d.id)).toEqual([3]);
    // End page first, then every other tab closed.
    expect(fake.log[0]).toBe('openEndPage');
    expect(fake.tabs.map((t) => t.id)).toEqual([run.endTabId]);
    if (engine === 'firefox') {
      // No call ever mixes localStorage with since (Firefox rejects the whole call).
      for (const call of fake.calls) if (call.filter.since !== undefined) expect(call.types).not.toContain('localStorage');
      // A session site with no open tab left gets a short visit to clear what only a page can (cache storage).
      expect(fake.log).toContain(`visit:${B}`);
      expect(fake.closed).toEqual([]);
    }
  });

  it('one data type rejected: the others are still wiped; it is retried once and reported ✗', async () => {
    const fake = planted(engine);
    fake.rejectTypes.add('indexedDB');
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    const indexedDB = run.outcomes.find((o) => o.item === 'indexedDB')!;
    expect(indexedDB).toMatchObject({ status: 'failed', retried: true });
    expect(indexedDB.details.some((d) => d.startsWith('remove_failed'))).toBe(true);
    const others = run.outcomes.filter((o) => o.item !== 'indexedDB');
    expect(others.every((o) => o.status === 'ok'), JSON.stringify(others)).toBe(true);
    expect(fake.cookies.map((c) => c.name)).toEqual(['old']);
    expect(fake.history.map((h) => h.origin)).toEqual([OLD]);
  });

  it('retry once: a failure on the first pass only ends ✓ (retried); on both passes ✗; never a third attempt', async () => {
    const once = planted(engine);
    const faults = new FaultInjector();
    faults.arm('cookies', 1);
    const first = await runWipe(once, input(), opts(), faults, () => once.now);
    expect(first.outcomes.find((o) => o.item === 'cookies')).toMatchObject({ status: 'ok', retried: true });
    expect(faults.attempts.get('cookies')).toBe(2);

    const twice = planted(engine);
    faults.arm('cookies', 2);
    const second = await runWipe(twice, input(), opts(), faults, () => twice.now);
    expect(second.outcomes.find((o) => o.item === 'cookies')).toMatchObject({ status: 'failed', retried: true });
    expect(faults.attempts.get('cookies')).toBe(2);
    // Armed faults are consumed by the run.
    const third = planted(engine);
    expect(statusOf(await runWipe(third, input(), opts(), faults, () => third.now)).cookies).toBe('ok');
  });

  it('verification drives the report: cookies still there after removal are found, then removed one by one on retry', async () => {
    const fake = planted(engine);
    fake.ignoreCookieRemoval = true;
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(run.outcomes.find((o) => o.item === 'cookies')).toMatchObject({ status: 'ok', retried: true, check: 'verified' });
    expect(fake.cookies.map((c) => c.name)).toEqual(['old']);
  });

  it('without host access the cookie check is not claimed as verified', async () => {
    const fake = planted(engine);
    fake.hostGranted = false;
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(run.outcomes.find((o) => o.item === 'cookies')).toMatchObject({ status: 'ok', check: 'api_only', details: ['no_host_access'] });
  });

  it('a file that cannot be deleted is listed by base name only, with the others still deleted', async () => {
    const fake = planted(engine);
    fake.downloads.push({ id: 4, state: 'complete', exists: true, filename: '/home/aidant/Téléchargements/scan-cni.pdf', startTime: 72_000, onDisk: true });
    fake.failRemoveFile.add(1);
    const run = await runWipe(fake, input({ downloadIds: [1, 2, 4] }), opts(), null, () => fake.now);
    const files = run.outcomes.find((o) => o.item === 'files')!;
    expect(files.status).toBe('failed');
    expect(files.retried).toBe(true);
    expect(files.details).toEqual(['file:avis-imposition.pdf']);
    expect(JSON.stringify(run.outcomes)).not.toContain('/home/');
    expect(fake.log).toContain('removeFile:4');
    // Retried right away, while its entry still existed (the list removal erases entries afterwards).
    expect(fake.log.filter((l) => l === 'removeFile:4')).toHaveLength(1);
  });

  it('scope all: everything goes except the kept sites', async () => {
    const fake = planted(engine);
    fake.cookies.push({ name: 'intra', domain: 'intranet.structure.fr', path: '/', secure: true, created: 70_000 });
    const run = await runWipe(fake, input({ sites: [A, B, 'https://intranet.structure.fr'] }), opts({ scope: 'all', keepSites: ['intranet.structure.fr'] }), null, () => fake.now);
    expect(fake.cookies.map((c) => c.name)).toEqual(['intra']);
    expect(fake.history).toEqual([]);
    expect(statusOf(run).cookies).toBe('ok');
  });

  it('settings turned off: those items are skipped, not faked', async () => {
    const fake = planted(engine);
    const run = await runWipe(fake, input(), opts({ deleteDownloadedFiles: false, closeTabsAtEnd: false, dataTypes: { ...defaultWipeOptions().dataTypes, passwords: false } }), null, () => fake.now);
    expect(statusOf(run)).toMatchObject({ files: 'skipped', tabs: 'skipped', closedTabs: 'skipped', passwords: 'skipped' });
    expect(fake.log).not.toContain('removeFile:1');
    expect(fake.tabs.length).toBe(3);
  });

  it('Parenthèse’s own pages (popup or options in a tab) stay open; every website closes', async () => {
    const fake = planted(engine);
    fake.tabs.push({ id: 50, windowId: 1, url: 'chrome-extension://x/options.html' });
    const run = await runWipe(fake, input({ ownPagesPrefix: 'chrome-extension://x/' }), opts(), null, () => fake.now);
    expect(fake.tabs.map((t) => t.id).sort()).toEqual([50, run.endTabId].sort());
    expect(statusOf(run).tabs).toBe('ok');
  });

  it('a tab opened while the wipe runs is not the session’s: not closed, not a failure', async () => {
    const fake = planted(engine);
    const close = fake.closeTabs.bind(fake);
    fake.closeTabs = async (ids) => {
      await close(ids);
      if (!fake.tabs.some((t) => t.id === 999)) fake.tabs.push({ id: 999, windowId: 1, url: 'http://127.0.0.1:8080/bridge.html' });
    };
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(statusOf(run).tabs).toBe('ok');
  });
});

describe('after a crash', () => {
  it('Firefox: download ids from the previous run are never used; the files are reported for manual deletion', async () => {
    const fake = planted('firefox');
    // A new-run download that happens to carry id 1 again: never touched.
    fake.downloads = [{ id: 1, state: 'complete', exists: true, filename: '/home/x/autre.pdf', startTime: 1_000, onDisk: true }];
    fake.tabs = [];
    const run = await runWipe(fake, input({ downloadIdsStale: true }), opts(), null, () => fake.now);
    expect(fake.log).not.toContain('removeFile:1');
    expect(run.outcomes.find((o) => o.item === 'files')).toMatchObject({ status: 'failed', details: ['lost:2'] });
  });

  // Seen in the Firefox crash soak (29/11): the window opened at browser start has two tabs, the page loads in the
  // one not returned, and its URL is still about:blank just after.
  /** openEndPage answers tab 500, left on about:blank; `alsoOpens` are further tabs of the same new window. */
  const blankEndPageWindow = (fake: FakeBrowser, ...alsoOpens: TabInfo[]) => {
    fake.openEndPage = async () => {
      fake.tabs.push({ id: 500, windowId: 9, url: 'about:blank' }, ...alsoOpens);
      fake.log.push('openEndPage');
      return 500;
    };
  };

  it('Firefox at browser start: the end page loading in another tab of the new window is not closed as the session’s', async () => {
    const fake = planted('firefox');
    const endUrl = input().endPageUrl!;
    const loading: TabInfo = { id: 501, windowId: 9, url: 'about:blank' };
    blankEndPageWindow(fake, loading);
    // the loading tab shows its URL from the second listing after the end page opened
    const query = fake.queryTabs.bind(fake);
    let listings = 0;
    fake.queryTabs = async () => {
      if (fake.tabs.includes(loading) && ++listings === 2) loading.url = endUrl;
      return query();
    };
    await runWipe(fake, input({ downloadIdsStale: true }), opts(), null, () => fake.now);
    expect(fake.tabs.filter((t) => t.url === endUrl).map((t) => t.id)).toEqual([501]);
    expect(fake.tabs.map((t) => t.id)).not.toContain(1);
  });

  it('the end page’s tab left on about:blank: the end page is loaded into it at the end, not opened twice', async () => {
    const fake = planted('firefox');
    blankEndPageWindow(fake);
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(run.endTabId).toBe(500);
    expect(fake.log.filter((l) => l === 'openEndPage' || l.startsWith('load:'))).toEqual(['openEndPage', 'load:500']);
    expect(fake.tabs).toEqual([{ id: 500, windowId: 9, url: input().endPageUrl }]);
  });

  it('Chromium: no tab of the session left, still wiped by site and by time', async () => {
    const fake = planted('chromium');
    fake.tabs = [];
    const run = await runWipe(fake, input(), opts(), null, () => fake.now);
    expect(Object.values(statusOf(run)).every((s) => s === 'ok')).toBe(true);
    expect(fake.hasStorage(B, 'localStorage')).toBe(false);
  });
});

describe('recently closed tabs, Chromium (no API to forget one; dated to the second)', () => {
  // Closed 0.6 s before the start, while the previous person's visit to a site the session also used was ending:
  // Chromium dates it to the second (within the check's 1 s tolerance), and removing the session's history (from
  // the start on) never clears it.
  const justBefore = { kind: 'tab' as const, sessionId: '41', windowId: 1, origins: [A], lastModified: START - 600 };
  const during = { kind: 'tab' as const, sessionId: '42', windowId: 1, origins: [A], lastModified: START + 5_000 };

  it('a tab closed just before the start, listed at the start, is not taken for the session’s', async () => {
    const fake = planted('chromium');
    fake.recentlyClosed = async () => [justBefore];
    const run = await runWipe(fake, input({ closedBeforeStart: ['41'] }), opts(), null, () => fake.now);
    expect(statusOf(run).closedTabs).toBe('ok');
  });

  it('without the list made at the start, the same tab is reported; a tab closed during the session always is', async () => {
    const fake = planted('chromium');
    fake.recentlyClosed = async () => [justBefore];
    expect(statusOf(await runWipe(fake, input(), opts(), null, () => fake.now)).closedTabs).toBe('failed');
    const again = planted('chromium');
    again.recentlyClosed = async () => [justBefore, during];
    const run = await runWipe(again, input({ closedBeforeStart: ['41'] }), opts(), null, () => again.now);
    expect(run.outcomes.find((o) => o.item === 'closedTabs')).toMatchObject({ status: 'failed', details: ['left:1'] });
  });
});

