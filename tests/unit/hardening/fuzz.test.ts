import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmail, isFrenchPhone, isValidCardNumber, isValidIban, isValidNir, recogniseValue } from '../../../lib/detect';
import { findEuroAmounts } from '../../../lib/reminders/amounts';
import { isKnownSimulator } from '../../../lib/reminders/simulators';
import { parseSitePattern, matchesSitePattern } from '../../../lib/policy/patterns';
import { parseSessionRecord } from '../../../lib/session/record';

// Adversarial pieces: long runs that trip naive regexes, RTL and zero-width marks, digits and separators.
const nasty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('\u202e', '\u200b', '\u2066', '\ufeff', ' ', '\u00a0', '\u202f', '-', '.', '@', '€', '+33', '2A', 'FR76'),
  fc.stringMatching(/^[0-9 ]{0,60}$/),
);
const adversarial = fc.array(nasty, { maxLength: 30 }).map((parts) => parts.join(''));
const huge = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));

describe('value recognisers under random and adversarial input', () => {
  it('never throw and always answer a known category or null', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const got = recogniseValue(text);
        expect(got === null || typeof got === 'string').toBe(true);
        for (const check of [isValidNir, isValidIban, isValidCardNumber, isFrenchPhone, isEmail]) expect(typeof check(text)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('answer on 200,000-character inputs built to cause backtracking (a super-linear regex would outlast the test timeout)', () => {
    for (const unit of ['1 ', 'a@', 'a.', '+33 6', 'FR76 ', '2A', '\u202e1', '0'.repeat(50) + '-', 'x'.repeat(99) + '@']) {
      const got = recogniseValue(huge(unit));
      expect(got === null || typeof got === 'string', JSON.stringify(unit)).toBe(true);
    }
  });
});

describe('amount detection under adversarial input', () => {
  it('never throws, and answers on long inputs built to cause backtracking', () => {
    fc.assert(fc.property(adversarial, (text) => Array.isArray(findEuroAmounts(text))), { numRuns: 1000 });
    for (const unit of ['1 ', '1,', '1 000 ', '€ 1', '9'.repeat(30) + ' ']) {
      expect(Array.isArray(findEuroAmounts(huge(unit))), JSON.stringify(unit)).toBe(true);
    }
  });
});

describe('site patterns from policy under adversarial input', () => {
  it('parse or refuse, never throw, and matching never throws', () => {
    fc.assert(
      fc.property(adversarial, fc.webUrl(), (pattern, url) => {
        const parsed = parseSitePattern(pattern);
        expect(typeof parsed.ok).toBe('boolean');
        if (parsed.ok) expect(typeof matchesSitePattern(parsed.pattern, url)).toBe('boolean');
        expect(typeof isKnownSimulator(url, { extra: [pattern] })).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('a pattern made of wildcards cannot blow up matching', () => {
    const parsed = parseSitePattern(`*://*.example.fr/${'*a'.repeat(200)}`);
    const url = `https://www.example.fr/${'a'.repeat(5000)}b`;
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(matchesSitePattern(parsed.pattern, url)).toBe(false);
  });
});

describe('stored session record under corruption', () => {
  it('anything stored either parses as a record or is reported corrupt, never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const { record, corrupt } = parseSessionRecord(raw);
        expect(record === null || typeof record.startedAt === 'number').toBe(true);
        if (raw !== undefined && raw !== null && record === null) expect(corrupt).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
