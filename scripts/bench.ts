/**
 * `npm run bench`: every speed figure of the project, one after the other, each printed as it comes and
 * summed up at the end (the last line is one JSON object). Speed targets live here, never in timed tests.
 * Needs `npm run build && npm run build:test` first (the browser benches load the test build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { frenchFormSets } from './detect-scoring';

const root = new URL('../', import.meta.url).pathname;
const BENCHES: { name: string; script: string; args?: string[] }[] = [
  { name: 'detect (shared corpus)', script: 'scripts/bench-detect.ts' },
  { name: 'detect (French fixtures)', script: 'scripts/bench-detect.ts', args: ['tests/fixtures/forms'] },
  // every blind set of French forms, in the order they were written (forms-heldout, forms-heldout-2, …)
  ...frenchFormSets(root)
    .slice(1)
    .map((dir) => ({ name: `detect (French held-out forms, ${dir.slice('tests/fixtures/'.length)})`, script: 'scripts/bench-detect.ts', args: [dir] })),
  { name: 'detect (shared corpus, audited labels)', script: 'scripts/bench-detect-audited.ts' },
  { name: 'detect (same verdicts in Chromium and Firefox as in jsdom)', script: 'scripts/bench-detect-agreement.ts' },
  { name: 'detect (2,000 controls, Chromium)', script: 'scripts/bench-detect-browser.ts' },
  { name: 'detect (first classification of a page, Chromium)', script: 'scripts/bench-detect-cold.ts' },
  { name: 'consent', script: 'scripts/bench-consent.ts' },
  { name: 'wipe', script: 'scripts/bench-wipe.ts' },
  { name: 'load', script: 'scripts/bench-load.ts' },
];

const summary: Record<string, unknown> = {};
for (const bench of BENCHES) {
  if (!existsSync(`${root}${bench.script}`)) {
    summary[bench.name] = 'missing';
    continue;
  }
  console.info(`\n=== ${bench.name} ===`);
  const run = spawnSync('npx', ['tsx', bench.script, ...(bench.args ?? [])], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(run.stdout);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    summary[bench.name] = JSON.parse(last);
  } catch {
    summary[bench.name] = { exitCode: run.status };
  }
}
console.info(JSON.stringify(summary));
