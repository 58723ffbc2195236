import { describe, expect, it } from 'vitest';
import {
  isEmail,
  isFrenchPhone,
  isFrenchPostalCode,
  isValidCardNumber,
  isValidIban,
  isValidNir,
  recogniseValue,
} from '../../../lib/detect/values';

describe('NIR (numéro de sécurité sociale)', () => {
  it('accepts a NIR whose key is 97 - (number mod 97), with or without spaces', () => {
    expect(isValidNir('1 85 05 78 006 084 91')).toBe(true);
    expect(isValidNir('185057800608491')).toBe(true);
  });
  it('rejects a wrong key', () => {
    expect(isValidNir('1 85 05 78 006 084 92')).toBe(false);
  });
  it('computes Corsican keys with 2A → 19 and 2B → 18', () => {
    expect(isValidNir('1 85 05 2A 006 084 35')).toBe(true);
    expect(isValidNir('1 85 05 2B 006 084 62')).toBe(true);
    // the 2A key does not validate a 2B number
    expect(isValidNir('1 85 05 2B 006 084 35')).toBe(false);
  });
  it('rejects impossible shapes (sex digit, month, length)', () => {
    expect(isValidNir('5 85 05 78 006 084 91')).toBe(false);
    expect(isValidNir('1 85 00 78 006 084 91')).toBe(false);
    expect(isValidNir('1 85 05 78 006 084')).toBe(false);
  });
});

describe('IBAN', () => {
  it('accepts valid French and German IBANs, grouped or not', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(isValidIban('fr7630006000011234567890189')).toBe(true);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
  });
  it('rejects a changed digit (mod 97) and a wrong country length', () => {
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
    expect(isValidIban('FR76 3000 6000 0112 3456 7890 18')).toBe(false);
    expect(isValidIban('ZZ76 3000 6000 0112 3456 7890 189')).toBe(false);
  });
});

describe('card numbers (Luhn)', () => {
  it('accepts Luhn-valid numbers of 13 to 19 digits', () => {
    expect(isValidCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(isValidCardNumber('5555-5555-5555-4444')).toBe(true);
    expect(isValidCardNumber('378282246310005')).toBe(true);
  });
  it('rejects a bad checksum, too short or non-card prefixes', () => {
    expect(isValidCardNumber('4111 1111 1111 1112')).toBe(false);
    expect(isValidCardNumber('411111111111')).toBe(false);
    expect(isValidCardNumber('0000 0000 0000 0000')).toBe(false);
  });
});

describe('French phone numbers, e-mail, postal codes', () => {
  it('recognises national and international forms', () => {
    expect(isFrenchPhone('06 12 34 56 78')).toBe(true);
    expect(isFrenchPhone('+33 6 12 34 56 78')).toBe(true);
    expect(isFrenchPhone('+33 (0)1 23 45 67 89')).toBe(true);
    expect(isFrenchPhone('0033 1 23 45 67 89')).toBe(true);
    expect(isFrenchPhone('00 12 34 56 78')).toBe(false);
    expect(isFrenchPhone('06 12 34 56 7')).toBe(false);
  });
  it('recognises e-mail addresses', () => {
    expect(isEmail('prenom.nom@exemple.fr')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(isEmail('a@@b.fr')).toBe(false);
    expect(isEmail('jean dupont@exemple.fr')).toBe(false);
  });
  it('recognises French postal codes', () => {
    expect(isFrenchPostalCode('75011')).toBe(true);
    expect(isFrenchPostalCode('97400')).toBe(true);
    expect(isFrenchPostalCode('00100')).toBe(false);
    expect(isFrenchPostalCode('7501')).toBe(false);
  });
});

describe('recogniseValue', () => {
  it('names the category of a typed or pasted value', () => {
    expect(recogniseValue('1 85 05 78 006 084 91')).toBe('national_id');
    expect(recogniseValue('FR76 3000 6000 0112 3456 7890 189')).toBe('bank');
    expect(recogniseValue('4111 1111 1111 1111')).toBe('bank');
    expect(recogniseValue('06 12 34 56 78')).toBe('phone');
    expect(recogniseValue('jean@exemple.fr')).toBe('email');
    expect(recogniseValue('69003')).toBe('postal_address');
    expect(recogniseValue('bonjour')).toBeNull();
    expect(recogniseValue('')).toBeNull();
  });

  it('stays fast on adversarial input (no catastrophic backtracking)', () => {
    const attacks = [
      'a'.repeat(1_000_000) + '@',
      '@'.repeat(500_000),
      '1 '.repeat(500_000),
      'FR' + '7'.repeat(1_000_000),
      'a@' + 'b.'.repeat(500_000) + '!',
      '+33' + '('.repeat(300_000),
    ];
    // a backtracking regex would not answer on these within the test timeout
    for (const text of attacks) expect(recogniseValue(text)).toBeNull();
  });
});
