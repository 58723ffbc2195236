/**
 * Writes public/managed_schema.json (Chrome's storage.managed schema) from lib/policy/catalog.ts.
 * Usage: npx tsx scripts/gen-managed-schema.ts [--check]
 * With --check, exits 1 if the committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MANAGED_SCHEMA_PATH, renderManagedSchema, SCHEMA_COMMAND } from '../lib/policy/generate';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = `${root}${MANAGED_SCHEMA_PATH}`;
const next = renderManagedSchema();
let current = '';
try {
  current = readFileSync(path, 'utf8');
} catch {
  // missing: written below
}
if (process.argv.includes('--check')) {
  if (current !== next) {
    console.error(`${MANAGED_SCHEMA_PATH} is stale: run \`${SCHEMA_COMMAND}\``);
    process.exit(1);
  }
  console.log(`${MANAGED_SCHEMA_PATH} is up to date`);
} else if (current === next) {
  console.log(`${MANAGED_SCHEMA_PATH} already up to date`);
} else {
  writeFileSync(path, next);
  console.log(`wrote ${MANAGED_SCHEMA_PATH}`);
}
