/**
 * Benchmark of lib/detect on a labelled corpus of HTML forms.
 *   npm run bench:detect -- [corpus-dir] [--errors[=category]] [--strict]
 * corpus-dir holds labels.jsonl ({file, selector, category} a line, file relative to the dir); default
 * ../shared/corpus from the repo root. Prints per-category P/R/F1, the confusion matrix, speed, and a final
 * JSON line. --errors lists misclassified rows with their signals; --strict keeps label_origin=source rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { CATEGORIES, type Category } from '../lib/detect/categories';
import { classifyAll, classifyField } from '../lib/detect/classify';
import { buildSyntheticPage } from './bench-detect-synthetic';
import { r3, readLabels, rowsByFile, score } from './detect-scoring';

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const corpusDir = path.resolve(repoRoot, args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const errorsFlag = args.find((a) => a.startsWith('--errors'));
const errorsFilter = errorsFlag?.split('=')[1];
const strict = args.includes('--strict');

const rows = readLabels(corpusDir).filter((row) => !strict || row.label_origin === undefined || row.label_origin === 'source');
const byFile = rowsByFile(rows);
const pairs: { truth: Category; predicted: Category }[] = [];
let classifyMs = 0;
let fields = 0;
let missingSelectors = 0;

for (const [file, fileRows] of byFile) {
  const html = readFileSync(path.join(corpusDir, file), 'utf8');
  const { window } = new JSDOM(html);
  const { document } = window;
  for (const row of fileRows) {
    const el = document.querySelector(row.selector);
    if (!el) {
      missingSelectors++;
      continue;
    }
    const start = performance.now();
    const result = classifyField(el);
    classifyMs += performance.now() - start;
    fields++;
    pairs.push({ truth: row.category, predicted: result.category });
    if (errorsFlag && result.category !== row.category && (!errorsFilter || errorsFilter === row.category || errorsFilter === result.category)) {
      console.log(`✗ ${row.category} → ${result.category}  ${file} ${row.selector}\n    ${result.signals.join(' | ')}`);
    }
  }
  window.close();
}

const { perCategory, present, cell, macroF1, accuracy, personalPrecision, personalRecall } = score(pairs);
const pad = (s: string | number, n: number) => String(s).padStart(n);

console.log(`\nCorpus ${corpusDir}: ${byFile.size} files, ${fields} fields${missingSelectors ? `, ${missingSelectors} selectors not found` : ''}`);
console.log(`\n${'category'.padEnd(16)}${pad('prec', 7)}${pad('recall', 8)}${pad('F1', 7)}${pad('support', 9)}`);
for (const [category, m] of Object.entries(perCategory)) {
  console.log(`${category.padEnd(16)}${pad(m.precision.toFixed(3), 7)}${pad(m.recall.toFixed(3), 8)}${pad(m.f1.toFixed(3), 7)}${pad(m.support, 9)}`);
}
const shown = CATEGORIES.filter((c) => perCategory[c]);
const abbrev = (c: string) => c.slice(0, 6);
console.log(`\nConfusion (rows = truth, columns = predicted)\n${''.padEnd(16)}${shown.map((c) => pad(abbrev(c), 7)).join('')}`);
for (const truth of shown) console.log(`${truth.padEnd(16)}${shown.map((p) => pad(cell(truth, p) || '.', 7)).join('')}`);

const fieldsPerMs = fields / classifyMs;

// synthetic 2,000-control page, a fresh one per run so that per-string caches do not flatter later runs
const runs: number[] = [];
for (let run = 0; run < 7; run++) {
  const { window } = new JSDOM(buildSyntheticPage(2000, run));
  const start = performance.now();
  const result = classifyAll(window.document);
  runs.push(performance.now() - start);
  window.close();
  if (result.size < 2000) throw new Error(`synthetic page has ${result.size} controls`);
}
runs.sort((a, b) => a - b);
const syntheticMs = runs[Math.floor(runs.length / 2)] as number;

console.log(`\nmacro-F1 ${macroF1.toFixed(3)} over ${present.length} categories; accuracy ${accuracy.toFixed(3)}`);
console.log(`personal vs none: precision ${personalPrecision.toFixed(3)}, recall ${personalRecall.toFixed(3)}`);
console.log(`speed: ${fieldsPerMs.toFixed(1)} fields/ms (classifyField, one at a time)`);
console.log(`synthetic 2,000-control page (classifyAll): median ${syntheticMs.toFixed(1)} ms of ${runs.length} runs [${runs.map((r) => r.toFixed(1)).join(', ')}]`);
console.log(
  JSON.stringify({
    macroF1,
    accuracy,
    fields,
    perCategory,
    personalPrecision,
    personalRecall,
    fieldsPerMs: r3(fieldsPerMs),
    syntheticMs: r3(syntheticMs),
  }),
);
