import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../../lib/ids';
import type { ChromiumDriver } from './chromium';
import type { DriverPage, ExtensionDriver, LaunchOptions } from './driver';

/** Shared by the wipe specs and scripts: plant real data through real navigation, then read it back. */
export const DOWNLOAD_DIR = join('/tmp', `parenthese-wipe-downloads-${process.pid}`);

export function downloadLaunchOptions(engine: 'chromium' | 'firefox'): LaunchOptions {
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
  if (engine === 'chromium') {
    return { prefs: { download: { default_directory: DOWNLOAD_DIR, prompt_for_download: false, directory_upgrade: true } } };
  }
  return {
    prefs: {
      'browser.download.dir': DOWNLOAD_DIR,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'pdfjs.disabled': true,
      // Form history is what we want to plant (the real default).
      'browser.formfill.enable': true,
    },
  };
}

export function emptyDownloadDir(): void {
  rmSync(DOWNLOAD_DIR, { recursive: true, force: true });
  mkdirSync(DOWNLOAD_DIR, { recursive: true });
}

export function downloadedFiles(): string[] {
  return existsSync(DOWNLOAD_DIR) ? readdirSync(DOWNLOAD_DIR).filter((f) => !f.endsWith('.part') && !f.endsWith('.crdownload')) : [];
}

/** Playwright reroutes downloads to its own folder over CDP: give the browser its real behaviour back. */
export async function realDownloads(ext: ExtensionDriver): Promise<void> {
  if (ext.browser !== 'chromium') return;
  const context = (ext as ChromiumDriver).playwrightContext;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: DOWNLOAD_DIR, eventsEnabled: false } as never);
  await cdp.detach().catch(() => undefined);
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}: ${String(last)}`);
}

export const plantIndexedDb = () =>
  new Promise<boolean>((resolve, reject) => {
    const open = indexedDB.open('dossier', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('pieces');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('pieces', 'readwrite');
      tx.objectStore('pieces').put('avis-imposition-2025', 'piece-1');
      tx.oncomplete = () => {
        open.result.close();
        resolve(true);
      };
    };
  });

export const plantServiceWorker = async () => {
  await navigator.serviceWorker.register('/wipe/sw.js');
  await navigator.serviceWorker.ready;
  for (let i = 0; i < 100; i++) {
    if ((await caches.keys()).length) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};

export interface SiteState {
  who: string;
  localStorage: number;
  sessionStorage: number;
  databases: string[];
  caches: string[];
  serviceWorkers: number;
}

export const readSiteState = async (): Promise<SiteState> => ({
  who: await (await fetch('/wipe/whoami', { cache: 'no-store' })).text(),
  localStorage: localStorage.length,
  sessionStorage: sessionStorage.length,
  databases: typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '') : [],
  caches: typeof caches === 'undefined' ? [] : await caches.keys(),
  serviceWorkers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
});

export async function openAt(ext: ExtensionDriver, url: string): Promise<DriverPage> {
  const page = await ext.newPage();
  await page.goto(url);
  return page;
}

/** Chromium only: the end page as the person sees it. Firefox: WebDriver BiDi can't open moz-extension pages. */
export async function chromiumEndPage(ext: ExtensionDriver) {
  const context = (ext as ChromiumDriver).playwrightContext;
  const prefix = `chrome-extension://${CHROME_EXTENSION_ID}/session-ended.html`;
  return waitFor('the end page', async () => context.pages().find((p) => p.url().startsWith(prefix)) ?? null, 30_000);
}

/** When the end page is missing: what was open instead, and which tab the wipe opened for it. */
export async function missingEndPageClues(ext: ExtensionDriver, startedAt: number): Promise<string> {
  const open = (await ext.bridge<{ tabs: string[] }>('wipe.check', startedAt, [])).tabs;
  const run = await ext.bridge<{ endTabId?: number; timings?: unknown } | null>('wipe.lastRun');
  return `open tabs ${JSON.stringify(open)}, end tab ${run?.endTabId}, timings ${JSON.stringify(run?.timings)}`;
}

export interface ReportView {
  sessionId: string;
  reason: string;
  ok: boolean;
  results: { step: string; ok: boolean; details?: string[] }[];
}

export async function reportFor(ext: ExtensionDriver, afterMs: number): Promise<ReportView> {
  return waitFor('the end report', async () => {
    const report = await ext.bridge<ReportView | null>('session.lastReport');
    return report && (report as unknown as { endedAt: number }).endedAt >= afterMs ? report : null;
  }, 60_000);
}
