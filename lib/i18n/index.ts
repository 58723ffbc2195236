import { browser } from 'wxt/browser';

/**
 * Every visible string goes through here. The browser picks fr or en from its UI language
 * (fr is the default locale); a missing key shows the key itself, never an empty screen.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // WXT types getMessage with the names it finds in public/_locales; ours are merged at build time.
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
    const text = getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // i18n unavailable (unit tests, odd contexts): fall through to the key.
  }
  return key;
}

export function uiLanguage(): 'fr' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}
