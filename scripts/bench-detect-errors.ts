/**
 * Debug listing of misclassified rows: expected → got [label origin, source type] file selector, then the
 * element's HTML, the signals and the review note. Usage: npx tsx scripts/bench-detect-errors.ts [dir] [out]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { classifyField } from '../lib/detect/classify';
import { readLabels, rowsByFile, type LabelRow } from './detect-scoring';

const dir = path.resolve(process.argv[2] ?? '../shared/corpus');
const out = process.argv[3] ?? '/tmp/dbg/errors.txt';
interface Row extends LabelRow {
  source_type?: string;
  review_note?: string;
}
const byFile = rowsByFile(readLabels(dir) as Row[]);
const lines: string[] = [];
for (const [file, fr] of byFile) {
  const { window } = new JSDOM(readFileSync(path.join(dir, file), 'utf8'));
  for (const r of fr) {
    const el = window.document.querySelector(r.selector);
    if (!el) continue;
    const res = classifyField(el);
    if (res.category !== r.category) {
      const html = el.outerHTML.replace(/\s+/g, ' ').slice(0, 300);
      lines.push(`✗ ${r.category} → ${res.category} [${r.label_origin ?? ''}${r.source_type ? ' ' + r.source_type : ''}] ${file} ${r.selector}\n   ${html}\n   ${res.signals.join(' | ')}${r.review_note ? '\n   note: ' + r.review_note : ''}`);
    }
  }
  window.close();
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.length, 'errors →', out);
