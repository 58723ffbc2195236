import { t } from '../../lib/i18n';
import { isSettingKey, ROOT_KEY, type Problem } from '../../lib/policy';
import { settingMessageKey } from '../../lib/policy/message-keys';

/** t() with a fallback when the message is missing (t returns the key itself then). */
export function tOr(key: string, subs: string[] | undefined, fallback: string): string {
  const s = t(key, subs);
  return s === key ? fallback : s;
}

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase() + s.slice(1) : s);

/** Localized explanation of a problem (pattern problems explain the pattern rule). */
export function problemMessage(p: Problem, capital = false): string {
  const msg = p.detail
    ? tOr(`options_pattern_${p.detail}`, undefined, p.reason)
    : tOr(`options_problem_${p.code}`, p.params, p.reason);
  return capital ? capitalize(msg) : msg;
}

/** "Label (key[3])" for a setting path, the whole-configuration label for `$`, the raw (truncated) key otherwise. */
export function problemSubject(key: string): string {
  if (key === ROOT_KEY) return t('options_root_key');
  const root = key.split(/[.[]/)[0] ?? key;
  if (isSettingKey(root)) return `${t(settingMessageKey(root, 'label'))} (${key})`;
  return key;
}
