import { browser } from 'wxt/browser';
import type { ClosedEntry, CookieInfo, DownloadInfo, InPageResult, InPageTarget, TabInfo, WipeApis } from '../wipe/apis';
import { inPageClear } from '../wipe/in-page';
import type { RemovalFilter } from '../wipe/plan';
import { siteOf } from '../wipe/sites';
import type { Engine } from '../wipe/types';

/* eslint-disable @typescript-eslint/no-explicit-any -- the polyfill's types lag behind both browsers here
   (partitionKey, excludeOrigins, scripting, sessions.forget*): every use is feature-detected. */
const api = browser as any;

/** Feature detection, not user-agent sniffing: Firefox MV2 has tabs.executeScript and no scripting API. */
export function detectEngine(): Engine {
  return typeof api.runtime?.getBrowserInfo === 'function' ? 'firefox' : 'chromium';
}

function toDownload(item: any): DownloadInfo {
  return { id: item.id, state: item.state, exists: Boolean(item.exists), filename: String(item.filename ?? ''), startTime: Date.parse(item.startTime) };
}

function toCookie(c: any): CookieInfo {
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    secure: Boolean(c.secure),
    storeId: c.storeId,
    partitionKey: c.partitionKey ?? null,
    ...(c.firstPartyDomain !== undefined ? { firstPartyDomain: c.firstPartyDomain } : {}),
  };
}

async function tryGetAll(details: object): Promise<any[] | null> {
  try {
    return (await api.cookies.getAll(details)) as any[];
  } catch {
    return null;
  }
}

function waitMs(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function closedOrigins(tab: any): string[] {
  const site = typeof tab?.url === 'string' ? siteOf(tab.url) : null;
  return site ? [site] : [];
}

export function browserWipeApis(engine: Engine = detectEngine()): WipeApis {
  return {
    engine,
    async removeBrowsingData(filter: RemovalFilter, types: Record<string, true>) {
      await api.browsingData.remove(filter, types);
    },
    async countHistory(startTime: number, endTime?: number) {
      const query: any = { text: '', startTime, maxResults: 1_000_000 };
      if (endTime !== undefined) query.endTime = endTime;
      const items = (await api.history.search(query)) as { url?: string }[];
      return items.filter((item) => item.url && siteOf(item.url)).length;
    },
    async allCookies() {
      // Partitioned cookies (CHIPS in Chromium, Total Cookie Protection in Firefox) only come back with a
      // partitionKey filter; `{}` asks for every partition. Older browsers reject the key: fall back.
      const seen = new Map<string, CookieInfo>();
      const lists = [await tryGetAll({ partitionKey: {} }), await tryGetAll({})];
      if (lists.every((l) => l === null)) throw new Error('cookies.getAll failed');
      for (const list of lists) {
        for (const raw of list ?? []) {
          const c = toCookie(raw);
          seen.set(`${c.storeId}|${c.domain}|${c.path}|${c.name}|${JSON.stringify(c.partitionKey ?? null)}|${c.firstPartyDomain ?? ''}`, c);
        }
      }
      return [...seen.values()];
    },
    async removeCookie(cookie: CookieInfo) {
      const host = cookie.domain.replace(/^\./, '');
      const details: any = { url: `http${cookie.secure ? 's' : ''}://${host}${cookie.path}`, name: cookie.name };
      if (cookie.storeId) details.storeId = cookie.storeId;
      if (cookie.partitionKey) details.partitionKey = cookie.partitionKey;
      if (cookie.firstPartyDomain !== undefined) details.firstPartyDomain = cookie.firstPartyDomain;
      try {
        return Boolean(await api.cookies.remove(details));
      } catch {
        return false;
      }
    },
    async searchDownloads(query) {
      const q: any = {};
      if (query.id !== undefined) q.id = query.id;
      if (query.startedAfter !== undefined) q.startedAfter = new Date(query.startedAfter).toISOString();
      return ((await api.downloads.search(q)) as any[]).map(toDownload);
    },
    async cancelDownload(id) {
      await api.downloads.cancel(id);
    },
    async removeDownloadFile(id) {
      try {
        await api.downloads.removeFile(id);
      } catch (error) {
        // Already gone from disk (moved or deleted by hand): that is the outcome we want.
        const [item] = (await api.downloads.search({ id })) as any[];
        if (item && item.exists === false) return;
        throw error;
      }
    },
    async eraseDownload(id) {
      await api.downloads.erase({ id });
    },
    async queryTabs(): Promise<TabInfo[]> {
      return ((await api.tabs.query({})) as any[]).map((t) => ({ id: t.id, windowId: t.windowId, url: t.url }));
    },
    async openEndPage(url) {
      // At browser start (crash recovery) there may be no window yet, and both calls fail: wait and retry.
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          const win = await api.windows.create({ url, focused: true, type: 'normal' });
          const tabId = win?.tabs?.[0]?.id;
          if (typeof tabId === 'number') return tabId;
        } catch {
          // Some contexts (no window manager, kiosk) refuse new windows: a tab will do.
        }
        try {
          const tab = await api.tabs.create({ url, active: true });
          if (typeof tab?.id === 'number') return tab.id as number;
        } catch {
          // no window to put it in yet
        }
        await waitMs(500);
      }
      return null;
    },
    async loadInTab(tabId, url) {
      await api.tabs.update(tabId, { url, active: true });
    },
    async closeTabs(ids) {
      await api.tabs.remove(ids);
    },
    async clearInPage(tabId: number, target: InPageTarget): Promise<InPageResult[]> {
      if (api.scripting?.executeScript) {
        const results = (await api.scripting.executeScript({ target: { tabId, allFrames: true }, func: inPageClear, args: [target] })) as {
          result?: InPageResult;
        }[];
        return results.map((r) => r.result).filter((r): r is InPageResult => Boolean(r));
      }
      const code = `(${inPageClear.toString()})(${JSON.stringify(target)})`;
      const results = (await api.tabs.executeScript(tabId, { code, allFrames: true, runAt: 'document_start' })) as (InPageResult | null)[];
      return results.filter((r): r is InPageResult => Boolean(r));
    },
    async openBackgroundTab(url, timeoutMs) {
      const tab = await api.tabs.create({ url, active: false });
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const current = await api.tabs.get(tab.id).catch(() => null);
        if (!current) return null;
        if (current.status === 'complete' && current.url && current.url !== 'about:blank') return tab.id as number;
        await waitMs(100);
      }
      await api.tabs.remove(tab.id).catch(() => undefined);
      return null;
    },
    async hostAccess() {
      try {
        return Boolean(await api.permissions.contains({ origins: ['<all_urls>'] }));
      } catch {
        return false;
      }
    },
    async recentlyClosed(): Promise<ClosedEntry[] | null> {
      if (!api.sessions?.getRecentlyClosed) return null;
      const sessions = (await api.sessions.getRecentlyClosed({})) as any[];
      return sessions.map((s) => {
        const seconds = typeof s.lastModified === 'number' && s.lastModified < 1e11;
        const lastModified = seconds ? s.lastModified * 1000 : Number(s.lastModified ?? 0);
        if (s.window) {
          return { kind: 'window', sessionId: s.window.sessionId, origins: (s.window.tabs ?? []).flatMap(closedOrigins), lastModified };
        }
        return { kind: 'tab', sessionId: s.tab?.sessionId, windowId: s.tab?.windowId, origins: closedOrigins(s.tab), lastModified };
      });
    },
    forgetClosed:
      api.sessions?.forgetClosedTab && api.sessions?.forgetClosedWindow
        ? async (entry: ClosedEntry) => {
            if (!entry.sessionId) return;
            if (entry.kind === 'window') await api.sessions.forgetClosedWindow(entry.sessionId);
            else await api.sessions.forgetClosedTab(entry.windowId, entry.sessionId);
          }
        : null,
  };
}
