/**
 * Where the consent guard spends its time on a page with no personal field, in a session (the scenario of
 * bench-consent.ts's cost figure), under Chromium's CPU profiler (needs `npm run build:test`). The profiler
 * does not coarsen time like the page's performance.now() (100 µs steps): it shows what the guard's own
 * counters cannot split. Prints, per run, the sampled time inside guard.js, then its functions' total and self
 * time averaged over the runs after the first (the first compiles the script's functions in this renderer). The
 * profiler slows everything down: read the shares, not the milliseconds. For function names, build the test
 * build unminified.
 * Usage: npx tsx scripts/profile-consent.ts [runs]
 */
import { rmSync } from 'node:fs';
import { ChromiumDriver } from '../tests/e2e/harness/chromium';
import { startFixtureServer } from '../tests/e2e/harness/server';
import type { Profile, ProfileNode } from './detect-bundle';

const runs = Number(process.argv[2] ?? 5);
const server = await startFixtureServer();
const driver = new ChromiumDriver(server.url('/bridge.html'));
await driver.launch();
try {
  const page = await driver.newPlaywrightPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
  await driver.bridge('session.start');
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let run = 0; run < runs; run++) {
    await cdp.send('Profiler.start');
    await page.goto(server.url(`/consent/nopersonal.html?run=${run}`));
    await page.bringToFront();
    await page.waitForTimeout(300);
    await page.click('#q');
    await page.keyboard.type('allocation logement');
    await page.selectOption('#theme', 'Famille');
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    let inGuard = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      let guardFrame: ProfileNode | undefined;
      for (let n: number | undefined = id; n !== undefined; n = parentOf.get(n)) {
        const node = byId.get(n) as ProfileNode & { callFrame: { url?: string; columnNumber?: number } };
        if (node.callFrame.url?.includes('content-scripts/guard.js')) guardFrame = node;
      }
      if (!guardFrame) return;
      inGuard += ms;
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parentOf.get(n)) {
        const node = byId.get(n) as ProfileNode & { callFrame: { url?: string; columnNumber?: number } };
        const k = `${node.callFrame.functionName || '(anon)'}:${node.callFrame.lineNumber + 1}`;
        if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
        seen.add(k);
      }
      const leaf = byId.get(id) as ProfileNode & { callFrame: { url?: string; columnNumber?: number } };
      const key = `${leaf.callFrame.functionName || '(anon)'}@${leaf.callFrame.url?.split('/').pop() ?? ''}:${leaf.callFrame.lineNumber + 1}:${(leaf.callFrame.columnNumber ?? 0) + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
    });
    if (run === 0) { console.log('run 0 skipped', inGuard.toFixed(2)); self.clear(); total.clear(); continue; }
    console.log(`run ${run}: ${inGuard.toFixed(2)} ms sampled under guard.js`);
  }
  console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 45).map(([k, ms]) => `${(ms / (runs - 1)).toFixed(3).padStart(7)} ms  ${k}`).join('\n'));
  console.log('--- self');
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log(top.map(([k, ms]) => `${(ms / (runs - 1)).toFixed(3).padStart(7)} ms  ${k}`).join('\n'));
  await driver.bridge('session.end');
} finally {
  await driver.close();
  rmSync(driver.profileDir, { recursive: true, force: true });
  await server.close();
}
