import { DEFAULT_SETTINGS, settingDef, SETTING_KEYS, type SettingKey, type Settings } from './catalog';

export type SettingSource = 'default' | 'helper' | 'managed';

export interface MergeInput {
  /** Valid values from the structure's managed policy (output of `parsePolicy(raw).values`). */
  managed?: Partial<Settings>;
  /** Valid values from the helper's options (output of `parsePolicy(raw, { source: 'local' }).values`). */
  helper?: Partial<Settings>;
  defaults?: Readonly<Settings>;
}

export interface MergeResult {
  settings: Settings;
  /** Keys set by the managed policy, in catalog order: shown read-only, never written by the options page. */
  locked: SettingKey[];
  sources: Record<SettingKey, SettingSource>;
  /** False when the policy says `helperCanChangeSettings: false`: helper values were ignored. */
  helperCanChangeSettings: boolean;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Effective settings = defaults ← helper options ← managed policy. Inputs are expected to be already validated. */
export function mergeSettings({ managed = {}, helper = {}, defaults = DEFAULT_SETTINGS }: MergeInput = {}): MergeResult {
  const helperCanChangeSettings = (has(managed, 'helperCanChangeSettings') ? managed.helperCanChangeSettings : defaults.helperCanChangeSettings) !== false;
  const settings = {} as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  const locked: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (has(managed, key)) {
      settings[key] = structuredClone(managed[key]);
      sources[key] = 'managed';
      locked.push(key);
    } else if (helperCanChangeSettings && !settingDef(key).policyOnly && has(helper, key)) {
      settings[key] = structuredClone(helper[key]);
      sources[key] = 'helper';
    } else {
      settings[key] = structuredClone(defaults[key]);
      sources[key] = 'default';
    }
  }
  return { settings: settings as Settings, locked, sources, helperCanChangeSettings };
}
