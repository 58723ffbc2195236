/**
 * Every classification (category, confidence, signals) of every control of the corpus, the French sets and a few
 * synthetic pages, one JSON line each, from classifyAll; checks on the way that classifyField, one control at a
 * time on a fresh copy of the page, answers the same. For changes that must not move any result (speed work):
 * dump before and after, then `cmp` the two files.
 *   NODE_OPTIONS=--max-old-space-size=12000 npx tsx scripts/dump-detect.ts out.jsonl [corpus-dir]
 *   (corpus-dir: ../shared/corpus from the repo root; jsdom keeps the heap of the ~1,000 pages it parses past the
 *   default 4 GB limit)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { classifyAll, classifyField } from '../lib/detect/classify';
import { forEachElement } from '../lib/detect/dom';
import { buildSyntheticPage } from './bench-detect-synthetic';
import { frenchFormSets } from './detect-scoring';

const repoRoot = path.resolve(import.meta.dirname, '..');
const [outFile, corpusArg] = process.argv.slice(2);
if (!outFile) throw new Error('usage: npx tsx scripts/dump-detect.ts out.jsonl [corpus-dir]');
const corpusDir = path.resolve(repoRoot, corpusArg ?? '../shared/corpus');

const lines: string[] = [];
let mismatches = 0;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : full.endsWith('.html') ? [full] : [];
  });
}

/** The controls in the order classifyAll walks them (a shadow tree after its host's children). */
function controlsOf(root: Node): Element[] {
  const found: Element[] = [];
  forEachElement(root, (el) => {
    if (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') found.push(el);
  });
  return found;
}

function dump(name: string, html: string): void {
  const line = (el: Element, i: number, r: { category: string; confidence: number; signals: string[] }) =>
    JSON.stringify([name, `${i}:${el.tagName}#${el.getAttribute('id') ?? ''}[${el.getAttribute('name') ?? ''}]`, r.category, r.confidence, r.signals]);
  const page = new JSDOM(html).window;
  const all = [...classifyAll(page.document)].map(([el, r], i) => line(el, i, r));
  page.close();
  lines.push(...all);
  // one control at a time, on a fresh copy: as the content script classifies the focused field
  const single = new JSDOM(html).window;
  const controls = controlsOf(single.document);
  if (controls.length !== all.length) {
    mismatches++;
    console.log(`${name}: classifyAll found ${all.length} controls, the page has ${controls.length}`);
  }
  controls.forEach((el, i) => {
    const alone = line(el, i, classifyField(el));
    if (alone !== all[i] && mismatches++ < 20) console.log(`classifyField ≠ classifyAll:\n  ${alone}\n  ${all[i]}`);
  });
  single.close();
}

// the corpus, and every French set: tests/fixtures/forms and the blind forms-heldout* folders
const frenchSets = frenchFormSets(repoRoot).map((dir) => path.join(repoRoot, dir));
const files = [...htmlFiles(path.join(corpusDir, 'forms')), ...frenchSets.flatMap(htmlFiles)].sort();
for (const file of files) dump(path.relative(repoRoot, file), readFileSync(file, 'utf8'));
for (const seed of [0, 1, 2]) dump(`synthetic-${seed}`, buildSyntheticPage(2000, seed));
writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`${files.length} files, ${lines.length} classifications, ${mismatches} classifyAll/classifyField mismatches`);
if (mismatches > 0) process.exitCode = 1;
