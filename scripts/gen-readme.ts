/**
 * Regenerates the README's permission table from lib/permissions.ts (the one place permissions are declared).
 * `--check` exits 1 when the committed README is stale. Fix: `npm run gen:readme`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PERMISSIONS } from '../lib/permissions';

const README = new URL('../README.md', import.meta.url);
const START = '<!-- permissions:start -->';
const END = '<!-- permissions:end -->';

export function permissionsTable(): string {
  const rows = PERMISSIONS.map((p) => `| \`${p.name}\` | ${p.browsers.map((b) => (b === 'chrome' ? 'Chrome' : 'Firefox')).join(', ')} | ${p.why} |`);
  return ['| permission | navigateurs | pourquoi (why) |', '|---|---|---|', ...rows].join('\n');
}

export function renderReadme(current: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${current.slice(0, start + START.length)}\n${permissionsTable()}\n${current.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const current = readFileSync(README, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('README.md permission table is stale: run npm run gen:readme');
      process.exit(1);
    }
  } else writeFileSync(README, next);
}
