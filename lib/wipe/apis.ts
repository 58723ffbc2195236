import type { RemovalFilter } from './plan';
import type { Engine } from './types';

/** The browser, as the wipe needs it. lib/platform/wipe-apis.ts implements it; unit tests use fakes. */
export interface TabInfo {
  id: number;
  windowId: number;
  url?: string;
}

export interface DownloadInfo {
  id: number;
  state: 'in_progress' | 'interrupted' | 'complete';
  exists: boolean;
  /** Full path as the browser reports it; only its base name ever leaves this module. */
  filename: string;
  /** Milliseconds; NaN when unknown. */
  startTime: number;
}

export interface CookieInfo {
  name: string;
  domain: string;
  path: string;
  secure: boolean;
  storeId?: string;
  partitionKey?: { topLevelSite?: string } | null;
  firstPartyDomain?: string;
}

/** Counts read back inside one frame after clearing (never values). */
export interface InPageResult {
  origin: string;
  /** A top-level document: its storage is the site's own. A cross-site frame's is partitioned under its top site. */
  topLevel: boolean;
  cleared: boolean;
  localStorage: number;
  caches: number;
  databases: number;
  serviceWorkers: number;
  errors: string[];
}

export interface ClosedEntry {
  kind: 'tab' | 'window';
  sessionId?: string;
  windowId?: number;
  /** Origins of the closed tab(s), never full URLs. */
  origins: string[];
  /** Milliseconds. */
  lastModified: number;
}

export interface KeepRuleData {
  host: string;
  subdomains: boolean;
  scheme: string;
}

export interface InPageTarget {
  /** Clear frames whose origin is in this list… */
  sites: string[];
  /** …or any frame not kept (scope "all"). */
  everySite: boolean;
  keepRules: KeepRuleData[];
}

export interface WipeApis {
  engine: Engine;
  removeBrowsingData(filter: RemovalFilter, types: Record<string, true>): Promise<void>;
  /** How many http(s) history entries last visited between `startTime` (0 = all time) and `endTime` remain. */
  countHistory(startTime: number, endTime?: number): Promise<number>;
  /** Every cookie, partitioned ones included where the browser exposes them. */
  allCookies(): Promise<CookieInfo[]>;
  removeCookie(cookie: CookieInfo): Promise<boolean>;
  searchDownloads(query: { id?: number; startedAfter?: number }): Promise<DownloadInfo[]>;
  cancelDownload(id: number): Promise<void>;
  removeDownloadFile(id: number): Promise<void>;
  eraseDownload(id: number): Promise<void>;
  queryTabs(): Promise<TabInfo[]>;
  /** Opens the end page in a new window (or tab) and returns its tab id. */
  openEndPage(url: string): Promise<number | null>;
  /** Loads `url` in an open tab and brings that tab forward. */
  loadInTab(tabId: number, url: string): Promise<void>;
  closeTabs(ids: number[]): Promise<void>;
  /** Runs the in-page cleaner in every frame of the tab; one result per frame it could reach. */
  clearInPage(tabId: number, target: InPageTarget): Promise<InPageResult[]>;
  /** Opens an inactive tab, waits for it to load (or times out). */
  openBackgroundTab(url: string, timeoutMs: number): Promise<number | null>;
  recentlyClosed(): Promise<ClosedEntry[] | null>;
  /** Whether the extension may read cookies and run scripts on every site (host permission granted). */
  hostAccess(): Promise<boolean>;
  /** null: this browser has no API to forget a closed tab (Chromium). */
  forgetClosed: ((entry: ClosedEntry) => Promise<void>) | null;
}
