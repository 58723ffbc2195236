/**
 * Where classifyAll spends its time in headless Chromium: the synthetic 2,000-control page, a fresh page and a
 * freshly evaluated (non-minified) bundle per run as in bench-detect-browser.ts, under the CPU profiler.
 * Prints the self and total time per function, averaged over the runs after the first (whose compilation caches
 * are empty). The profiler slows everything down: read the shares, not the milliseconds.
 * Usage: npx tsx scripts/profile-detect-browser.ts [runs] [chromium-path]
 */
import puppeteer from 'puppeteer-core';
import { buildSyntheticPage } from './bench-detect-synthetic';
import { detectBundle, type Profile, type ProfileNode } from './detect-bundle';

const runs = Number(process.argv[2] ?? 10);
const executablePath = process.argv[3] ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bundle = detectBundle({ minify: false });

const self = new Map<string, number>();
const total = new Map<string, number>();
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const cdp = await page.target().createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  for (let run = 0; run < runs; run++) {
    await page.setContent(buildSyntheticPage(2000, run));
    await page.addScriptTag({ content: bundle });
    await cdp.send('Profiler.start');
    await page.evaluate(() => {
      (window as unknown as { detect: { classifyAll: (root: ParentNode) => unknown } }).detect.classifyAll(document);
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (run === 0) continue;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      add(self, name(byId.get(id) as ProfileNode), ms);
      // each function once per sample, however deep the recursion
      const seen = new Set<string>();
      for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
        const key = name(byId.get(node) as ProfileNode);
        if (!seen.has(key)) add(total, key, ms);
        seen.add(key);
      }
    });
  }
} finally {
  await browser.close();
}
const top = (map: Map<string, number>) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([key, ms]) => `${(ms / (runs - 1)).toFixed(2).padStart(7)} ms  ${key}`);
console.log(['self time per run:', ...top(self), '', 'total time per run:', ...top(total)].join('\n'));
