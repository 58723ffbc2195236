import type { ClosedEntry, CookieInfo, InPageResult, InPageTarget, WipeApis } from './apis';
import { buildPlan, dataTypeSet, type PlanStep, type WipePlan } from './plan';
import { KeepList, hostOf, siteOf } from './sites';
import { WIPE_ITEMS, type Check, type ItemOutcome, type WipeDataType, type WipeItem, type WipeOptions } from './types';

/**
 * The whole wipe, in order:
 *  1. the end page opens first (the browser must never close),
 *  2. downloads of the session: in-progress ones cancelled, files deleted from disk, entries erased,
 *  3. storage cleared from inside the session's open pages (sessionStorage, and Firefox's cache storage),
 *  4. every other tab closed,
 *  5. Firefox only: session sites with no open tab get a short background visit to clear what browsingData can't,
 *  6. the per-browser browsingData plan (plan.ts),
 *  7. recently closed tabs forgotten where the browser allows it,
 *  8. verification; anything not clean is retried once, then verified again.
 */
export interface WipeInput {
  startedAt: number;
  sites: readonly string[];
  downloadIds: readonly number[];
  /** The end page to open first; null to open none. */
  endPageUrl: string | null;
  /**
   * The download ids are from an earlier browser run. Firefox numbers downloads per run and forgets the list
   * at restart (measured: `downloads.search({})` is empty after a relaunch), so after a crash its files can't
   * be found through the API any more: they are reported for manual deletion, never guessed at by id.
   */
  downloadIdsStale?: boolean;
  /**
   * Parenthèse's own pages (popup or options opened in a tab) stay open: they hold nothing of the person and
   * show the helper the session's end. Every other tab — every website — is closed.
   */
  ownPagesPrefix?: string;
  /**
   * The closed tabs and windows the browser already listed when the session started (their ids): not the
   * session's, whatever their time says. Chromium dates them to the second, so a tab closed just before the start
   * looked like one of the session's, and removing the session's history (from the start on) never clears it.
   */
  closedBeforeStart?: readonly string[];
}

/**
 * Test builds arm failures here to prove that one failing type does not stop the others. An item armed for
 * `passes` fails every removal call of the first `passes` passes (1: the first pass fails and the retry
 * succeeds; 2: the retry fails too).
 */
export class FaultInjector {
  private readonly armed = new Map<WipeItem, number>();
  private readonly seen = new Set<string>();
  readonly attempts = new Map<WipeItem, number>();
  pass = 1;
  arm(item: WipeItem, passes: number): void {
    if (passes > 0) this.armed.set(item, passes);
    else this.armed.delete(item);
  }
  /** Counts the pass as an attempt for this item; true when this call must fail. */
  take(item: WipeItem): boolean {
    const key = `${item}:${this.pass}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.attempts.set(item, (this.attempts.get(item) ?? 0) + 1);
    }
    return this.pass <= (this.armed.get(item) ?? 0);
  }
  /** A run consumes the armed faults. */
  finish(): void {
    this.armed.clear();
    this.seen.clear();
    this.pass = 1;
  }
  reset(): void {
    this.finish();
    this.attempts.clear();
  }
}

export interface WipeRun {
  outcomes: ItemOutcome[];
  /** Diagnostics (origins and counts only). */
  reached: string[];
  visited: number;
  /** Milliseconds per phase. */
  timings: Record<string, number>;
  endTabId: number | null;
  plan: WipePlan;
  durationMs: number;
}

interface ItemState {
  errors: string[];
  details: string[];
  check?: Check;
}

const STORAGE_ITEMS: readonly WipeDataType[] = ['localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers'];
const MAX_BACKGROUND_VISITS = 20;

export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || 'fichier';
}

function cookieHost(cookie: CookieInfo): string {
  return cookie.domain.replace(/^\./, '').toLowerCase();
}

export async function runWipe(
  apis: WipeApis,
  input: WipeInput,
  options: WipeOptions,
  faults: FaultInjector | null = null,
  now: () => number = () => Date.now(),
): Promise<WipeRun> {
  const started = now();
  const timings: Record<string, number> = {};
  let mark = started;
  const lap = (name: string) => {
    const t = now();
    timings[name] = (timings[name] ?? 0) + (t - mark);
    mark = t;
  };
  if (faults) {
    faults.attempts.clear();
    faults.pass = 1;
  }
  const keep = new KeepList(options.keepSites);
  const sites = [...new Set(input.sites.map((s) => siteOf(s)).filter((s): s is string => s !== null))];
  const wipedSites = sites.filter((s) => !keep.keeps(s));
  const wipedHosts = new Set(wipedSites.map(hostOf));
  const since = options.scope === 'session' ? input.startedAt : 0;
  const plan = buildPlan({ engine: apis.engine, startedAt: input.startedAt, sites, options });
  const state = new Map<WipeItem, ItemState>(WIPE_ITEMS.map((item) => [item, { errors: [], details: [] }]));
  const fail = (item: WipeItem, code: string) => state.get(item)!.errors.push(code);
  const enabled = (item: WipeItem): boolean => {
    if (item === 'files') return options.deleteDownloadedFiles;
    if (item === 'tabs' || item === 'closedTabs') return options.closeTabsAtEnd;
    return options.dataTypes[item];
  };
  const safe = async <T>(task: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await task();
    } catch {
      return undefined;
    }
  };

  const hostAccess = (await safe(() => apis.hostAccess())) ?? false;

  // The session's tabs are the ones open when it ended, listed before the end page opens: at browser start Firefox
  // can load the end page in a second tab of the new window, still about:blank when listed just after, which must
  // not be closed as the session's (crash soak of 29/11: 2 runs of 8 ended with no end page).
  let tabsBefore = await safe(() => apis.queryTabs());

  // 1. End page first.
  const endTabId = input.endPageUrl ? ((await safe(() => apis.openEndPage(input.endPageUrl!))) ?? null) : null;
  lap('endPage');

  // 2. Downloads.
  const fileLeft = new Map<number, string>();
  const removeFiles = async (ids: Iterable<number>) => {
    for (const id of ids) {
      const [item] = (await safe(() => apis.searchDownloads({ id }))) ?? [];
      // Never act on a download that predates the session (an id reused by the browser is not ours).
      if (!item || item.startTime < input.startedAt - 2_000) {
        // Gone from the list: a file that already resisted stays listed in the report.
        continue;
      }
      if (item.state === 'in_progress') await safe(() => apis.cancelDownload(id));
      let removed = true;
      // `exists` is not trusted: after a crash Firefox reports false for a file still on disk.
      if (options.deleteDownloadedFiles && item.state === 'complete') {
        try {
          if (faults?.take('files')) throw new Error('armed fault');
          await apis.removeDownloadFile(id);
          const [after] = (await safe(() => apis.searchDownloads({ id }))) ?? [];
          state.get('files')!.check = after && after.exists === false ? 'verified' : (state.get('files')!.check ?? 'api_only');
        } catch {
          removed = false;
        }
      }
      if (removed) {
        fileLeft.delete(id);
        // Only once the file is gone: an erased entry can no longer be used to find its file.
        await safe(() => apis.eraseDownload(id));
      } else {
        fileLeft.set(id, baseName(item.filename));
      }
    }
  };
  const downloadIds = new Set(input.downloadIdsStale ? [] : input.downloadIds);
  const lostFiles = input.downloadIdsStale ? input.downloadIds.length : 0;
  for (const found of (await safe(() => apis.searchDownloads({ startedAfter: input.startedAt }))) ?? []) downloadIds.add(found.id);
  await removeFiles(downloadIds);
  // A file that resisted is retried now, while its entry still exists: the download-list removal below
  // erases the entries, and an erased entry can no longer lead to its file.
  let filesRetried = false;
  if (fileLeft.size) {
    filesRetried = true;
    if (faults) faults.pass = 2;
    await removeFiles([...fileLeft.keys()]);
    if (faults) faults.pass = 1;
  }
  lap('downloads');

  // 3. In-page clearing of the open session pages.
  const target: InPageTarget = { sites: wipedSites, everySite: options.scope === 'all', keepRules: keep.ruleData };
  const inPage: InPageResult[] = [];
  const reachedOrigins = new Set<string>();
  const wantsInPage = plan.inPage.length > 0;
  const clearTab = async (tabId: number) => {
    const results = (await safe(() => apis.clearInPage(tabId, target))) ?? [];
    for (const r of results) {
      if (!r.cleared) continue;
      inPage.push(r);
      if (r.topLevel) reachedOrigins.add(r.origin);
    }
  };
  // that first listing failed: a second one, late, still beats leaving every session tab open
  tabsBefore ??= (await safe(() => apis.queryTabs())) ?? [];
  const ownPage = (tab: { url?: string }) => Boolean(input.ownPagesPrefix && tab.url?.startsWith(input.ownPagesPrefix));
  const otherTabs = tabsBefore.filter((tab) => tab.id !== endTabId && !ownPage(tab));
  if (wantsInPage) {
    await Promise.all(otherTabs.filter((tab) => tab.url && siteOf(tab.url)).map((tab) => clearTab(tab.id)));
  }
  lap('inPage');

  // 4. Close every other tab.
  // The tabs open when the session ended. One opened while the wipe runs is not the session's, and is left alone.
  const sessionTabIds = new Set(otherTabs.map((tab) => tab.id));
  const closeAll = async () => {
    const tabs = (await safe(() => apis.queryTabs())) ?? [];
    const ids = tabs.filter((tab) => sessionTabIds.has(tab.id)).map((tab) => tab.id);
    if (ids.length) await safe(() => apis.closeTabs(ids));
  };
  if (options.closeTabsAtEnd) await closeAll();
  lap('closeTabs');

  // 5. Firefox: what only a page of the site can clear (cache storage), for session sites with no open tab.
  const visitClosedSites = async () => {
    const unreached = wipedSites.filter((s) => !reachedOrigins.has(s)).slice(0, MAX_BACKGROUND_VISITS);
    let visited = 0;
    for (const site of unreached) {
      const tabId = await safe(() => apis.openBackgroundTab(`${site}/robots.txt`, 8_000));
      if (tabId === undefined || tabId === null) continue;
      visited++;
      visitedTotal++;
      await clearTab(tabId);
      await safe(() => apis.closeTabs([tabId]));
    }
    return visited;
  };
  let visitedTotal = 0;
  const needsVisits = apis.engine === 'firefox' && (options.dataTypes.cacheStorage || options.dataTypes.localStorage);
  if (needsVisits) await visitClosedSites();
  lap('visits');

  // 6. browsingData plan.
  const runStep = async (step: PlanStep, items: readonly WipeDataType[]): Promise<void> => {
    const call = async (subset: readonly WipeDataType[]) => {
      for (const item of subset) if (faults?.take(item)) throw new Error(`armed fault: ${item}`);
      if (step.kind === 'cookieSweep') {
        await sweepCookies(step.keep);
        return;
      }
      const types = dataTypeSet(apis.engine, subset);
      if (Object.keys(types).length) await apis.removeBrowsingData(step.filter, types);
    };
    try {
      await call(items);
    } catch {
      if (items.length === 1) {
        fail(items[0]!, `remove_failed:${step.label}`);
        return;
      }
      // One rejected type must not take the others down: split and find it.
      for (const item of items) {
        try {
          await call([item]);
        } catch {
          fail(item, `remove_failed:${step.label}`);
        }
      }
    }
  };
  const sweepCookies = async (keepPatterns: string[]) => {
    const keepList = new KeepList(keepPatterns);
    const cookies = (await apis.allCookies()).filter((c) => !keepList.keepsHost(cookieHost(c)));
    const session = options.scope === 'session';
    for (const cookie of cookies) {
      // No creation time in the cookies API: in session scope only the session's sites are swept.
      if (session && !cookieBelongsToSession(cookie)) continue;
      await apis.removeCookie(cookie);
    }
  };
  const cookieBelongsToSession = (cookie: CookieInfo): boolean => {
    const host = cookieHost(cookie);
    for (const h of wipedHosts) if (h === host || h.endsWith(`.${host}`) || host.endsWith(`.${h}`)) return true;
    const top = cookie.partitionKey?.topLevelSite;
    if (top) {
      const topHost = hostOf(top);
      for (const h of wipedHosts) if (h === topHost || h.endsWith(`.${topHost}`)) return true;
    }
    return false;
  };
  for (const step of plan.steps) {
    await runStep(step, step.items);
    lap(`step:${step.label}`);
  }

  // 7. Recently closed tabs.
  const isSessionEntry = (entry: ClosedEntry) =>
    entry.lastModified >= input.startedAt - 1_000 || entry.origins.some((o) => wipedSites.includes(o) || options.scope === 'all');
  const forgetClosed = async () => {
    if (!apis.forgetClosed) return;
    const entries = (await safe(() => apis.recentlyClosed())) ?? [];
    for (const entry of entries.filter(isSessionEntry)) {
      if (faults?.take('closedTabs')) continue;
      await safe(() => apis.forgetClosed!(entry));
    }
  };
  if (options.closeTabsAtEnd) await forgetClosed();
  lap('forgetClosed');

  // 8. Verification.
  const verify = async (item: WipeItem): Promise<{ ok: boolean; check: Check; details: string[] }> => {
    const s = state.get(item)!;
    if (s.errors.length) return { ok: false, check: 'api_only', details: [...s.errors] };
    switch (item) {
      case 'history': {
        // A page visited while the wipe runs is not the session's (the helper may already be browsing).
        const left = await safe(() => apis.countHistory(since, started));
        if (left === undefined) return { ok: false, check: 'verified', details: ['check_failed'] };
        return { ok: left === 0, check: 'verified', details: left ? [`left:${left}`] : [] };
      }
      case 'downloads': {
        const left = await safe(() => apis.searchDownloads(since ? { startedAfter: input.startedAt } : {}));
        if (left === undefined) return { ok: false, check: 'verified', details: ['check_failed'] };
        return { ok: left.length === 0, check: 'verified', details: left.length ? [`left:${left.length}`] : [] };
      }
      case 'files': {
        const names = [...fileLeft.values()];
        const details = [...names.map((n) => `file:${n}`), ...(lostFiles ? [`lost:${lostFiles}`] : [])];
        return { ok: names.length === 0 && lostFiles === 0, check: s.check ?? 'verified', details };
      }
      case 'cookies': {
        // Without host access the cookies API shows nothing: an empty answer would prove nothing.
        if (!hostAccess) return { ok: true, check: 'api_only', details: ['no_host_access'] };
        const all = await safe(() => apis.allCookies());
        if (all === undefined) return { ok: false, check: 'verified', details: ['check_failed'] };
        const left = leftoverCookies(all);
        return { ok: left.length === 0, check: 'verified', details: left.length ? [`left:${left.length}`] : [] };
      }
      case 'localStorage':
      case 'cacheStorage':
      case 'indexedDB':
      case 'serviceWorkers': {
        const key = ({ localStorage: 'localStorage', cacheStorage: 'caches', indexedDB: 'databases', serviceWorkers: 'serviceWorkers' } as const)[item];
        const relevant = inPage.filter((r) => wipedSites.includes(r.origin) || options.scope === 'all');
        // Deleting a database or a worker still in use by its page completes when the page closes; browsingData
        // then removes them too, so only localStorage and cache storage read-backs are final.
        const final = item === 'localStorage' || item === 'cacheStorage';
        const left = relevant.filter((r) => r[key] > 0).length;
        if (final && left) return { ok: false, check: 'in_page', details: [`left:${left}`] };
        if (item === 'cacheStorage' && apis.engine === 'firefox') {
          // Firefox has no browsingData key for cache storage: a site no page could reach is not cleaned.
          const unreached = wipedSites.filter((site) => !reachedOrigins.has(site)).length;
          if (unreached) return { ok: false, check: 'in_page', details: [`unreached:${unreached}`] };
          return { ok: true, check: 'in_page', details: options.scope === 'all' ? ['session_sites_only'] : [] };
        }
        return { ok: true, check: final && relevant.length ? 'in_page' : 'api_only', details: [] };
      }
      case 'tabs': {
        const tabs = await safe(() => apis.queryTabs());
        if (tabs === undefined) return { ok: false, check: 'verified', details: ['check_failed'] };
        const left = tabs.filter((tab) => sessionTabIds.has(tab.id)).length;
        return { ok: left === 0, check: 'verified', details: left ? [`left:${left}`] : [] };
      }
      case 'closedTabs': {
        const entries = await safe(() => apis.recentlyClosed());
        if (entries === null || entries === undefined) return { ok: true, check: 'api_only', details: ['no_api'] };
        // What could bring a session page back: a closed tab or window showing one of the session's sites.
        const before = new Set(input.closedBeforeStart ?? []);
        const left = entries.filter(
          (e) =>
            !before.has(e.sessionId ?? '') &&
            e.lastModified >= input.startedAt - 1_000 &&
            e.origins.some((o) => wipedSites.includes(o) || (options.scope === 'all' && !keep.keeps(o))),
        ).length;
        return { ok: left === 0, check: 'verified', details: left ? [`left:${left}`] : [] };
      }
      default:
        return { ok: true, check: 'api_only', details: [] };
    }
  };
  const leftoverCookies = (all: CookieInfo[]) =>
    all.filter((c) => {
      if (keep.keepsHost(cookieHost(c))) return false;
      if (options.scope === 'all') return true;
      return cookieBelongsToSession(c);
    });

  const active = WIPE_ITEMS.filter(enabled);
  const first = new Map<WipeItem, Awaited<ReturnType<typeof verify>>>();
  for (const item of active) first.set(item, await verify(item));
  const failed = active.filter((item) => !first.get(item)!.ok);
  lap('verify');

  // Retry once, only what failed.
  const final = new Map(first);
  if (failed.length) {
    if (faults) faults.pass = 2;
    for (const item of failed) state.get(item)!.errors = [];
    const failedTypes = failed.filter((i): i is WipeDataType => (options.dataTypes as Record<string, boolean>)[i] !== undefined);
    if (failed.includes('tabs')) await closeAll();
    if (needsVisits && failedTypes.some((t) => STORAGE_ITEMS.includes(t))) await visitClosedSites();
    for (const step of plan.steps) {
      const items = step.items.filter((i) => failedTypes.includes(i));
      if (items.length) await runStep(step, items);
    }
    if (failed.includes('cookies') && !state.get('cookies')!.errors.length) {
      const all = (await safe(() => apis.allCookies())) ?? [];
      for (const cookie of leftoverCookies(all)) await safe(() => apis.removeCookie(cookie));
    }
    if (failed.includes('closedTabs')) {
      if (apis.forgetClosed) await forgetClosed();
      else if (options.dataTypes.history && !failedTypes.includes('history')) {
        // Chromium has no API to forget a closed tab; removing the history again is what clears its entries.
        for (const step of plan.steps) if ((step.items as readonly WipeDataType[]).includes('history')) await runStep(step, ['history']);
      }
    }
    for (const item of failed) final.set(item, await verify(item));
  }

  // The end page must be showing at the end, not merely have a tab: at browser start, the browser's own first window
  // can replace it, and Firefox can leave the tab it returned on about:blank.
  if (input.endPageUrl) {
    const url = input.endPageUrl;
    const endPagePath = url.split('?')[0]!;
    const tabs = (await safe(() => apis.queryTabs())) ?? [];
    if (!tabs.some((tab) => tab.url?.startsWith(endPagePath))) {
      const itsTab = tabs.find((tab) => tab.id === endTabId);
      const loaded = itsTab !== undefined && (await safe(() => apis.loadInTab(itsTab.id, url).then(() => true)));
      if (!loaded) await safe(() => apis.openEndPage(url));
    }
  }
  lap('retry');
  faults?.finish();
  const outcomes: ItemOutcome[] = WIPE_ITEMS.map((item) => {
    if (!enabled(item)) return { item, status: 'skipped', details: ['setting'] };
    const result = final.get(item)!;
    const retried = failed.includes(item) || (item === 'files' && filesRetried);
    return {
      item,
      status: result.ok ? 'ok' : 'failed',
      check: result.check,
      ...(retried ? { retried: true } : {}),
      details: result.details,
    };
  });
  return { outcomes, endTabId, plan, reached: [...reachedOrigins], visited: visitedTotal, timings, durationMs: now() - started };
}
