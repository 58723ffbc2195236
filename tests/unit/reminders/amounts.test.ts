import { describe, expect, it } from 'vitest';
import { containsResultAmount, findEuroAmounts } from '../../../lib/reminders/amounts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const values = (s: string) => findEuroAmounts(s).map((a) => a.value);

describe('euro amounts', () => {
  it.each([
    ['Vous pourriez recevoir 245,30 €', 245.3],
    ['245€', 245],
    ['1 234 €', 1234],
    [`1${NBSP}234${NBSP}€`, 1234],
    [`1${NNBSP}234,56${NNBSP}€`, 1234.56],
    ['1.234,56 €', 1234.56],
    ['12.50 €', 12.5],
    ['€ 245', 245],
    ['€245,30', 245.3],
    ['245 euros', 245],
    ['1 euro', 1],
    ['245 Euros', 245],
    ['245,30 EUR', 245.3],
    ['Montant estimé : 1 000 000 €', 1_000_000],
  ])('finds %j', (text, value) => {
    expect(values(text)).toEqual([value]);
    expect(containsResultAmount(text)).toBe(true);
  });

  it('reads an optional period', () => {
    expect(findEuroAmounts('245,30 € par mois')[0]?.period).toBe('month');
    expect(findEuroAmounts('245 €/mois')[0]?.period).toBe('month');
    expect(findEuroAmounts('3 000 euros par an')[0]?.period).toBe('year');
    expect(findEuroAmounts('245 € net par mois')[0]?.period).toBe('month');
    expect(findEuroAmounts('245 €')[0]?.period).toBeNull();
  });

  it('reports raw text and position', () => {
    const [a] = findEuroAmounts('APL : 245,30 € par mois');
    expect(a).toMatchObject({ raw: '245,30 €', index: 6 });
  });

  it('finds several amounts in order', () => {
    expect(values('Prime : 120 € ; APL : 245,30 € ; total 365,30 €')).toEqual([120, 245.3, 365.3]);
  });

  it.each([
    'En 2024, le montant a augmenté',
    'Le 12/03/2025',
    'Hausse de 12 %',
    'Hausse de 1,7 %',
    'Appelez le 01 23 45 67 89',
    'Appelez le 01 23 45 67 89 €',
    '36 46 (0,06 € / min)',
    'Numéro surtaxé 0,80 €/min',
    'service 0,15 € TTC/min',
    'Airbus A320 €',
    'Union européenne, 245 européens',
    'Numéro fiscal 1234567890123',
    'EURO 2024',
  ])('ignores %j', (text) => {
    expect(containsResultAmount(text)).toBe(false);
  });

  it('does not read a year glued to an amount as part of it', () => {
    expect(values('Montant 2024 : 245 €')).toEqual([245]);
    expect(values('2024 245 €')).not.toContain(2024245);
  });

  it('zero is an amount but not a result', () => {
    expect(values('Total : 0 €')).toEqual([0]);
    expect(containsResultAmount('Total : 0 €')).toBe(false);
    expect(containsResultAmount('Total : 0,00 €')).toBe(false);
    expect(containsResultAmount('Total : 0,00 € puis 12 €')).toBe(true);
  });

  it('empty input', () => {
    expect(findEuroAmounts('')).toEqual([]);
    expect(containsResultAmount('')).toBe(false);
  });

  it.each([
    ['digits', '1'.repeat(100_000)],
    ['spaced digits', '1 '.repeat(50_000)],
    ['thousand groups then €', `${'111 '.repeat(25_000)}€`],
    ['narrow-space groups then €', `${`1${NNBSP}`.repeat(50_000)}€`],
    ['euro signs', '€'.repeat(100_000)],
    ['euro sign + digits', '€ 1'.repeat(33_000)],
    ['decimal commas', '1,'.repeat(50_000)],
    ['euro words', 'euro'.repeat(25_000)],
    ['many amounts', '1 €'.repeat(33_000)],
    ['dots', `${'1.'.repeat(50_000)}€`],
  ])('runs in linear time on adversarial input: %s', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(99_000);
    // answers at all: on 100,000 characters a backtracking regex would outlast the test timeout
    expect(Array.isArray(findEuroAmounts(text))).toBe(true);
    expect(typeof containsResultAmount(text)).toBe('boolean');
  });
});
