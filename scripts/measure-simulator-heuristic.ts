/**
 * Measures the simulator heuristic (lib/reminders/heuristic.ts) on the labelled fixture pages in
 * tests/fixtures/pages/reminders/heuristic/. Run: `npx tsx scripts/measure-simulator-heuristic.ts`.
 * Prints one line per page, then precision, recall and false-positive rate; the last line is a JSON object.
 * Pages that the known-simulator list already covers are still measured: the heuristic is evaluated alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { looksLikeSimulator, type PageInfo } from '../lib/reminders/heuristic';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'pages', 'reminders', 'heuristic');

export interface LabelledPage {
  file: string;
  simulator: boolean;
  /** Written after the heuristic was frozen: never used to tune it. */
  heldOut: boolean;
  page: PageInfo;
}

export interface HeuristicMetrics {
  pages: number;
  simulators: number;
  nonSimulators: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  falsePositiveRate: number;
  falsePositiveFiles: string[];
  falseNegativeFiles: string[];
}

/** Reads a fixture page the way the content script would: canonical URL, document.title, h1 then h2 texts. */
export function pageInfoFromHtml(html: string, fallbackUrl: string): PageInfo {
  const { document } = new JSDOM(html).window;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? fallbackUrl;
  const headings = [...document.querySelectorAll('h1'), ...document.querySelectorAll('h2')].map((h) => (h.textContent ?? '').trim());
  return { url, title: document.title, headings };
}

export function loadFixtures(dir = FIXTURE_DIR): LabelledPage[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, { simulator: boolean; heldOut?: boolean }>;
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const missing = files.filter((f) => !(f in labels));
  if (missing.length) throw new Error(`unlabelled fixtures: ${missing.join(', ')}`);
  return files.map((file) => ({
    file,
    simulator: labels[file]!.simulator,
    heldOut: labels[file]!.heldOut === true,
    page: pageInfoFromHtml(readFileSync(join(dir, file), 'utf8'), `https://fixture.invalid/${file}`),
  }));
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

export function measure(pages: readonly LabelledPage[], log?: (line: string) => void): HeuristicMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const falsePositiveFiles: string[] = [];
  const falseNegativeFiles: string[] = [];
  for (const p of pages) {
    const r = looksLikeSimulator(p.page);
    if (r.match && p.simulator) tp++;
    else if (r.match) {
      fp++;
      falsePositiveFiles.push(p.file);
    } else if (p.simulator) {
      fn++;
      falseNegativeFiles.push(p.file);
    } else tn++;
    const verdict = r.match === p.simulator ? 'ok  ' : r.match ? 'FP  ' : 'FN  ';
    log?.(`${verdict}${p.file.padEnd(40)} score=${r.score} ${r.reasons.join('; ')}`);
  }
  return {
    pages: pages.length,
    simulators: tp + fn,
    nonSimulators: fp + tn,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    falsePositiveRate: ratio(fp, fp + tn),
    falsePositiveFiles,
    falseNegativeFiles,
  };
}

function summary(label: string, m: HeuristicMetrics): string {
  return `${label.padEnd(9)} pages ${m.pages} (simulators ${m.simulators}, others ${m.nonSimulators})  precision ${m.precision}  recall ${m.recall}  false-positive rate ${m.falsePositiveRate}`;
}

function main(): void {
  const pages = loadFixtures();
  const all = measure(pages, (line) => console.log(line));
  const tuning = measure(pages.filter((p) => !p.heldOut));
  const heldOut = measure(pages.filter((p) => p.heldOut));
  console.log('');
  console.log(summary('tuning', tuning));
  console.log(summary('held-out', heldOut));
  console.log(summary('all', all));
  console.log(JSON.stringify({ ...all, tuning: strip(tuning), heldOut: strip(heldOut) }));
}

function strip(m: HeuristicMetrics) {
  const { falsePositiveFiles: _fp, falseNegativeFiles: _fn, ...rest } = m;
  return rest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
