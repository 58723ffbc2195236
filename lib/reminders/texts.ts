/**
 * Reminder texts (issue #8). The strings live in locales/<lang>/reminders.json (`reminder_*` keys).
 * A structure may replace any of them by policy (`reminderTextOverrides`).
 *
 * Overrides are PLAIN TEXT. They are returned as text, never parsed: `<b>` stays the four characters `<b>`.
 * The UI must render every reminder string with `textContent` (or a React text child), never `innerHTML`.
 * Sanitising here only removes what has no place in a short notice (control and bidi-override characters,
 * runs of spaces) and caps the length; it is not, and does not need to be, an HTML sanitiser.
 */

export type ReminderLang = 'fr' | 'en';

export const REMINDER_MESSAGE_KEYS = {
  bannerLabel: 'reminder_banner_label',
  dismiss: 'reminder_dismiss',
  expand: 'reminder_expand',
  collapse: 'reminder_collapse',
  simulatorTitle: 'reminder_simulator_title',
  simulatorIntro: 'reminder_simulator_intro',
  simulatorNoAmount: 'reminder_simulator_no_amount',
  simulatorNoRight: 'reminder_simulator_no_right',
  simulatorNoDelay: 'reminder_simulator_no_delay',
  simulatorNoDecision: 'reminder_simulator_no_decision',
  resultAmount: 'reminder_result_amount',
  emailTitle: 'reminder_email_title',
  emailReadable: 'reminder_email_readable',
  emailPaper: 'reminder_email_paper',
  mandateTitle: 'reminder_mandate_title',
  mandateNote: 'reminder_mandate_note',
} as const;

export type ReminderKind = keyof typeof REMINDER_MESSAGE_KEYS;
export const REMINDER_KINDS = Object.keys(REMINDER_MESSAGE_KEYS) as ReminderKind[];

/**
 * Policy overrides: per kind, either one text for every language or one per language.
 * Unknown kinds and non-string values are ignored.
 */
export type ReminderTextOverrides = Partial<Record<ReminderKind, string | Partial<Record<ReminderLang, string>>>>;

/** A `t`-like function (lib/i18n `t`, or a test double reading the locale files). */
export type Translate = (key: string) => string;

export const MAX_OVERRIDE_LENGTH = 300;

// C0/C1 controls except \n, plus bidi embedding/override/isolate marks and zero-width joiners used for spoofing.
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Plain-text clean-up of an override; null when nothing usable is left. */
export function sanitizeOverride(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let s = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNWANTED, '');
  s = s
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!s) return null;
  const chars = Array.from(s); // cap on code points, never split a surrogate pair
  if (chars.length > MAX_OVERRIDE_LENGTH) s = `${chars.slice(0, MAX_OVERRIDE_LENGTH - 1).join('').trimEnd()}…`;
  return s;
}

function overrideFor(kind: ReminderKind, lang: ReminderLang, overrides: ReminderTextOverrides | undefined): string | null {
  if (!overrides || typeof overrides !== 'object' || !Object.hasOwn(overrides, kind)) return null;
  const value: unknown = overrides[kind];
  if (typeof value === 'string') return sanitizeOverride(value);
  if (value && typeof value === 'object' && Object.hasOwn(value, lang)) return sanitizeOverride((value as Record<string, unknown>)[lang]);
  return null;
}

/**
 * The text of one reminder: the structure's override for this kind and language if there is a usable one,
 * else the locale string from `translate`. Always plain text (see the module comment).
 */
export function reminderText(
  kind: ReminderKind,
  lang: ReminderLang,
  overrides: ReminderTextOverrides | undefined,
  translate: Translate,
): string {
  return overrideFor(kind, lang, overrides) ?? translate(REMINDER_MESSAGE_KEYS[kind]);
}

export interface SimulatorReminderTexts {
  title: string;
  intro: string;
  /** The four commitments not to make: amount, right, delay, decision. */
  items: [string, string, string, string];
}

export function simulatorReminderTexts(lang: ReminderLang, overrides: ReminderTextOverrides | undefined, translate: Translate): SimulatorReminderTexts {
  const r = (k: ReminderKind) => reminderText(k, lang, overrides, translate);
  return {
    title: r('simulatorTitle'),
    intro: r('simulatorIntro'),
    items: [r('simulatorNoAmount'), r('simulatorNoRight'), r('simulatorNoDelay'), r('simulatorNoDecision')],
  };
}

export function emailReminderTexts(lang: ReminderLang, overrides: ReminderTextOverrides | undefined, translate: Translate): { title: string; lines: [string, string] } {
  const r = (k: ReminderKind) => reminderText(k, lang, overrides, translate);
  return { title: r('emailTitle'), lines: [r('emailReadable'), r('emailPaper')] };
}

export function mandateReminderTexts(lang: ReminderLang, overrides: ReminderTextOverrides | undefined, translate: Translate): { title: string; note: string } {
  const r = (k: ReminderKind) => reminderText(k, lang, overrides, translate);
  return { title: r('mandateTitle'), note: r('mandateNote') };
}
