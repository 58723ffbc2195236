/**
 * The cold cost of classification in headless Chromium: what the first classifyField on a page pays (V8 compiling
 * lib/detect lazily, the phrase tables built on first use) against the second. A fresh page and a freshly evaluated
 * bundle per run, the non-personal search form of tests/fixtures/pages/consent/nopersonal.html.
 * Times (medians): the first classifyField on a control with no text at all (the compile cost plus the tables, as
 * the tables are built on any first lookup), then on the search box, then on the select; and, in separate runs, the
 * search box classified first. With --profile, prints where the first call spends its time (CDP CPU profiler,
 * non-minified bundle: read the shares, not the milliseconds).
 * Usage: npx tsx scripts/bench-detect-cold.ts [runs] [--profile] [chromium-path]
 */
import puppeteer from 'puppeteer-core';
import { detectBundle, type Profile } from './detect-bundle';

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const positional = args.filter((a) => !a.startsWith('--'));
const runs = Number(positional[0] ?? 21);
const executablePath = positional[1] ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

const bundle = detectBundle({ minify: !profile });
// the phrase matcher alone: its first lookup is the table build (and its own compilation)
const matcherBundle = detectBundle({ entry: 'matcher.ts', globalName: 'matcher', minify: !profile });

const FORM = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Recherche</title></head><body>
<h1>Rechercher une démarche</h1>
<form action="received.html" method="get">
  <p><label for="q">Mots-clés</label><br><input id="q" name="q" type="search"></p>
  <p><label for="theme">Thème</label><br><select id="theme" name="theme"><option>Logement</option><option>Famille</option></select></p>
  <p><input id="blank"></p>
  <button type="submit">Rechercher</button>
</form></body></html>`;


const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (xs: number[]): string => `${median(xs).toFixed(2)} ms`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
try {
  const blankFirst: number[] = [];
  const afterBlank: number[] = [];
  const third: number[] = [];
  const searchFirst: number[] = [];
  const searchSecond: number[] = [];
  const tablesOnly: number[] = [];
  const self = new Map<string, number>();
  let profiled = 0;
  for (let run = 0; run < runs; run++) {
    // a new page per run: nothing compiled or built is shared with the previous run
    const page = await browser.newPage();
    const cdp = profile ? await page.target().createCDPSession() : undefined;
    await page.setContent(FORM);
    await page.addScriptTag({ content: bundle });
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    // even runs: blank control first (compile + tables), odd runs: the search box first
    const blank = run % 2 === 0;
    const times = await page.evaluate((blankFirstRun: boolean) => {
      const api = (window as unknown as { detect: { classifyField: (el: Element) => { category: string } } }).detect;
      const order = blankFirstRun ? ['blank', 'q', 'theme'] : ['q', 'theme'];
      const out: number[] = [];
      for (const id of order) {
        const el = document.getElementById(id) as Element;
        const start = performance.now();
        const { category } = api.classifyField(el);
        out.push(performance.now() - start);
        if (category !== 'none') throw new Error(`#${id} classified ${category}`);
      }
      return out;
    }, blank);
    if (blank) {
      blankFirst.push(times[0] as number);
      afterBlank.push(times[1] as number);
      third.push(times[2] as number);
    } else {
      searchFirst.push(times[0] as number);
      searchSecond.push(times[1] as number);
    }
    if (cdp && !blank) {
      const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const byId = new Map(p.nodes.map((n) => [n.id, n]));
      for (let i = 0; i < p.samples.length; i++) {
        const node = byId.get(p.samples[i] as number);
        if (!node) continue;
        const { functionName, lineNumber } = node.callFrame;
        if (functionName === '(idle)') continue;
        // lazy compilation is charged to the function being compiled or to (program)
        const key = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] as number) / 1000);
      }
      profiled++;
    }
    await page.close();
    if (!profile) {
      const alone = await browser.newPage();
      await alone.addScriptTag({ content: matcherBundle });
      tablesOnly.push(
        await alone.evaluate(() => {
          const api = (window as unknown as { matcher: { isKnownWord: (word: string) => boolean } }).matcher;
          const start = performance.now();
          api.isKnownWord('xyz');
          return performance.now() - start;
        }),
      );
      await alone.close();
    }
  }
  console.log(`Chromium, fresh page per run, ${runs} runs (medians):`);
  console.log(`  first classifyField, control with no text (compile + tables): ${fmt(blankFirst)}`);
  console.log(`  then the search box: ${fmt(afterBlank)}, then the select: ${fmt(third)}`);
  console.log(`  first classifyField, search box: ${fmt(searchFirst)}; second, select: ${fmt(searchSecond)}`);
  if (tablesOnly.length > 0) console.log(`  the matcher alone, first lookup (tables built): ${fmt(tablesOnly)}`);
  if (profile && profiled > 0) {
    console.log(`\nSelf time per function, first calls, averaged over ${profiled} profiled runs:`);
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    for (const [key, ms] of rows) console.log(`  ${(ms / profiled).toFixed(3).padStart(7)} ms  ${key}`);
  }
  console.log(
    JSON.stringify({
      coldFirstBlankMs: Math.round(median(blankFirst) * 100) / 100,
      coldFirstSearchMs: Math.round(median(searchFirst) * 100) / 100,
      secondMs: Math.round(median(searchSecond) * 100) / 100,
      ...(tablesOnly.length > 0 ? { tablesMs: Math.round(median(tablesOnly) * 100) / 100 } : {}),
    }),
  );
} finally {
  await browser.close();
}
