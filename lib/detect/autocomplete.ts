import type { Category } from './categories';

/**
 * Apart from vocabulary.ts on purpose: the content script reads the phrases from the generated table, and importing
 * this lookup from the vocabulary module pulled its phrase lists into the bundle too (153 B gzip).
 *
 * autocomplete tokens (HTML standard, "Autofill field" names) → category. Section, shipping/billing and
 * home/work/mobile modifiers are stripped before lookup; only the last token is the field name.
 */
const AUTOCOMPLETE_GROUPS: ReadonlyArray<readonly [Category, string]> = [
  // the cardholder's given/family name is labelled as a name on real forms; the full card name stays with the card
  ['identity_name', 'name given-name additional-name family-name honorific-suffix cc-given-name cc-additional-name cc-family-name'],
  ['other_personal', 'honorific-prefix sex'],
  ['birth', 'bday bday-day bday-month bday-year'],
  ['email', 'email'],
  ['phone', 'tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension'],
  ['postal_address',
    'street-address address-line1 address-line2 address-line3 address-level1 address-level2 address-level3 ' +
    'address-level4 country country-name postal-code'],
  ['bank', 'cc-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type'],
  ['credentials', 'username new-password current-password one-time-code webauthn'],
  ['none', 'organization organization-title transaction-currency transaction-amount language url photo impp'],
];

let autocompleteTable: ReadonlyMap<string, Category> | undefined;

/** autocomplete token → category, built on first use. */
export function autocompleteCategory(token: string): Category | undefined {
  autocompleteTable ??= new Map(
    AUTOCOMPLETE_GROUPS.flatMap(([category, tokens]) => tokens.split(' ').map((t) => [t, category] as const)),
  );
  return autocompleteTable.get(token);
}
