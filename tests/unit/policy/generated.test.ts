import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeLocale } from '../../../lib/i18n/catalog';
import { CATALOG, SETTING_KEYS } from '../../../lib/policy';
import {
  buildManagedSchema,
  catalogMessages,
  DOCS_BEGIN,
  DOCS_COMMAND,
  DOCS_PATHS,
  injectSettingsTable,
  MANAGED_SCHEMA_PATH,
  OPTIONS_LOCALE_PATHS,
  renderManagedSchema,
  renderOptionsLocale,
  SCHEMA_COMMAND,
} from '../../../lib/policy/generate';

const root = new URL('../../../', import.meta.url);
const read = (rel: string) => readFileSync(new URL(rel, root), 'utf8');

describe('files generated from the settings catalog are up to date', () => {
  it(MANAGED_SCHEMA_PATH, () => {
    expect(read(MANAGED_SCHEMA_PATH) === renderManagedSchema(), `${MANAGED_SCHEMA_PATH} is stale: run \`${SCHEMA_COMMAND}\``).toBe(true);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(DOCS_PATHS[lang], () => {
      const doc = read(DOCS_PATHS[lang]);
      expect(doc.includes(DOCS_BEGIN), `${DOCS_PATHS[lang]} lost its generated-table markers`).toBe(true);
      expect(injectSettingsTable(doc, lang) === doc, `${DOCS_PATHS[lang]} settings table is stale: run \`${DOCS_COMMAND}\``).toBe(true);
      for (const key of SETTING_KEYS) expect(doc).toContain(`\`${key}\``);
    });
    it(OPTIONS_LOCALE_PATHS[lang], () => {
      const json = read(OPTIONS_LOCALE_PATHS[lang]);
      expect(renderOptionsLocale(JSON.parse(json), lang) === json, `${OPTIONS_LOCALE_PATHS[lang]} is stale: run \`${DOCS_COMMAND}\``).toBe(true);
    });
  }

  it('every catalog string reaches the merged locale', () => {
    const fr = mergeLocale(new URL('.', root).pathname, 'fr');
    for (const [k, v] of Object.entries(catalogMessages('fr'))) expect(fr[k]?.message).toBe(v.message);
  });
});

describe('managed schema shape (Chrome subset)', () => {
  const allowed = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);
  function walk(node: Record<string, unknown>) {
    for (const [k, v] of Object.entries(node)) {
      expect(allowed.has(k), `unsupported attribute ${k}`).toBe(true);
      if (k === 'properties') for (const child of Object.values(v as object)) walk(child as Record<string, unknown>);
      if (k === 'items') walk(v as Record<string, unknown>);
    }
  }
  it('uses only attributes Chrome understands and covers every setting', () => {
    const schema = buildManagedSchema();
    expect(schema.type).toBe('object');
    walk(schema);
    expect(Object.keys(schema.properties as object)).toEqual(SETTING_KEYS);
    expect((schema.properties as Record<string, { maximum?: number }>).idleEndMinutes?.maximum).toBe(CATALOG.idleEndMinutes.max);
  });
});
