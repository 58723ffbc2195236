/**
 * Times classifyAll on the synthetic 2,000-control page in headless Chromium (the real target; jsdom is
 * several times slower at DOM access). Usage: npx tsx scripts/bench-detect-browser.ts [chromium-path]
 */
import puppeteer from 'puppeteer-core';
import { buildSyntheticPage } from './bench-detect-synthetic';
import { detectBundle } from './detect-bundle';

const executablePath = process.argv[2] ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bundle = detectBundle();

const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const runs: number[] = [];
  for (let run = 0; run < 9; run++) {
    await page.setContent(buildSyntheticPage(2000, run));
    await page.addScriptTag({ content: bundle });
    runs.push(
      await page.evaluate(() => {
        const api = (window as unknown as { detect: { classifyAll: (root: ParentNode) => Map<Element, unknown> } }).detect;
        const start = performance.now();
        const size = api.classifyAll(document).size;
        if (size < 2000) throw new Error(`only ${size} controls`);
        return performance.now() - start;
      }),
    );
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)] as number;
  console.log(`Chromium, synthetic 2,000-control page: median ${median.toFixed(1)} ms [${runs.map((r) => r.toFixed(1)).join(', ')}]`);
  console.log(JSON.stringify({ browserSyntheticMs: Math.round(median * 10) / 10 }));
} finally {
  await browser.close();
}
