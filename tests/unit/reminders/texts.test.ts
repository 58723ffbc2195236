// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  MAX_OVERRIDE_LENGTH,
  REMINDER_KINDS,
  REMINDER_MESSAGE_KEYS,
  emailReminderTexts,
  mandateReminderTexts,
  reminderText,
  sanitizeOverride,
  simulatorReminderTexts,
  type ReminderLang,
} from '../../../lib/reminders/texts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const locale = (lang: ReminderLang) =>
  JSON.parse(readFileSync(join(root, 'locales', lang, 'reminders.json'), 'utf8')) as Record<string, { message: string }>;
const translator = (lang: ReminderLang) => {
  const messages = locale(lang);
  return (key: string) => messages[key]?.message ?? key;
};
const fr = translator('fr');
const en = translator('en');

describe('reminder locale strings', () => {
  it('every kind has a reminder_ key present in French and English, and nothing else', () => {
    for (const lang of ['fr', 'en'] as const) {
      const keys = Object.keys(locale(lang)).sort();
      expect(keys).toEqual(Object.values(REMINDER_MESSAGE_KEYS).sort());
      for (const k of keys) expect(k).toMatch(/^reminder_[a-z0-9_]+$/);
    }
  });

  it('strings are short, non-empty and free of HTML or placeholders', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const [key, { message }] of Object.entries(locale(lang))) {
        expect(message.trim(), key).not.toBe('');
        expect(message.length, key).toBeLessThanOrEqual(160);
        expect(message, key).not.toMatch(/[<>$]/);
      }
    }
  });

  it('the simulator banner names the four commitments not to make', () => {
    const s = simulatorReminderTexts('fr', undefined, fr);
    expect(s.title).toBe('Ceci est un simulateur');
    expect(s.intro).toMatch(/Ne promettez pas/);
    expect(s.items).toHaveLength(4);
    expect(s.items[0]).toMatch(/montant/);
    expect(s.items[1]).toMatch(/droit/);
    expect(s.items[2]).toMatch(/délai/);
    expect(s.items[3]).toMatch(/organisme/);
  });

  it('e-mail and mandate notes carry the charter points', () => {
    const e = emailReminderTexts('fr', undefined, fr);
    expect(e.lines[0]).toMatch(/lire cette adresse/);
    expect(e.lines[1]).toMatch(/papier/);
    const m = mandateReminderTexts('fr', undefined, fr);
    expect(m.note).toMatch(/CNIL/);
    expect(m.note).toMatch(/Aidants Connect/);
    expect(reminderText('resultAmount', 'fr', undefined, fr)).toBe('C’est une estimation : ne vous engagez pas sur ce montant.');
    expect(reminderText('resultAmount', 'en', undefined, en)).toMatch(/estimate/);
  });
});

describe('reminderText overrides', () => {
  it('uses the locale string without override', () => {
    for (const kind of REMINDER_KINDS) expect(reminderText(kind, 'fr', {}, fr)).toBe(locale('fr')[REMINDER_MESSAGE_KEYS[kind]]!.message);
  });

  it('an override for all languages, or per language', () => {
    expect(reminderText('resultAmount', 'fr', { resultAmount: '  Estimation seulement.  ' }, fr)).toBe('Estimation seulement.');
    expect(reminderText('resultAmount', 'en', { resultAmount: 'Estimation seulement.' }, en)).toBe('Estimation seulement.');
    const perLang = { resultAmount: { fr: 'Estimation (fr)' } };
    expect(reminderText('resultAmount', 'fr', perLang, fr)).toBe('Estimation (fr)');
    expect(reminderText('resultAmount', 'en', perLang, en)).toBe(locale('en').reminder_result_amount!.message);
  });

  it('blank or non-string overrides fall back to the locale string', () => {
    const expected = locale('fr').reminder_email_title!.message;
    for (const bad of ['', '   ', '\u200B\u202E', 42, null, { fr: '  ' }, ['x']]) {
      expect(reminderText('emailTitle', 'fr', { emailTitle: bad } as never, fr)).toBe(expected);
    }
  });

  it('ignores inherited properties and unknown kinds', () => {
    const overrides = Object.create({ dismiss: 'inherited' }) as Record<string, string>;
    overrides.unknownKind = 'x';
    expect(reminderText('dismiss', 'fr', overrides, fr)).toBe('J’ai compris');
  });

  it('caps the length on code points without splitting an emoji', () => {
    const long = '😀'.repeat(MAX_OVERRIDE_LENGTH + 50);
    const out = reminderText('mandateNote', 'fr', { mandateNote: long }, fr);
    expect(Array.from(out)).toHaveLength(MAX_OVERRIDE_LENGTH);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('strips control and bidi-override characters, collapses spaces, keeps line breaks', () => {
    expect(sanitizeOverride('a\u0000b\u202Ec  \t d\r\n\r\n\r\n\r\ne')).toBe('abc d\n\ne');
  });

  it('an override cannot inject HTML: it stays text, and textContent renders it inert', () => {
    const payload = '<img src=x onerror="alert(1)"><b>Ne promettez rien</b>';
    const out = reminderText('simulatorTitle', 'fr', { simulatorTitle: payload }, fr);
    expect(out).toBe(payload); // returned verbatim as text, not parsed or partially "cleaned"
    const banner = document.createElement('div');
    banner.textContent = out; // the UI contract: textContent only
    expect(banner.children).toHaveLength(0);
    expect(banner.querySelector('img')).toBeNull();
    expect(banner.textContent).toBe(payload);
  });
});
