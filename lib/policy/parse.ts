import type { z } from 'zod';
import {
  isSettingKey,
  settingDef,
  SETTING_KEYS,
  type SettingDef,
  type SettingKey,
  type Settings,
} from './catalog';
import { parseSitePattern, PATTERN_ERROR_REASONS, type PatternErrorCode } from './patterns';

/**
 * Lenient parser for the structure's managed policy and for the helper's stored options.
 * Each bad key (or bad list item / sub-key) is dropped with a problem; the rest applies.
 * It never throws and never echoes a bad value beyond a short, cleaned excerpt.
 */

export type ProblemCode =
  | 'not_object'
  | 'unknown_key'
  | 'wrong_type'
  | 'out_of_range'
  | 'too_long'
  | 'invalid_value'
  | 'invalid_pattern'
  | 'too_many_items'
  | 'duplicate'
  | 'sanitized'
  | 'policy_only'
  | 'too_many_problems'
  | 'read_failed'
  | 'read_timeout'
  | 'internal_error';

export interface Problem {
  /** Setting key; `key[3]` for a list item, `key.sub` for a sub-key, `$` for the whole policy. */
  key: string;
  code: ProblemCode;
  /** Short French sentence (no value inside). The options page shows `options_problem_<code>` instead. */
  reason: string;
  /** For `invalid_pattern`: why the pattern was refused. */
  detail?: PatternErrorCode;
  /** Substitutions for the localized message (e.g. min and max). */
  params?: string[];
  /** Very short, cleaned excerpt of the refused value (never the full value). */
  excerpt?: string;
  source?: 'managed' | 'local';
}

export interface ParseResult {
  /** Valid values only, for the keys present in the input. */
  values: Partial<Settings>;
  problems: Problem[];
}

export const ROOT_KEY = '$';
export const MAX_PROBLEMS = 50;
const EXCERPT_LENGTH = 24;
const KEY_EXCERPT_LENGTH = 60;

const REASONS: Record<ProblemCode, (p: string[]) => string> = {
  not_object: () => 'La configuration doit être un objet de réglages ; elle a été ignorée en entier.',
  unknown_key: () => 'Ce réglage n’existe pas.',
  wrong_type: (p) => `Type de valeur incorrect (attendu : ${p[0] ?? '?'}).`,
  out_of_range: (p) => `La valeur doit être un nombre entier entre ${p[0]} et ${p[1]}.`,
  too_long: (p) => `Le texte dépasse ${p[0]} caractères.`,
  invalid_value: (p) => `Valeur non reconnue (valeurs possibles : ${p[0]}).`,
  invalid_pattern: () => 'Motif d’adresse invalide.',
  too_many_items: (p) => `La liste dépasse ${p[0]} éléments ; les suivants ont été ignorés.`,
  duplicate: () => 'Élément en double, ignoré.',
  sanitized: () => 'Des caractères invisibles ou de contrôle ont été retirés du texte.',
  policy_only: () => 'Ce réglage ne peut être défini que par la politique de la structure.',
  too_many_problems: (p) => `Trop d’erreurs : seules les ${p[0]} premières sont listées.`,
  read_failed: () => 'La configuration de la structure n’a pas pu être lue.',
  read_timeout: () => 'La configuration de la structure n’a pas répondu à temps.',
  internal_error: () => 'Erreur inattendue pendant la lecture de la configuration.',
};

const TYPE_NAMES: Record<SettingDef['kind'], string> = {
  boolean: 'booléen (true/false)',
  integer: 'nombre entier',
  text: 'texte',
  enum: 'texte',
  patternList: 'liste de textes',
  enumList: 'liste de textes',
  flags: 'objet de booléens',
  texts: 'objet de textes',
};

export function makeProblem(
  key: string,
  code: ProblemCode,
  extra: { params?: string[]; detail?: PatternErrorCode; value?: unknown; hasValue?: boolean } = {},
): Problem {
  const p: Problem = { key: truncate(key, KEY_EXCERPT_LENGTH), code, reason: REASONS[code](extra.params ?? []) };
  if (extra.params) p.params = extra.params;
  if (extra.detail) {
    p.detail = extra.detail;
    p.reason = `${p.reason} ${PATTERN_ERROR_REASONS[extra.detail]}`;
  }
  if (extra.hasValue) p.excerpt = excerpt(extra.value);
  return p;
}

function truncate(s: string, n: number): string {
  const clean = stripInvisible(s.length > n * 4 ? s.slice(0, n * 4) : s).text;
  return clean.length > n ? `${clean.slice(0, n - 1)}…` : clean;
}

/** A bounded description of any value: never walks large structures, never copies more than a few characters. */
export function excerpt(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return JSON.stringify(truncate(v, EXCERPT_LENGTH));
    case 'number':
    case 'boolean':
    case 'bigint':
      return truncate(String(v), EXCERPT_LENGTH);
    case 'undefined':
      return 'undefined';
    case 'object':
      return Array.isArray(v) ? `[liste de ${v.length} éléments]` : '{objet}';
    default:
      return `(${typeof v})`;
  }
}

// Control characters, bidirectional overrides/isolates, zero-width characters and BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE_SINGLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/gu;
// eslint-disable-next-line no-control-regex
const INVISIBLE_MULTI = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]/gu;

function stripInvisible(s: string, multiline = false): { text: string; removed: boolean } {
  const re = multiline ? INVISIBLE_MULTI : INVISIBLE_SINGLE;
  // Single-line: tabs/newlines become spaces rather than vanishing.
  const spaced = multiline ? s.replace(/\r\n?/g, '\n') : s.replace(/[\t\n\r]+/g, ' ');
  const text = spaced.replace(re, '');
  return { text, removed: text !== spaced };
}

/** Normalizes a text value: NFC, invisible characters removed, trimmed (single-line: whitespace collapsed). */
export function cleanText(s: string, multiline = false): { text: string; removed: boolean } {
  const { text, removed } = stripInvisible(s.normalize('NFC'), multiline);
  const out = multiline ? text.replace(/[ \t]+\n/g, '\n').trim() : text.replace(/\s+/g, ' ').trim();
  return { text: out, removed };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function zodProblem(key: string, def: SettingDef, schema: z.ZodType, value: unknown): Problem | undefined {
  const r = schema.safeParse(value);
  if (r.success) return undefined;
  const issue = r.error.issues[0];
  switch (issue?.code) {
    case 'too_small':
    case 'too_big':
      if (def.kind === 'integer') return makeProblem(key, 'out_of_range', { params: [String(def.min), String(def.max)], value, hasValue: true });
      if ('maxLength' in def) return makeProblem(key, 'too_long', { params: [String(def.maxLength)], value, hasValue: true });
      break;
    case 'invalid_value':
      if ('values' in def) return makeProblem(key, 'invalid_value', { params: [def.values.join(', ')], value, hasValue: true });
      break;
    case 'invalid_type':
      if (def.kind === 'integer' && typeof value === 'number') {
        return makeProblem(key, 'out_of_range', { params: [String(def.min), String(def.max)], value, hasValue: true });
      }
      break;
  }
  return makeProblem(key, 'wrong_type', { params: [TYPE_NAMES[def.kind]], value, hasValue: true });
}

export interface ValueResult<K extends SettingKey = SettingKey> {
  /** Present when (part of) the value can be used. */
  value?: Settings[K];
  problems: Problem[];
}

/** Validates one setting's raw value with the catalog's schema. Lists keep their valid items. Never throws. */
export function parseSettingValue<K extends SettingKey>(key: K, raw: unknown): ValueResult<K> {
  const def = settingDef(key);
  const problems: Problem[] = [];
  const done = (value?: unknown): ValueResult<K> => (value === undefined ? { problems } : { value: value as Settings[K], problems });

  switch (def.kind) {
    case 'boolean':
    case 'integer':
    case 'enum': {
      const p = zodProblem(key, def, def.schema, raw);
      if (p) return problems.push(p), done();
      return done(raw);
    }
    case 'text': {
      if (typeof raw !== 'string') return problems.push(makeProblem(key, 'wrong_type', { params: [TYPE_NAMES.text], value: raw, hasValue: true })), done();
      if (raw.length > def.maxLength * 4) return problems.push(makeProblem(key, 'too_long', { params: [String(def.maxLength)], value: raw, hasValue: true })), done();
      const { text, removed } = cleanText(raw);
      const p = zodProblem(key, def, def.schema, text);
      if (p) return problems.push(p), done();
      if (removed) problems.push(makeProblem(key, 'sanitized'));
      return done(text);
    }
    case 'patternList': {
      if (!Array.isArray(raw)) return problems.push(makeProblem(key, 'wrong_type', { params: [TYPE_NAMES.patternList], value: raw, hasValue: true })), done();
      const out: string[] = [];
      const seen = new Set<string>();
      const n = Math.min(raw.length, def.maxItems);
      for (let i = 0; i < n; i++) {
        const item: unknown = raw[i];
        const r = parseSitePattern(item);
        if (!r.ok) {
          problems.push(makeProblem(`${key}[${i}]`, 'invalid_pattern', { detail: r.code, value: item, hasValue: true }));
          continue;
        }
        if (seen.has(r.pattern.normalized)) continue;
        seen.add(r.pattern.normalized);
        out.push(r.pattern.normalized);
      }
      if (raw.length > def.maxItems) problems.push(makeProblem(key, 'too_many_items', { params: [String(def.maxItems)] }));
      return done(out);
    }
    case 'enumList': {
      if (!Array.isArray(raw)) return problems.push(makeProblem(key, 'wrong_type', { params: [TYPE_NAMES.enumList], value: raw, hasValue: true })), done();
      const picked = new Set<string>();
      const n = Math.min(raw.length, def.values.length * 4);
      for (let i = 0; i < n; i++) {
        const item: unknown = raw[i];
        const p = zodProblem(`${key}[${i}]`, def, def.itemSchema, item);
        if (p) problems.push(p);
        else picked.add(item as string);
      }
      if (raw.length > n) problems.push(makeProblem(key, 'too_many_items', { params: [String(n)] }));
      // Catalog order, no duplicates.
      return done(def.values.filter((v) => picked.has(v)));
    }
    case 'flags':
    case 'texts': {
      if (!isPlainObject(raw)) return problems.push(makeProblem(key, 'wrong_type', { params: [TYPE_NAMES[def.kind]], value: raw, hasValue: true })), done();
      const out: Record<string, unknown> = structuredClone(def.default) as Record<string, unknown>;
      let any = false;
      for (const sub of Object.keys(raw)) {
        const path = `${key}.${sub}`;
        if (!(def.keys as readonly string[]).includes(sub)) {
          problems.push(makeProblem(path, 'unknown_key'));
          continue;
        }
        const v = raw[sub];
        if (def.kind === 'flags') {
          if (typeof v !== 'boolean') {
            problems.push(makeProblem(path, 'wrong_type', { params: [TYPE_NAMES.boolean], value: v, hasValue: true }));
            continue;
          }
          out[sub] = v;
        } else {
          if (typeof v !== 'string') {
            problems.push(makeProblem(path, 'wrong_type', { params: [TYPE_NAMES.text], value: v, hasValue: true }));
            continue;
          }
          if (v.length > def.maxLength * 4) {
            problems.push(makeProblem(path, 'too_long', { params: [String(def.maxLength)], value: v, hasValue: true }));
            continue;
          }
          const { text, removed } = cleanText(v, true);
          const p = zodProblem(path, def, def.itemSchema, text);
          if (p) {
            problems.push(p);
            continue;
          }
          if (removed) problems.push(makeProblem(path, 'sanitized'));
          out[sub] = text;
        }
        any = true;
      }
      // An object whose every entry was refused sets nothing (so it does not lock the setting).
      return done(any || Object.keys(raw).length === 0 ? out : undefined);
    }
  }
}

function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), makeProblem(ROOT_KEY, 'too_many_problems', { params: [String(MAX_PROBLEMS)] })];
}

export interface ParseOptions {
  source?: 'managed' | 'local';
}

/**
 * Parses a managed policy object (or the helper's stored options): known keys are validated one by one,
 * unknown keys and bad values are reported, valid values are returned. Never throws.
 */
export function parsePolicy(raw: unknown, options: ParseOptions = {}): ParseResult {
  const source = options.source ?? 'managed';
  const tag = (ps: Problem[]) => ps.map((p) => ({ ...p, source }));
  try {
    if (raw === undefined) return { values: {}, problems: [] };
    if (!isPlainObject(raw)) {
      return { values: {}, problems: tag([makeProblem(ROOT_KEY, 'not_object', { value: raw, hasValue: true })]) };
    }
    const values: Record<string, unknown> = {};
    const problems: Problem[] = [];
    for (const key of Object.keys(raw)) {
      if (!isSettingKey(key)) {
        // Keep reading the valid keys even after thousands of junk ones; the list is capped below.
        if (problems.length <= MAX_PROBLEMS) problems.push(makeProblem(key, 'unknown_key'));
        continue;
      }
      const r = parseSettingValue(key, raw[key]);
      problems.push(...r.problems);
      if (r.value !== undefined) values[key] = r.value;
    }
    if (source === 'local') {
      for (const key of SETTING_KEYS) {
        if (settingDef(key).policyOnly && key in values) {
          delete values[key];
          problems.push(makeProblem(key, 'policy_only'));
        }
      }
    }
    return { values: values as Partial<Settings>, problems: tag(capProblems(problems)) };
  } catch {
    return { values: {}, problems: tag([makeProblem(ROOT_KEY, 'internal_error')]) };
  }
}
