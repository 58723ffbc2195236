import type { Category } from './categories';

/**
 * Recognisers for what is typed or pasted. Every function looks at the first MAX_INPUT characters only and
 * uses flat regexes (no nested quantifiers), so adversarial input stays linear.
 */
const MAX_INPUT = 200;

/* regexes run for every example text are constants: a regex literal in a function makes a new RegExp each time */
const SEPARATORS = /[\s.\-/]/g;
const FRENCH_POSTAL_CODE = /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/;
const NIR = /^([1-478])(\d{2})(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)(\d{6})(\d{2})$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const CARD_NUMBER = /^[2-6]\d{12,18}$/;
const TRUNK_ZERO = /\(0\)/;
const PARENTHESES = /[()]/g;
const FRENCH_PHONE = /^(?:0|\+33|0033|\+262|\+269|\+590|\+594|\+596|\+687|\+689)[1-9]\d{8}$/;
const EMAIL_LOCAL = /^[^\s@"(),:;<>[\\\]]+$/;
const EMAIL_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

function compact(text: string): string {
  return text.slice(0, MAX_INPUT).replace(SEPARATORS, '');
}

/** Remainder modulo 97 of a long decimal string, chunk by chunk (no BigInt needed). */
function mod97(digits: string): number {
  let rest = 0;
  for (let i = 0; i < digits.length; i += 7) rest = Number(String(rest) + digits.slice(i, i + 7)) % 97;
  return rest;
}

/**
 * French NIR (n° de sécurité sociale): sex, year, month, département (2A/2B for Corsica), commune, order,
 * then a 2-digit key = 97 − (number mod 97). For Corsica the key is computed with 2A → 19, 2B → 18.
 */
export function isValidNir(text: string): boolean {
  return isNirShape(compact(text).toUpperCase());
}

function isNirShape(value: string): boolean {
  const match = NIR.exec(value);
  if (!match) return false;
  const [, sex, year, month, dept, rest, key] = match as unknown as [string, string, string, string, string, string, string];
  const deptDigits = dept === '2A' ? '19' : dept === '2B' ? '18' : dept;
  const expected = 97 - mod97(sex + year + month + deptDigits + rest);
  return expected === Number(key);
}

/** IBAN length per country (ISO 13616 registry), packed as CCnn; unpacked on first use. */
let ibanLengths: Map<string, number> | undefined;
const unpackIbanLengths = (): Map<string, number> => new Map(
  ('AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 EG29 ES24 ' +
    'FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 ' +
    'LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 ' +
    'SC31 SE24 SI19 SK24 SM27 TL23 TN24 TR26 UA29 VA22 VG24 XK20')
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

/** IBAN: country length, then mod 97 of the rearranged string with letters as 10..35 must be 1. */
export function isValidIban(text: string): boolean {
  return isIbanShape(compact(text).toUpperCase());
}

function isIbanShape(value: string): boolean {
  if (!IBAN.test(value)) return false;
  if ((ibanLengths ??= unpackIbanLengths()).get(value.slice(0, 2)) !== value.length) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let digits = '';
  for (const char of rearranged) digits += char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
  return mod97(digits) === 1;
}

/** Luhn checksum over 13–19 digits whose first digit is a card network's (2–6). */
export function isValidCardNumber(text: string): boolean {
  return isCardShape(compact(text));
}

function isCardShape(value: string): boolean {
  if (!CARD_NUMBER.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let digit = value.charCodeAt(value.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** French numbers: 0X XX XX XX XX, +33 X…, 0033 X…, +33 (0)X…, and overseas dial codes. */
export function isFrenchPhone(text: string): boolean {
  return isFrenchPhoneShape(compact(text));
}

function isFrenchPhoneShape(compacted: string): boolean {
  const value = compacted.replace(TRUNK_ZERO, '').replace(PARENTHESES, '');
  return FRENCH_PHONE.test(value);
}

export function isEmail(text: string): boolean {
  const value = text.slice(0, MAX_INPUT).trim();
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return EMAIL_LOCAL.test(local) && EMAIL_DOMAIN.test(domain);
}

/** Metropolitan and overseas French postal codes (01000–98999). */
export function isFrenchPostalCode(text: string): boolean {
  return FRENCH_POSTAL_CODE.test(text.slice(0, MAX_INPUT).trim());
}

/**
 * The shapes NIRs, IBANs, phone and card numbers share once compacted and upper-cased (each recogniser below
 * accepts less): digits with +, ( and ); two letters, two digits, then letters and digits; a Corsican NIR.
 */
const NUMBER_SHAPES = /^(?:[\d+()]+|[A-Z]{2}\d\d[\dA-Z]+|\d{5}2[AB]\d{8})$/;

/** Which kind of personal value this text is, or null. Checked from most to least specific. */
export function recogniseValue(text: string): Category | null {
  if (text.length === 0) return null;
  if (isEmail(text)) return 'email';
  // compact once for the four number shapes, and skip them all for ordinary words (`Exemple : Dupont`, `Message 2`)
  const compacted = compact(text);
  const upper = compacted.toUpperCase();
  if (NUMBER_SHAPES.test(upper)) {
    if (isNirShape(upper)) return 'national_id';
    if (isIbanShape(upper)) return 'bank';
    if (isFrenchPhoneShape(compacted)) return 'phone';
    if (isCardShape(compacted)) return 'bank';
  }
  if (isFrenchPostalCode(text)) return 'postal_address';
  return null;
}
