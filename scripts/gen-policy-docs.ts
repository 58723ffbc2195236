/**
 * Regenerates what the settings catalog (lib/policy/catalog.ts) documents:
 *  - the settings tables in docs/deploiement.md and docs/deployment.en.md (between the GENERATED markers),
 *  - the catalog strings (options_setting_*, options_group_*) in locales/{fr,en}/options.json.
 * Usage: npx tsx scripts/gen-policy-docs.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../lib/i18n/catalog';
import { DOCS_COMMAND, DOCS_PATHS, injectSettingsTable, OPTIONS_LOCALE_PATHS, renderOptionsLocale } from '../lib/policy/generate';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
let stale = false;

function update(rel: string, render: (current: string) => string): void {
  const path = `${root}${rel}`;
  const current = readFileSync(path, 'utf8');
  const next = render(current);
  if (current === next) return console.log(`${rel} up to date`);
  if (check) {
    stale = true;
    return console.error(`${rel} is stale: run \`${DOCS_COMMAND}\``);
  }
  writeFileSync(path, next);
  console.log(`wrote ${rel}`);
}

for (const lang of LANGUAGES) {
  update(DOCS_PATHS[lang], (doc) => injectSettingsTable(doc, lang));
  update(OPTIONS_LOCALE_PATHS[lang], (json) => renderOptionsLocale(JSON.parse(json), lang));
}
if (stale) process.exit(1);
