/**
 * Pure renderers for the files derived from the catalog. The scripts in `scripts/` write them,
 * the unit tests compare them with the committed files.
 */
import {
  GENERATED_MESSAGE_PREFIXES,
  groupMessageKey,
  settingChoiceMessageKey,
  settingMessageKey,
  type ChromeMessageLike,
} from './message-keys';
import { CATALOG, SETTING_GROUPS, SETTING_KEYS, settingDef, type Lang, type SettingDef } from './catalog';

export { GENERATED_MESSAGE_PREFIXES, groupMessageKey, settingChoiceMessageKey, settingMessageKey, type ChromeMessageLike };

export const SCHEMA_COMMAND = 'npx tsx scripts/gen-managed-schema.ts';
export const DOCS_COMMAND = 'npx tsx scripts/gen-policy-docs.ts';

export const MANAGED_SCHEMA_PATH = 'public/managed_schema.json';
export const DOCS_PATHS: Record<Lang, string> = { fr: 'docs/deploiement.md', en: 'docs/deployment.en.md' };
export const OPTIONS_LOCALE_PATHS: Record<Lang, string> = { fr: 'locales/fr/options.json', en: 'locales/en/options.json' };

export const DOCS_BEGIN = '<!-- BEGIN GENERATED: settings-table (npx tsx scripts/gen-policy-docs.ts) -->';
export const DOCS_END = '<!-- END GENERATED: settings-table -->';

type JsonSchema = Record<string, unknown>;

/** Chrome's `storage.managed_schema` (a JSON-schema subset: type, title, description, properties, items, enum, minimum, maximum). */
export function buildManagedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    const def = settingDef(key);
    const base: JsonSchema = { title: def.fr.label, description: `${def.fr.help} — ${def.en.label}.` };
    switch (def.kind) {
      case 'boolean':
        properties[key] = { ...base, type: 'boolean' };
        break;
      case 'integer':
        properties[key] = { ...base, type: 'integer', minimum: def.min, maximum: def.max };
        break;
      case 'text':
        properties[key] = { ...base, type: 'string' };
        break;
      case 'enum':
        properties[key] = { ...base, type: 'string', enum: [...def.values] };
        break;
      // List items are not constrained here on purpose: Chrome would drop the whole list for one bad
      // item, while Parenthèse keeps the valid items and reports the others on the options page.
      case 'patternList':
      case 'enumList':
        properties[key] = { ...base, type: 'array', items: { type: 'string' } };
        break;
      case 'flags':
      case 'texts': {
        const t = def.kind === 'flags' ? 'boolean' : 'string';
        const subLabels = def.keyLabels as Record<string, Record<Lang, string>>;
        properties[key] = {
          ...base,
          type: 'object',
          properties: Object.fromEntries(def.keys.map((k) => [k, { title: subLabels[k]?.fr ?? k, type: t }])),
        };
        break;
      }
    }
  }
  return { type: 'object', properties };
}

export function renderManagedSchema(): string {
  return `${JSON.stringify(buildManagedSchema(), null, 2)}\n`;
}

// ---------------------------------------------------------------- docs

const DOC_TEXT = {
  fr: {
    key: 'Clé',
    type: 'Type',
    def: 'Défaut',
    desc: 'Description',
    boolean: 'booléen',
    integer: (d: SettingDef & { kind: 'integer' }) => `entier de ${d.min} à ${d.max} (${d.unit.fr})`,
    text: (n: number) => `texte (${n} caractères max.)`,
    enumT: 'une valeur parmi',
    patternList: (n: number) => `liste de motifs d’adresse (${n} max.)`,
    enumList: 'liste de valeurs parmi',
    flags: 'objet de booléens',
    texts: (n: number) => `objet de textes (${n} caractères max. chacun)`,
    empty: 'vide',
    policyOnly: 'Politique uniquement.',
  },
  en: {
    key: 'Key',
    type: 'Type',
    def: 'Default',
    desc: 'Description',
    boolean: 'boolean',
    integer: (d: SettingDef & { kind: 'integer' }) => `integer from ${d.min} to ${d.max} (${d.unit.en})`,
    text: (n: number) => `text (max. ${n} characters)`,
    enumT: 'one of',
    patternList: (n: number) => `list of address patterns (max. ${n})`,
    enumList: 'list of values among',
    flags: 'object of booleans',
    texts: (n: number) => `object of texts (max. ${n} characters each)`,
    empty: 'empty',
    policyOnly: 'Policy only.',
  },
} as const;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s}\``;
const colon = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

function typeCell(def: SettingDef, lang: Lang): string {
  const T = DOC_TEXT[lang];
  switch (def.kind) {
    case 'boolean':
      return T.boolean;
    case 'integer':
      return T.integer(def);
    case 'text':
      return T.text(def.maxLength);
    case 'enum':
      return `${T.enumT} ${def.values.map(code).join(', ')}`;
    case 'patternList':
      return T.patternList(def.maxItems);
    case 'enumList':
      return `${T.enumList} ${def.values.map(code).join(', ')}`;
    case 'flags':
      return `${T.flags}${colon(lang)}${def.keys.map(code).join(', ')}`;
    case 'texts':
      return `${T.texts(def.maxLength)}${colon(lang)}${def.keys.map(code).join(', ')}`;
  }
}

function defaultCell(def: SettingDef, lang: Lang): string {
  const v = def.default as unknown;
  if (def.kind === 'flags') return Object.values(v as Record<string, boolean>).every(Boolean) ? (lang === 'fr' ? 'tout à `true`' : 'all `true`') : code(JSON.stringify(v));
  if (def.kind === 'texts') return lang === 'fr' ? 'tous vides' : 'all empty';
  if (def.kind === 'enumList') return (v as string[]).length === def.values.length ? (lang === 'fr' ? 'toutes' : 'all') : code(JSON.stringify(v));
  if (v === '' || (Array.isArray(v) && v.length === 0)) return `${DOC_TEXT[lang].empty} (${code(JSON.stringify(v))})`;
  return code(JSON.stringify(v));
}

function descCell(def: SettingDef, lang: Lang): string {
  const md = (t: string) => t.replace(/[*_]/g, (c) => `\\${c}`);
  const parts = [`**${md(def[lang].label)}.** ${md(def[lang].help)}`];
  if (def.kind === 'enum' || def.kind === 'enumList' || def.kind === 'flags' || def.kind === 'texts') {
    const labels = (def.kind === 'enum' || def.kind === 'enumList' ? def.valueLabels : def.keyLabels) as Record<string, Record<Lang, string>>;
    parts.push(Object.entries(labels).map(([k, l]) => `${code(k)}${colon(lang)}${l[lang]}`).join(lang === 'fr' ? ' ; ' : '; ') + '.');
  }
  if (def.policyOnly) parts.push(DOC_TEXT[lang].policyOnly);
  return cell(parts.join(' '));
}

/** Markdown tables (one per group) documenting every setting. */
export function renderSettingsTable(lang: Lang): string {
  const T = DOC_TEXT[lang];
  const out: string[] = [];
  for (const [group, labels] of Object.entries(SETTING_GROUPS)) {
    const keys = SETTING_KEYS.filter((k) => CATALOG[k].group === group);
    if (keys.length === 0) continue;
    out.push(`#### ${labels[lang]}`, '', `| ${T.key} | ${T.type} | ${T.def} | ${T.desc} |`, '| --- | --- | --- | --- |');
    for (const key of keys) {
      const def = settingDef(key);
      out.push(`| ${code(key)} | ${cell(typeCell(def, lang))} | ${cell(defaultCell(def, lang))} | ${descCell(def, lang)} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Replaces the generated block between the markers; throws if the markers are missing. */
export function injectSettingsTable(doc: string, lang: Lang): string {
  const start = doc.indexOf(DOCS_BEGIN);
  const end = doc.indexOf(DOCS_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`${DOCS_PATHS[lang]}: generated-table markers not found`);
  return `${doc.slice(0, start + DOCS_BEGIN.length)}\n${renderSettingsTable(lang)}\n${doc.slice(end)}`;
}

// ---------------------------------------------------------------- options page strings

/** The options page strings derived from the catalog (labels, help, choices, units, groups). */
export function catalogMessages(lang: Lang): Record<string, ChromeMessageLike> {
  const out: Record<string, ChromeMessageLike> = {};
  for (const [group, labels] of Object.entries(SETTING_GROUPS)) out[groupMessageKey(group)] = { message: labels[lang] };
  for (const key of SETTING_KEYS) {
    const def = settingDef(key);
    out[settingMessageKey(key, 'label')] = { message: def[lang].label };
    out[settingMessageKey(key, 'help')] = { message: def[lang].help };
    if (def.kind === 'integer') out[settingMessageKey(key, 'unit')] = { message: def.unit[lang] };
    if (def.kind === 'enum' || def.kind === 'enumList' || def.kind === 'flags' || def.kind === 'texts') {
      const labels = (def.kind === 'enum' || def.kind === 'enumList' ? def.valueLabels : def.keyLabels) as Record<string, Record<Lang, string>>;
      for (const [choice, l] of Object.entries(labels)) out[settingChoiceMessageKey(key, choice)] = { message: l[lang] };
    }
  }
  return out;
}

/** Hand-written messages of `existing` kept in place, generated ones replaced by the catalog's. */
export function renderOptionsLocale(existing: Record<string, ChromeMessageLike>, lang: Lang): string {
  const kept = Object.entries(existing).filter(([k]) => !GENERATED_MESSAGE_PREFIXES.some((p) => k.startsWith(p)));
  const merged = { ...Object.fromEntries(kept), ...catalogMessages(lang) };
  return `${JSON.stringify(merged, null, 2)}\n`;
}
