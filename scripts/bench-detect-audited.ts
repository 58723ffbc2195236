/**
 * Scores lib/detect on the corpus twice: with the corpus labels as they are, and with the labels that
 * docs/detection/corpus-audit.jsonl found to contradict the issue #5 category contract (verdict `label`)
 * replaced by the contract category. Rows judged `ambiguous` keep the corpus label; `--lenient` adds a third
 * scoring where an ambiguous row counts as right when the prediction is either of its two readings (an upper
 * bound, not a claim).
 *   npx tsx scripts/bench-detect-audited.ts [corpus-dir] [--audit=path] [--lenient]
 * Same metrics as scripts/bench-detect.ts (scripts/detect-scoring.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { CATEGORIES, type Category } from '../lib/detect/categories';
import { classifyField } from '../lib/detect/classify';
import { readJsonl, readLabels, rowsByFile, score, type LabelRow, type Scores } from './detect-scoring';

interface AuditRow {
  file: string;
  selector: string;
  corpus: Category;
  contract: string;
  verdict: 'detector' | 'label' | 'ambiguous';
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const corpusDir = path.resolve(repoRoot, args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
const auditPath = path.resolve(repoRoot, args.find((a) => a.startsWith('--audit='))?.split('=')[1] ?? 'docs/detection/corpus-audit.jsonl');
const lenient = args.includes('--lenient');

const rows = readLabels(corpusDir);
const audit = new Map(readJsonl<AuditRow>(auditPath).map((a) => [`${a.file}\n${a.selector}`, a]));
const isCategory = (c: string): c is Category => (CATEGORIES as readonly string[]).includes(c);

// the audit is a snapshot: say so when it no longer lines up with the corpus
let stale = 0;
for (const [key, a] of audit) {
  const row = rows.find((r) => `${r.file}\n${r.selector}` === key);
  if (!row || row.category !== a.corpus) stale++;
  for (const c of a.contract.split('|')) if (!isCategory(c)) throw new Error(`unknown category ${c} in ${auditPath}`);
}

// one pass of the detector; every scoring below reuses its predictions
const predictions: { row: LabelRow; predicted: Category }[] = [];
let missingSelectors = 0;
const byFile = rowsByFile(rows);
for (const [file, fileRows] of byFile) {
  const { window } = new JSDOM(readFileSync(path.join(corpusDir, file), 'utf8'));
  for (const row of fileRows) {
    const el = window.document.querySelector(row.selector);
    if (!el) {
      missingSelectors++;
      continue;
    }
    predictions.push({ row, predicted: classifyField(el).category });
  }
  window.close();
}

function scoreWith(truthOf: (row: LabelRow, predicted: Category) => Category): Scores {
  return score(predictions.map(({ row, predicted }) => ({ truth: truthOf(row, predicted), predicted })));
}

const auditOf = (row: LabelRow) => audit.get(`${row.file}\n${row.selector}`);
const corpusScores = scoreWith((row) => row.category);
const auditedScores = scoreWith((row) => {
  const a = auditOf(row);
  return a?.verdict === 'label' && isCategory(a.contract) ? a.contract : row.category;
});
const lenientScores = scoreWith((row, predicted) => {
  const a = auditOf(row);
  if (a?.verdict === 'label' && isCategory(a.contract)) return a.contract;
  if (a?.verdict === 'ambiguous' && a.contract.split('|').includes(predicted)) return predicted;
  return row.category;
});

const columns: [string, Scores][] = [
  ['corpus', corpusScores],
  ['audited', auditedScores],
  ...(lenient ? ([['lenient', lenientScores]] as [string, Scores][]) : []),
];
const pad = (s: string | number, n: number) => String(s).padStart(n);
const verdicts = [...audit.values()].reduce<Record<string, number>>((acc, a) => ({ ...acc, [a.verdict]: (acc[a.verdict] ?? 0) + 1 }), {});

console.log(`Corpus ${corpusDir}: ${byFile.size} files, ${predictions.length} fields${missingSelectors ? `, ${missingSelectors} selectors not found` : ''}`);
console.log(`Audit ${path.relative(repoRoot, auditPath)}: ${audit.size} rows (${Object.entries(verdicts).map(([v, n]) => `${v} ${n}`).join(', ')})${stale ? `; ${stale} rows no longer match labels.jsonl` : ''}`);
console.log(`\n${'category'.padEnd(16)}${columns.map(([name]) => pad(`${name} P / R / F1 (n)`, 30)).join('')}`);
for (const category of CATEGORIES) {
  if (!columns.some(([, s]) => s.perCategory[category])) continue;
  const cells = columns.map(([, s]) => {
    const m = s.perCategory[category];
    return pad(m ? `${m.precision.toFixed(3)} / ${m.recall.toFixed(3)} / ${m.f1.toFixed(3)} (${m.support})` : '-', 30);
  });
  console.log(`${category.padEnd(16)}${cells.join('')}`);
}
for (const [name, s] of columns) {
  const present = Object.values(s.perCategory).filter((m) => m.support > 0).length;
  console.log(
    `\n${name}: macro-F1 ${s.macroF1.toFixed(3)} over ${present} categories; accuracy ${s.accuracy.toFixed(3)}; ` +
      `personal vs none: precision ${s.personalPrecision.toFixed(3)}, recall ${s.personalRecall.toFixed(3)}`,
  );
}
// the summary line keeps the figures only
console.log(JSON.stringify(Object.fromEntries(columns.map(([name, { present: _present, cell: _cell, ...figures }]) => [name, figures]))));
