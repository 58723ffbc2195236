import { browser } from 'wxt/browser';

/**
 * Every visible string goes through here. The browser picks fr or en from its UI language
 * (fr is the default locale); a missing key shows the key itself, never an empty screen.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
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
