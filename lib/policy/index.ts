/**
 * Settings and managed policy — public API.
 *
 *   const eff = await loadEffectiveSettings();          // never throws; defaults ← helper ← policy
 *   eff.settings.idleEndMinutes; eff.locked; eff.problems;
 *   const stop = watchSettings((eff) => apply(eff.settings));
 */
export {
  CATALOG,
  CONSENT_CATEGORIES,
  DEFAULT_SETTINGS,
  SETTING_GROUPS,
  SETTING_KEYS,
  SettingsSchema,
  defaultSettings,
  isSettingKey,
  settingDef,
  type Catalog,
  type ConsentCategory,
  type Lang,
  type ReminderTextOverrides,
  type SettingDef,
  type SettingGroup,
  type SettingKey,
  type Settings,
  type WipeDataTypes,
} from './catalog';
export {
  MAX_PROBLEMS,
  ROOT_KEY,
  cleanText,
  parsePolicy,
  parseSettingValue,
  type ParseOptions,
  type ParseResult,
  type Problem,
  type ProblemCode,
  type ValueResult,
} from './parse';
export { mergeSettings, type MergeInput, type MergeResult, type SettingSource } from './merge';
export {
  SETTINGS_STORAGE_KEY,
  browserSettingsAdapter,
  isNoManagedStorageError,
  loadEffectiveSettings,
  watchSettings,
  type EffectiveSettings,
  type LoadOptions,
  type SettingsAdapter,
  type WatchOptions,
} from './load';
export {
  MAX_PATTERN_LENGTH,
  PATTERN_ERROR_REASONS,
  globMatch,
  firstMatchingPattern,
  matchesList,
  matchesSitePattern,
  parseSitePattern,
  parseWebUrl,
  type ParsedWebUrl,
  type ParsedSitePattern,
  type PatternErrorCode,
  type SitePatternResult,
} from './patterns';
