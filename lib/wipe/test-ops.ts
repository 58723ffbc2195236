import { browser } from 'wxt/browser';
import type { TestOps } from '../testing/bridge-ops';
import type { WipeApis } from './apis';
import { END_PAGE_PATH } from './paths';
import { siteOf } from './sites';

/* eslint-disable @typescript-eslint/no-explicit-any -- test-build-only checks over feature-detected APIs */
const api = browser as any;

/**
 * TEST BUILDS ONLY: what the e2e suite and the benchmark read or plant through the bridge. The checks go
 * through the browser's own APIs, independently of the wipe's code paths.
 */
export function wipeTestOps(apis: () => WipeApis): TestOps {
  return {
    'wipe.now': async () => Date.now(),
    'wipe.check': async (startedAt, hosts) => {
      const hostList = (hosts as string[] | undefined) ?? [];
      const history = ((await api.history.search({ text: '', startTime: Number(startedAt ?? 0), maxResults: 100000 })) as { url: string }[])
        .map((h) => {
          try {
            const u = new URL(h.url);
            return `${u.origin}${u.pathname}`;
          } catch {
            return h.url;
          }
        });
      const cookies = (await apis().allCookies()).filter((c) => {
        const d = c.domain.replace(/^\./, '');
        const top = c.partitionKey?.topLevelSite ? new URL(c.partitionKey.topLevelSite).hostname : '';
        return hostList.length === 0 || hostList.includes(d) || hostList.includes(top);
      });
      const downloads = ((await api.downloads.search({})) as any[]).map((d) => ({ id: d.id, state: d.state, exists: d.exists, filename: d.filename }));
      const tabs = ((await api.tabs.query({})) as any[]).map((t) => t.url ?? '');
      const closed = api.sessions?.getRecentlyClosed ? ((await api.sessions.getRecentlyClosed({})) as any[]) : null;
      return {
        history,
        cookies: cookies.map((c) => ({ name: c.name, domain: c.domain, partitionKey: c.partitionKey ?? null })),
        downloads,
        tabs,
        recentlyClosed: closed?.map((s) => (s.tab ? [s.tab.url] : (s.window?.tabs ?? []).map((t: any) => t.url))).flat() ?? null,
      };
    },
    'wipe.endPageTabs': async () => {
      const prefix = browser.runtime.getURL(END_PAGE_PATH as '/session-ended.html');
      return ((await api.tabs.query({})) as any[]).filter((t) => String(t.url ?? '').startsWith(prefix)).map((t) => t.url);
    },
    'wipe.visitedSites': async () => {
      const items = (await api.history.search({ text: '', startTime: 0, maxResults: 100000 })) as { url: string }[];
      return [...new Set(items.map((h) => siteOf(h.url)).filter(Boolean))];
    },
    'wipe.plantHistory': async (count, startAt) => {
      const n = Number(count);
      const base = Number(startAt ?? 0);
      const batch: Promise<void>[] = [];
      for (let i = 0; i < n; i++) {
        batch.push(api.history.addUrl({ url: `https://site-${i % 200}.example/page/${base + i}` }));
        if (batch.length >= 500) await Promise.all(batch.splice(0));
      }
      await Promise.all(batch);
      return n;
    },
    'wipe.plantCookies': async (count, siteCount) => {
      const n = Number(count);
      const sites = Number(siteCount ?? 200);
      const batch: Promise<unknown>[] = [];
      for (let i = 0; i < n; i++) {
        const site = `site-${i % sites}.example`;
        batch.push(api.cookies.set({ url: `https://${site}/`, name: `c${i}`, value: 'x', secure: true, expirationDate: Date.now() / 1000 + 86400 }));
        if (batch.length >= 500) await Promise.all(batch.splice(0));
      }
      await Promise.all(batch);
      return n;
    },
    'wipe.countCookies': async () => (await apis().allCookies()).length,
    'wipe.countHistory': async (since, until) => apis().countHistory(Number(since ?? 0), until === undefined ? undefined : Number(until)),
    'wipe.timeHistoryDeleteRange': async (since) => {
      const t0 = performance.now();
      await api.history.deleteRange({ startTime: Number(since), endTime: Date.now() + 60_000 });
      return performance.now() - t0;
    },
    'wipe.bareRemove': async (since, types) => {
      const t0 = performance.now();
      await api.browsingData.remove({ since: Number(since) }, types as Record<string, true>);
      return performance.now() - t0;
    },
  };
}
