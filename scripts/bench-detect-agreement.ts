/**
 * Does the detection benchmark, run in jsdom, say what the browsers would? Loads every labelled page of the given
 * sets in headless Chromium and in Firefox ESR (their own HTML parsers and DOMs), evaluates lib/detect there, and
 * compares each labelled field's verdict with jsdom's. Prints, per set and browser, the fields compared, the
 * disagreements (listed) and the macro-F1 measured in that browser; the last line is one JSON object.
 * The pages' own scripts are kept from running (each `<script>` becomes an inert `<template>`, which keeps the
 * element positions the `:nth-child` selectors rely on).
 * Usage: npx tsx scripts/bench-detect-agreement.ts [--chromium-only] [dir…]   (default: the corpus and every French set)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { JSDOM } from 'jsdom';
import type { Category } from '../lib/detect/categories';
import { classifyField } from '../lib/detect/classify';
import { QUIET_CHROMIUM_FLAGS } from './chromium-flags';
import { detectBundle } from './detect-bundle';
import { frenchFormSets, readLabels, rowsByFile, score } from './detect-scoring';

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const chromiumOnly = args.includes('--chromium-only');
const DEFAULT_SETS = ['../shared/corpus', ...frenchFormSets(repoRoot)];
const named = args.filter((a) => !a.startsWith('--'));
const sets = named.length ? named : DEFAULT_SETS;

const bundle = detectBundle();
const inert = (html: string): string => html.replace(/<script\b/gi, '<template data-script').replace(/<\/script>/gi, '</template>');

const browsers: Array<{ name: string; launch: () => Promise<Browser> }> = [
  {
    name: 'chromium',
    launch: () =>
      puppeteer.launch({
        executablePath: process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium',
        headless: true,
        args: [...QUIET_CHROMIUM_FLAGS],
      }),
  },
  ...(chromiumOnly
    ? []
    : [
        {
          name: 'firefox',
          launch: () =>
            puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr', protocol: 'webDriverBiDi', headless: true }),
        },
      ]),
];

// Evaluated in the page as text: tsx's keepNames would otherwise add a `__name` helper the page does not have.
const CLASSIFY_IN_PAGE = (selectors: string[]): string => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  return selectors.map((s) => { const el = document.querySelector(s); return el ? window.detect.classifyField(el).category : null; });
})()`;

const summary: Record<string, Record<string, { fields: number; unmatched: number; disagreements: number; macroF1: number }>> = {};
for (const set of sets) {
  const dir = path.resolve(repoRoot, set);
  const pages = [...rowsByFile(readLabels(dir))].map(([file, rows]) => {
    const html = inert(readFileSync(path.join(dir, file), 'utf8'));
    const { window } = new JSDOM(html);
    const inJsdom = rows.map((r) => {
      const el = window.document.querySelector(r.selector);
      return el ? classifyField(el).category : null;
    });
    window.close();
    return { file, rows, html, inJsdom };
  });
  summary[set] = {};
  for (const { name, launch } of browsers) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const pairs: Array<{ truth: Category; predicted: Category }> = [];
      let fields = 0;
      let unmatched = 0;
      let disagreements = 0;
      for (const { file, rows, html, inJsdom } of pages) {
        await page.setContent(html, { waitUntil: 'domcontentloaded' });
        await page.addScriptTag({ content: bundle });
        const inBrowser = (await page.evaluate(CLASSIFY_IN_PAGE(rows.map((r) => r.selector)))) as Array<Category | null>;
        rows.forEach((row, i) => {
          const there = inBrowser[i];
          const here = inJsdom[i];
          // a selector that one DOM matches and the other does not is not a verdict: jsdom runs no script, so it
          // parses <noscript> content as elements, where a browser keeps it as text
          if (there === null || there === undefined || here === null || here === undefined) {
            unmatched++;
            return;
          }
          fields++;
          pairs.push({ truth: row.category, predicted: there });
          if (there !== here) {
            disagreements++;
            console.log(`  ${name} ${set} ${file} ${row.selector}: jsdom ${here}, ${name} ${there} (label ${row.category})`);
          }
        });
      }
      const { macroF1 } = score(pairs);
      summary[set][name] = { fields, unmatched, disagreements, macroF1 };
      console.log(
        `${set} in ${name}: ${fields} fields compared (${unmatched} selector(s) matched in one DOM only), ` +
          `${disagreements} disagreement(s) with jsdom; macro-F1 measured in ${name} ${macroF1}`,
      );
    } finally {
      await browser.close();
    }
  }
}
console.log(JSON.stringify(summary));
