/**
 * Options-page helpers (pure): the form's editable "draft" per setting kind, validation with the
 * catalog's schema (through `parseSettingValue`), and what gets written to storage.local.
 */
import { DEFAULT_SETTINGS, SETTING_KEYS, settingDef, type SettingKey, type Settings } from './catalog';
import { parseSettingValue, type Problem } from './parse';

/** boolean → boolean; integer/text/enum → string; pattern list → one pattern per line; enum list → values; flags/texts → record. */
export type DraftValue = boolean | string | string[] | Record<string, boolean> | Record<string, string>;
export type Draft = Record<SettingKey, DraftValue>;

export interface FieldError extends Problem {
  /** 1-based line in a one-pattern-per-line textarea. */
  line?: number;
}

export function toDraftValue(key: SettingKey, value: unknown): DraftValue {
  const def = settingDef(key);
  switch (def.kind) {
    case 'boolean':
      return value === true;
    case 'integer':
      return typeof value === 'number' ? String(value) : '';
    case 'text':
    case 'enum':
      return typeof value === 'string' ? value : '';
    case 'patternList':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'enumList':
      return Array.isArray(value) ? [...(value as string[])] : [];
    case 'flags':
    case 'texts':
      return { ...(value as Record<string, boolean | string>) } as DraftValue;
  }
}

export function toDraft(settings: Settings): Draft {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, toDraftValue(k, settings[k])])) as Draft;
}

export interface FieldResult<K extends SettingKey = SettingKey> {
  value?: Settings[K];
  /** Blocking errors (warnings such as removed invisible characters are not errors). */
  errors: FieldError[];
}

const NON_BLOCKING = new Set<Problem['code']>(['sanitized', 'duplicate']);

/** Validates one field's draft with the same rules as the policy parser. */
export function fromDraftValue<K extends SettingKey>(key: K, draft: DraftValue): FieldResult<K> {
  const def = settingDef(key);
  let raw: unknown = draft;
  const lineOf: number[] = [];
  if (def.kind === 'integer') {
    const s = String(draft).trim();
    raw = /^-?\d{1,12}$/.test(s) ? Number(s) : s;
  } else if (def.kind === 'patternList') {
    const items: string[] = [];
    String(draft)
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (line.trim() !== '') {
          items.push(line.trim());
          lineOf.push(i + 1);
        }
      });
    raw = items;
  }
  const r = parseSettingValue(key, raw);
  const errors: FieldError[] = r.problems
    .filter((p) => !NON_BLOCKING.has(p.code))
    .map((p) => {
      const m = /\[(\d+)\]$/.exec(p.key);
      return m && def.kind === 'patternList' ? { ...p, line: lineOf[Number(m[1])] } : p;
    });
  return errors.length > 0 ? { errors } : { value: r.value, errors };
}

export interface DraftValidation {
  /** The settings the draft describes (invalid fields keep `fallback`'s value). */
  values: Settings;
  errors: Partial<Record<SettingKey, FieldError[]>>;
  ok: boolean;
}

export function validateDraft(draft: Draft, fallback: Settings, only?: readonly SettingKey[]): DraftValidation {
  const values = structuredClone(fallback);
  const errors: Partial<Record<SettingKey, FieldError[]>> = {};
  for (const key of only ?? SETTING_KEYS) {
    const r = fromDraftValue(key, draft[key]);
    if (r.errors.length > 0) errors[key] = r.errors;
    else if (r.value !== undefined) (values as Record<SettingKey, unknown>)[key] = r.value;
  }
  return { values, errors, ok: Object.keys(errors).length === 0 };
}

/** Keys the helper may edit right now. */
export function editableKeys(locked: readonly SettingKey[], helperCanChangeSettings: boolean): SettingKey[] {
  if (!helperCanChangeSettings) return [];
  return SETTING_KEYS.filter((k) => !locked.includes(k) && !settingDef(k).policyOnly);
}

/**
 * What the options page writes to storage.local: only editable (non-managed) keys, and only those
 * that differ from the defaults, so later changes of defaults still reach untouched settings.
 */
export function valuesToSave(values: Settings, locked: readonly SettingKey[], helperCanChangeSettings = true): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const key of editableKeys(locked, helperCanChangeSettings)) {
    if (JSON.stringify(values[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) out[key] = structuredClone(values[key]);
  }
  return out as Partial<Settings>;
}

/**
 * After the settings changed underneath the page (policy refresh, save elsewhere): values the helper
 * cannot edit follow the new effective values; the helper's unsaved edits are kept.
 */
export function refreshDraft(draft: Draft, settings: Settings, locked: readonly SettingKey[], helperCanChangeSettings: boolean): Draft {
  const editable = new Set(editableKeys(locked, helperCanChangeSettings));
  const next = { ...draft };
  for (const key of SETTING_KEYS) if (!editable.has(key)) next[key] = toDraftValue(key, settings[key]);
  return next;
}
