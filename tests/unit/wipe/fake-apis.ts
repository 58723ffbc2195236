import type { ClosedEntry, CookieInfo, DownloadInfo, InPageResult, InPageTarget, TabInfo, WipeApis } from '../../../lib/wipe/apis';
import type { RemovalFilter } from '../../../lib/wipe/plan';
import type { Engine } from '../../../lib/wipe/types';

interface StoredCookie extends CookieInfo {
  created: number;
}
interface Visit {
  origin: string;
  time: number;
}
interface FakeDownload extends DownloadInfo {
  onDisk: boolean;
}

/**
 * A browser that removes data the way the measured browsers do (../../../../shared/notes/browsers.md):
 * Chromium honours since/origins everywhere it accepts them; Firefox rejects localStorage with since (the whole
 * call), ignores since for indexedDB, has no cacheStorage key.
 */
export class FakeBrowser implements WipeApis {
  now = 10_000;
  history: Visit[] = [];
  cookies: StoredCookie[] = [];
  /** origin → kind → created time */
  storage = new Map<string, Map<string, number>>();
  downloads: FakeDownload[] = [];
  tabs: TabInfo[] = [];
  closed: ClosedEntry[] = [];
  calls: { filter: RemovalFilter; types: string[] }[] = [];
  log: string[] = [];
  rejectTypes = new Set<string>();
  ignoreCookieRemoval = false;
  failRemoveFile = new Set<number>();
  private nextTab = 100;

  constructor(readonly engine: Engine) {}

  forgetClosed: ((entry: ClosedEntry) => Promise<void>) | null = null;

  setStorage(origin: string, kind: string, time: number) {
    if (!this.storage.has(origin)) this.storage.set(origin, new Map());
    this.storage.get(origin)!.set(kind, time);
  }

  hasStorage(origin: string, kind: string): boolean {
    return this.storage.get(origin)?.has(kind) ?? false;
  }

  async removeBrowsingData(filter: RemovalFilter, types: Record<string, true>) {
    const keys = Object.keys(types);
    this.calls.push({ filter, types: keys });
    this.log.push(`remove:${keys.join(',')}`);
    if (keys.some((k) => this.rejectTypes.has(k))) throw new Error('rejected');
    if (this.engine === 'firefox') {
      if (keys.some((k) => ['cacheStorage', 'fileSystems', 'webSQL'].includes(k))) throw new Error('Type error for parameter dataToRemove');
      if (keys.includes('localStorage') && filter.since) throw new Error("Firefox does not support clearing localStorage with 'since'.");
      if ((filter.origins || filter.excludeOrigins) !== undefined) throw new Error('Unexpected property "origins"');
    } else {
      const siteOnly = ['cookies', 'localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers', 'cache', 'fileSystems', 'webSQL'];
      if ((filter.origins || filter.excludeOrigins) && keys.some((k) => !siteOnly.includes(k))) throw new Error('origin filter unsupported');
      if (filter.hostnames) throw new Error('Unexpected property "hostnames"');
    }
    const since = filter.since ?? 0;
    const hostOf = (o: string) => new URL(o).hostname;
    const matchesOrigin = (origin: string) => {
      if (filter.origins && !filter.origins.includes(origin)) return false;
      if (filter.excludeOrigins?.includes(origin)) return false;
      if (filter.hostnames && !filter.hostnames.includes(hostOf(origin))) return false;
      return true;
    };
    if (keys.includes('history')) this.history = this.history.filter((v) => !(v.time >= since));
    if (keys.includes('downloads')) {
      this.downloads = this.downloads.filter((d) => d.startTime < since);
    }
    if (keys.includes('cookies') && !this.ignoreCookieRemoval) {
      this.cookies = this.cookies.filter((c) => {
        const origin = `http://${c.domain.replace(/^\./, '')}`;
        const byTime = filter.origins || filter.hostnames ? true : c.created >= since;
        return !(byTime && matchesOrigin(origin));
      });
    }
    for (const [origin, kinds] of this.storage) {
      if (!matchesOrigin(origin)) continue;
      for (const [kind, time] of [...kinds]) {
        if (!keys.includes(kind)) continue;
        // Firefox's indexedDB ignores since (measured).
        const ignoresSince = this.engine === 'firefox' && kind === 'indexedDB';
        if (ignoresSince || filter.origins || filter.hostnames || time >= since) kinds.delete(kind);
      }
    }
  }

  async countHistory(startTime: number, endTime = Infinity) {
    return this.history.filter((v) => v.time >= startTime && v.time <= endTime).length;
  }
  async allCookies() {
    return this.cookies.map(({ created: _created, ...c }) => c);
  }
  async removeCookie(cookie: CookieInfo) {
    const before = this.cookies.length;
    this.cookies = this.cookies.filter((c) => !(c.name === cookie.name && c.domain === cookie.domain));
    return this.cookies.length < before;
  }
  async searchDownloads(query: { id?: number; startedAfter?: number }) {
    return this.downloads
      .filter((d) => (query.id === undefined || d.id === query.id) && (query.startedAfter === undefined || d.startTime > query.startedAfter))
      .map(({ onDisk: _onDisk, ...d }) => ({ ...d }));
  }
  async cancelDownload(id: number) {
    const d = this.downloads.find((x) => x.id === id);
    if (d) {
      d.state = 'interrupted';
      d.onDisk = false;
    }
    this.log.push(`cancel:${id}`);
  }
  async removeDownloadFile(id: number) {
    if (this.failRemoveFile.has(id)) throw new Error('Could not remove file');
    const d = this.downloads.find((x) => x.id === id)!;
    d.onDisk = false;
    d.exists = false;
    this.log.push(`removeFile:${id}`);
  }
  async eraseDownload(id: number) {
    this.downloads = this.downloads.filter((d) => d.id !== id);
    this.log.push(`erase:${id}`);
  }
  async queryTabs() {
    return this.tabs.map((t) => ({ ...t }));
  }
  async openEndPage(url: string) {
    const id = this.nextTab++;
    this.tabs.push({ id, windowId: 9, url });
    this.log.push('openEndPage');
    return id;
  }
  async loadInTab(tabId: number, url: string) {
    const tab = this.tabs.find((t) => t.id === tabId);
    if (!tab) throw new Error(`Invalid tab ID: ${tabId}`);
    tab.url = url;
    this.log.push(`load:${tabId}`);
  }
  async closeTabs(ids: number[]) {
    for (const id of ids) {
      const tab = this.tabs.find((t) => t.id === id);
      if (tab?.url?.startsWith('http')) this.closed.push({ kind: 'tab', sessionId: `s${id}`, windowId: 1, origins: [new URL(tab.url).origin], lastModified: this.now });
    }
    this.tabs = this.tabs.filter((t) => !ids.includes(t.id));
    this.log.push(`close:${ids.join(',')}`);
  }
  inPageCalls: number[] = [];
  async clearInPage(tabId: number, target: InPageTarget): Promise<InPageResult[]> {
    this.inPageCalls.push(tabId);
    const tab = this.tabs.find((t) => t.id === tabId);
    if (!tab?.url) return [];
    const origin = new URL(tab.url).origin;
    const cleared = target.everySite || target.sites.includes(origin);
    if (cleared) this.storage.delete(origin);
    return [{ origin, topLevel: true, cleared, localStorage: 0, caches: 0, databases: 0, serviceWorkers: 0, errors: [] }];
  }
  async openBackgroundTab(url: string) {
    const id = this.nextTab++;
    this.tabs.push({ id, windowId: 1, url });
    this.log.push(`visit:${new URL(url).origin}`);
    return id;
  }
  hostGranted = true;
  async hostAccess() {
    return this.hostGranted;
  }
  async recentlyClosed() {
    return this.engine === 'firefox' ? [...this.closed] : [];
  }
}

export function firefoxForget(fake: FakeBrowser) {
  fake.forgetClosed = async (entry) => {
    fake.closed = fake.closed.filter((e) => e.sessionId !== entry.sessionId);
  };
}
