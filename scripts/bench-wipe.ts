/**
 * Wipe benchmark, real Chromium (test build, driven like the e2e harness).
 * Plants 20,000 history entries, 5,000 cookies over 200 sites and storage on 50 sites, then times
 * Parenthèse's whole "end session" (privacy restore + wipe + verification + tabs) against a bare
 * browsingData.remove of the same types, in the same run, on the same planted data. Checks nothing is left.
 * Usage: npm run build:test && npx tsx scripts/bench-wipe.ts [rounds=2]      Last line: JSON.
 */
import { rmSync } from 'node:fs';
import { ChromiumDriver } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { wipeRoutes } from '../tests/e2e/harness/plant';
import { snapshotBuild } from '../tests/e2e/harness/wipe-build';

const ROUNDS = Number(process.argv[2] ?? 2);
const HISTORY = 20_000;
const COOKIES = 5_000;
const COOKIE_SITES = 200;
const STORAGE_SITES = 50;
const CHROME_TYPES = {
  history: true, downloads: true, cookies: true, localStorage: true, indexedDB: true, fileSystems: true, webSQL: true,
  cacheStorage: true, serviceWorkers: true, cache: true, formData: true, passwords: true,
} as const;

const storageHosts = Array.from({ length: STORAGE_SITES }, (_, i) => `store-${i}.example`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const server = await startFixtureServer(wipeRoutes);
  const build = snapshotBuild('chromium');
  const driver = new ChromiumDriver(server.url('/bridge.html'), { hostMap: storageHosts }, build.dir);
  await driver.launch();
  const ext = driver;
  const plant = async (round: number) => {
    const t0 = Date.now();
    await ext.bridge('wipe.plantHistory', HISTORY, round * HISTORY);
    await ext.bridge('wipe.plantCookies', COOKIES, COOKIE_SITES);
    const page = await ext.newPlaywrightPage();
    for (const host of storageHosts) {
      await page.goto(`http://${host}:${server.port}/wipe/plant.html`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => {
        localStorage.setItem('dossier', 'x'.repeat(200));
        return new Promise<void>((resolve) => {
          const open = indexedDB.open('bench', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => resolve();
        });
      });
    }
    await page.close();
    return Date.now() - t0;
  };
  // History up to the moment the wipe began: the harness's own bridge page visits come after.
  const leftovers = async (since: number, until: number) => {
    const history = await ext.bridge<number>('wipe.countHistory', since, until);
    const cookies = await ext.bridge<number>('wipe.countCookies');
    const page = await ext.newPlaywrightPage();
    let storage = 0;
    for (const host of storageHosts.slice(0, 10)) {
      await page.goto(`http://${host}:${server.port}/bridge.html`, { waitUntil: 'domcontentloaded' });
      storage += await page.evaluate(async () => localStorage.length + (await indexedDB.databases()).length);
    }
    await page.close();
    return { history, cookies, storage };
  };

  const ours: number[] = [];
  const oursWipe: number[] = [];
  const bare: number[] = [];
  const left: unknown[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // Parenthèse: a session, planted through it, then "end session".
      await ext.bridge('session.start');
      const startedAt = ((await ext.bridge<{ startedAt: number }>('session.status')).startedAt);
      await sleep(50);
      const plantMs = await plant(round * 2);
      const endAt = await ext.bridge<number>('wipe.now');
      await ext.bridge('wipe.startTimedEnd');
      type Timed = { ms: number; ok: boolean; wipeMs: number | null; timings: Record<string, number>; outcomes: { item: string; status: string }[] };
      let result: Timed | null = null;
      for (let i = 0; i < 600 && !result; i++) {
        await sleep(100);
        result = await ext.bridge<Timed | null>('wipe.timedEndResult').catch(() => null);
      }
      if (!result) throw new Error('end session did not finish');
      ours.push(result.ms);
      oursWipe.push(result.wipeMs ?? NaN);
      const afterOurs = await leftovers(startedAt, endAt);
      left.push({ after: 'parenthese', ok: result.ok, failed: result.outcomes.filter((o) => o.status === 'failed'), ...afterOurs });
      console.log(`round ${round + 1}: planted in ${plantMs} ms; Parenthèse end-session ${result.ms.toFixed(0)} ms (wipe ${result.wipeMs} ms), ok=${result.ok}; left ${JSON.stringify(afterOurs)}`);
      console.log(`  phases (ms): ${JSON.stringify(result.timings)}`);

      // Bare browsingData.remove, same types, same data.
      const since = await ext.bridge<number>('wipe.now');
      await sleep(50);
      await plant(round * 2 + 1);
      const bareAt = await ext.bridge<number>('wipe.now');
      const ms = await ext.bridge<number>('wipe.bareRemove', since, CHROME_TYPES);
      bare.push(ms);
      const afterBare = await leftovers(since, bareAt);
      left.push({ after: 'bare', ...afterBare });
      console.log(`round ${round + 1}: bare browsingData.remove ${ms.toFixed(0)} ms; left ${JSON.stringify(afterBare)}`);
    }
  } finally {
    await driver.close();
    await server.close();
    rmSync(driver.profileDir, { recursive: true, force: true });
    rmSync(`${build.dir}/..`, { recursive: true, force: true });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const summary = {
    history: HISTORY,
    cookies: COOKIES,
    cookieSites: COOKIE_SITES,
    storageSites: STORAGE_SITES,
    rounds: ROUNDS,
    parentheseEndMs: Math.round(median(ours)),
    parentheseWipeMs: Math.round(median(oursWipe)),
    bareRemoveMs: Math.round(median(bare)),
    ratio: Number((median(ours) / median(bare)).toFixed(2)),
    wipeRatio: Number((median(oursWipe) / median(bare)).toFixed(2)),
    nothingLeft: left.every((l) => {
      const v = l as { history: number; cookies: number; storage: number; ok?: boolean };
      return v.history === 0 && v.cookies === 0 && v.storage === 0 && v.ok !== false;
    }),
    leftovers: left,
  };
  console.log(`Parenthèse end-session ${summary.parentheseEndMs} ms vs bare browsingData.remove ${summary.bareRemoveMs} ms → ratio ${summary.ratio}`);
  console.log(JSON.stringify(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
