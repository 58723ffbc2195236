/**
 * Crash soak: N times — start a session, plant data through real navigation (log-in cookie, IndexedDB, service
 * worker + cache storage, localStorage on a second site, a downloaded PDF), wait for the browser's lazy writes,
 * SIGKILL it, relaunch, and check the startup recovery wiped everything and opened the end page.
 * Usage: npm run build:test && npx tsx scripts/soak-crash.ts [N=3] [--firefox]      Last line: JSON.
 */
import { rmSync } from 'node:fs';
import { ChromiumDriver } from '../tests/e2e/harness/chromium';
import type { ExtensionDriver } from '../tests/e2e/harness/driver';
import { FirefoxDriver } from '../tests/e2e/harness/firefox';
import { wipeRoutes } from '../tests/e2e/harness/plant';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { snapshotBuild } from '../tests/e2e/harness/wipe-build';
import {
  downloadLaunchOptions,
  downloadedFiles,
  emptyDownloadDir,
  missingEndPageClues,
  openAt,
  plantIndexedDb,
  plantServiceWorker,
  readSiteState,
  realDownloads,
  waitFor,
} from '../tests/e2e/harness/wipe-journey';

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const engine = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const WAIT_MS = Number(process.env.SOAK_WAIT_MS ?? 10_000);

interface Report {
  reason: string;
  endedAt: number;
  results: { step: string; ok: boolean; details?: string[] }[];
}

async function trial(i: number): Promise<{ clean: boolean; problems: string[]; ms: number }> {
  const t0 = Date.now();
  const problems: string[] = [];
  emptyDownloadDir();
  const server = await startFixtureServer(wipeRoutes);
  const build = snapshotBuild(engine);
  const options = downloadLaunchOptions(engine);
  // SOAK_RESTORE=1: Firefox's real default — restore the crashed session's tabs (Puppeteer turns it off).
  if (engine === 'firefox' && process.env.SOAK_RESTORE === '1') options.prefs = { ...options.prefs, 'browser.sessionstore.resume_from_crash': true };
  const bridgeUrl = server.url('/bridge.html');
  const ext: ExtensionDriver & { launch(): Promise<unknown> } =
    engine === 'chromium' ? new ChromiumDriver(bridgeUrl, options, build.dir) : new FirefoxDriver(bridgeUrl, options, build.dir);
  const A = server.origin;
  const B = `http://localhost:${server.port}`;
  try {
    await ext.launch();
    await realDownloads(ext);
    await ext.bridge('session.start');
    const startedAt = (await ext.bridge<{ startedAt: number }>('session.status')).startedAt;
    const a = await openAt(ext, `${A}/wipe/login?u=personne`);
    await a.goto(`${A}/wipe/plant.html`);
    await a.evaluate(plantIndexedDb);
    await a.evaluate(plantServiceWorker);
    const b = await openAt(ext, `${B}/wipe/plant.html`);
    await b.evaluate(() => localStorage.setItem('brouillon', 'numéro allocataire'));
    const dl = await openAt(ext, `${A}/wipe/download.html`);
    await dl.click('#dl');
    await waitFor('download', async () => downloadedFiles().includes('attestation-test.pdf'));
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    const killedAt = Date.now();
    await ext.kill();
    await ext.relaunch();
    const report = await waitFor('report', async () => {
      const r = await ext.bridge<Report | null>('session.lastReport');
      return r && r.endedAt >= killedAt ? r : null;
    }, 60_000);
    if (report.reason !== 'interrupted') problems.push(`reason ${report.reason}`);
    for (const r of report.results.filter((x) => !x.ok)) {
      const expected = engine === 'firefox' && r.step === 'wipe.files' && r.details?.includes('lost:1');
      if (!expected) problems.push(`${r.step} ✗ ${JSON.stringify(r.details)}`);
    }
    const endPages = await ext.bridge<string[]>('wipe.endPageTabs');
    if (endPages.length !== 1) problems.push(`end pages: ${endPages.length} (${await missingEndPageClues(ext, startedAt)})`);
    const check = await ext.bridge<{ cookies: unknown[]; history: string[]; downloads: unknown[]; tabs: string[] }>('wipe.check', startedAt, ['127.0.0.1', 'localhost']);
    const sessionTabs = check.tabs.filter((u) => u.includes('/wipe/'));
    if (sessionTabs.length) problems.push(`session tabs back: ${sessionTabs.length}`);
    if (check.cookies.length) problems.push(`cookies left: ${check.cookies.length}`);
    const history = check.history.filter((h) => !h.endsWith('/bridge.html'));
    if (history.length) problems.push(`history left: ${history.length}`);
    if (check.downloads.length) problems.push(`download entries left: ${check.downloads.length}`);
    if (engine === 'chromium' && downloadedFiles().length) problems.push(`files on disk: ${downloadedFiles().length}`);
    const stateA = await (await openAt(ext, `${A}/wipe/plant.html`)).evaluate(readSiteState);
    if (stateA.who !== 'non connecté') problems.push('still logged in on A');
    if (stateA.databases.length || stateA.caches.length || stateA.serviceWorkers || stateA.localStorage) problems.push(`A storage: ${JSON.stringify(stateA)}`);
    const stateB = await (await openAt(ext, `${B}/wipe/plant.html`)).evaluate(readSiteState);
    if (stateB.localStorage) problems.push('B localStorage left');
  } catch (error) {
    problems.push(`error: ${String(error).slice(0, 300)}`);
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
    rmSync(ext.profileDir, { recursive: true, force: true });
    rmSync(`${build.dir}/..`, { recursive: true, force: true });
  }
  const ms = Date.now() - t0;
  console.log(`trial ${i + 1}/${N} (${engine}): ${problems.length ? `NOT CLEAN — ${problems.join('; ')}` : 'clean'} (${(ms / 1000).toFixed(0)} s)`);
  return { clean: problems.length === 0, problems, ms };
}

async function main() {
  const results = [];
  for (let i = 0; i < N; i++) results.push(await trial(i));
  const clean = results.filter((r) => r.clean).length;
  console.log(`${engine}: ${clean} of ${N} crash trials ended clean`);
  console.log(JSON.stringify({ engine, trials: N, clean, waitMs: WAIT_MS, problems: results.flatMap((r) => r.problems) }));
  process.exit(clean === N ? 0 : 1);
}

void main();
