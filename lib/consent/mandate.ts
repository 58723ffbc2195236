import { MANDATE_CATEGORIES, shouldShowMandateNote } from '../reminders/mandate';
import { reminderText, type ReminderLang, type ReminderTextOverrides } from '../reminders/texts';
import type { Translate } from './texts';

/** Which consent categories carry the mandate note on this page (lib/reminders decides). */
export function mandateCategoriesFor(url: string, extraDomains?: readonly string[]): string[] {
  try {
    return MANDATE_CATEGORIES.filter((category) => shouldShowMandateNote(category, url, extraDomains ? { extraDomains } : {}));
  } catch {
    return [];
  }
}

/** The note's title and text, with the structure's overrides (plain text). */
export function mandateTexts(lang: ReminderLang, overrides: unknown, t: Translate): { title: string; note: string } {
  const o = overrides && typeof overrides === 'object' ? (overrides as ReminderTextOverrides) : undefined;
  return { title: reminderText('mandateTitle', lang, o, t), note: reminderText('mandateNote', lang, o, t) };
}
