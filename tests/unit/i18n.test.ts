import { describe, expect, it } from 'vitest';
import { mergeLocale } from '../../lib/i18n/catalog';

const root = new URL('../../', import.meta.url).pathname;

describe('locales', () => {
  it('French and English declare the same messages', () => {
    const fr = mergeLocale(root, 'fr');
    const en = mergeLocale(root, 'en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('placeholders match between languages', () => {
    const fr = mergeLocale(root, 'fr');
    const en = mergeLocale(root, 'en');
    for (const key of Object.keys(fr)) {
      expect(Object.keys(en[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(fr[key]?.placeholders ?? {}).sort());
    }
  });
});
