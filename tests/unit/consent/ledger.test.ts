import { describe, expect, it } from 'vitest';
import { ConsentLedger } from '../../../lib/consent/ledger';
import { DEFAULT_CONSENT_OPTIONS, needsConsent, normaliseOptions } from '../../../lib/consent/options';

describe('consent ledger', () => {
  const make = () => {
    let now = 1_000;
    const ledger = new ConsentLedger(() => now++);
    return ledger;
  };

  it('grants and refuses per site and category, never storing a value', () => {
    const ledger = make();
    ledger.record('www.caf.fr', 'national_id', 'yes');
    ledger.record('www.caf.fr', 'bank', 'no');
    expect(ledger.lookup('www.caf.fr', 'national_id', 'site_and_category')).toBe('yes');
    expect(ledger.lookup('www.caf.fr', 'bank', 'site_and_category')).toBe('no');
    expect(ledger.lookup('www.impots.gouv.fr', 'national_id', 'site_and_category')).toBeNull();
    expect(ledger.lookup('www.caf.fr', 'email', 'site_and_category')).toBeNull();
    for (const entry of ledger.list()) expect(Object.keys(entry).sort()).toEqual(['answer', 'at', 'category', 'id', 'site']);
  });

  it('a new answer replaces the old one for the same site and category', () => {
    const ledger = make();
    ledger.record('www.caf.fr', 'phone', 'no');
    ledger.record('www.caf.fr', 'phone', 'yes');
    expect(ledger.list()).toHaveLength(1);
    expect(ledger.lookup('www.caf.fr', 'phone', 'site_and_category')).toBe('yes');
  });

  it('withdraw removes one answer; the person will be asked again', () => {
    const ledger = make();
    const entry = ledger.record('www.caf.fr', 'phone', 'yes');
    ledger.record('www.caf.fr', 'email', 'yes');
    expect(ledger.withdraw(entry.id)).toBe(true);
    expect(ledger.withdraw(entry.id)).toBe(false);
    expect(ledger.lookup('www.caf.fr', 'phone', 'site_and_category')).toBeNull();
    expect(ledger.lookup('www.caf.fr', 'email', 'site_and_category')).toBe('yes');
  });

  it('granularity widens a yes, never a no', () => {
    const ledger = make();
    ledger.record('www.caf.fr', 'email', 'yes');
    ledger.record('www.caf.fr', 'bank', 'no');
    expect(ledger.lookup('www.ameli.fr', 'email', 'category')).toBe('yes');
    expect(ledger.lookup('www.ameli.fr', 'email', 'site_and_category')).toBeNull();
    expect(ledger.lookup('www.caf.fr', 'phone', 'site')).toBe('yes');
    expect(ledger.lookup('www.caf.fr', 'bank', 'site')).toBe('no');
    expect(ledger.lookup('www.ameli.fr', 'bank', 'category')).toBeNull();
    expect(ledger.answersFor('www.ameli.fr', ['email', 'bank'], 'category')).toEqual({ email: 'yes' });
  });

  it('session end clears everything; a reload restores ids without clashes', () => {
    const ledger = make();
    ledger.record('a.fr', 'email', 'yes');
    const saved = ledger.list();
    ledger.clear();
    expect(ledger.list()).toEqual([]);
    const again = make();
    again.load(saved);
    const next = again.record('b.fr', 'email', 'yes');
    expect(next.id).not.toBe(saved[0]!.id);
    expect(again.list()).toHaveLength(2);
  });

  it('options default to every category, per site and category, review on; bad values fall back', () => {
    expect(DEFAULT_CONSENT_OPTIONS.consentCategories).not.toContain('none');
    expect(DEFAULT_CONSENT_OPTIONS.consentCategories).toHaveLength(11);
    const parsed = normaliseOptions({ consentCategories: ['email', 'nope' as never], consentGranularity: 'weird' as never });
    expect(parsed).toMatchObject({ consentCategories: ['email'], consentGranularity: 'site_and_category', reviewBeforeSubmit: true });
    expect(needsConsent('email', parsed)).toBe(true);
    expect(needsConsent('phone', parsed)).toBe(false);
    expect(needsConsent('none', DEFAULT_CONSENT_OPTIONS)).toBe(false);
    expect(normaliseOptions({ reminderTextOverrides: { mandateFr: 'Mandat CCAS' } } as never).mandateOverrides).toEqual({ mandateNote: { fr: 'Mandat CCAS' } });
  });
});
