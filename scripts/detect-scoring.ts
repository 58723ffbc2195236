/**
 * What the detection benches share: reading a labelled corpus and scoring predictions against it (issue #5's
 * metrics: per-category precision/recall/F1 from the confusion matrix, macro-F1 over the categories present in the
 * truth, accuracy, personal-vs-none precision/recall), and where the French sets are. Used by the detection benches,
 * npm run bench and dump-detect.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, type Category } from '../lib/detect/categories';

export interface LabelRow {
  file: string;
  selector: string;
  category: Category;
  label_origin?: string;
}

export interface CategoryScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  macroF1: number;
  accuracy: number;
  fields: number;
  perCategory: Record<string, CategoryScore>;
  personalPrecision: number;
  personalRecall: number;
  /** categories with support in the truth (the macro-F1 averages over them) */
  present: Category[];
  /** how many rows had this truth and this prediction */
  cell(truth: Category, predicted: Category): number;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readLabels(corpusDir: string): LabelRow[] {
  return readJsonl<LabelRow>(path.join(corpusDir, 'labels.jsonl'));
}

/** Rows grouped by file, in first-seen order: each page is parsed once. */
export function rowsByFile<R extends { file: string }>(rows: readonly R[]): Map<string, R[]> {
  const byFile = new Map<string, R[]>();
  for (const row of rows) {
    const list = byFile.get(row.file);
    if (list) list.push(row);
    else byFile.set(row.file, [row]);
  }
  return byFile;
}

export function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function score(pairs: Iterable<{ truth: Category; predicted: Category }>): Scores {
  const confusion = new Map<string, number>();
  let fields = 0;
  for (const { truth, predicted } of pairs) {
    const key = `${truth}|${predicted}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    fields++;
  }
  const cell = (truth: Category, predicted: Category) => confusion.get(`${truth}|${predicted}`) ?? 0;
  const present = CATEGORIES.filter((c) => CATEGORIES.some((p) => cell(c, p) > 0));
  const perCategory: Record<string, CategoryScore> = {};
  let correct = 0;
  for (const category of CATEGORIES) {
    const tp = cell(category, category);
    correct += tp;
    const support = CATEGORIES.reduce((sum, p) => sum + cell(category, p), 0);
    const predicted = CATEGORIES.reduce((sum, t) => sum + cell(t, category), 0);
    if (support === 0 && predicted === 0) continue;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perCategory[category] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), support };
  }
  const macroF1 = present.reduce((sum, c) => sum + (perCategory[c]?.f1 ?? 0), 0) / present.length;
  // personal vs none: is "this field needs a question" right, whatever the category
  let personalTp = 0;
  let personalPredicted = 0;
  let personalTruth = 0;
  for (const truth of CATEGORIES) {
    for (const predicted of CATEGORIES) {
      const n = cell(truth, predicted);
      if (predicted !== 'none') personalPredicted += n;
      if (truth !== 'none') personalTruth += n;
      if (predicted !== 'none' && truth !== 'none') personalTp += n;
    }
  }
  return {
    macroF1: r3(macroF1),
    accuracy: r3(correct / fields),
    fields,
    perCategory,
    personalPrecision: r3(personalPredicted ? personalTp / personalPredicted : 0),
    personalRecall: r3(personalTruth ? personalTp / personalTruth : 0),
    present,
    cell,
  };
}

/**
 * The French form sets under tests/fixtures, relative to the repository: `forms` (ours), then every blind set
 * (`forms-heldout`, `forms-heldout-2`, …) that has labels, in the order they were written.
 */
export function frenchFormSets(repoRoot: string): string[] {
  const number = (dir: string) => Number(dir.slice('forms-heldout-'.length) || 1);
  const blind = readdirSync(path.join(repoRoot, 'tests/fixtures'))
    .filter((dir) => /^forms-heldout(-\d+)?$/.test(dir) && existsSync(path.join(repoRoot, 'tests/fixtures', dir, 'labels.jsonl')))
    .sort((a, b) => number(a) - number(b));
  return ['tests/fixtures/forms', ...blind.map((dir) => `tests/fixtures/${dir}`)];
}
