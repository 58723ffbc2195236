import { describe, expect, it } from 'vitest';
import { looksLikeSendButton, MASK, reviewItems, shouldMask } from '../../../lib/consent/review';

describe('review panel model', () => {
  it('lists personal fields with their values, masks passwords and codes, skips empty and non-personal ones', () => {
    const items = reviewItems([
      { label: 'Nom', value: 'Dupont', type: 'text', category: 'identity_name' },
      { label: 'Mot de passe', value: 'hunter2', type: 'password', category: 'credentials' },
      { label: 'Code reçu par SMS', value: '123456', type: 'text', category: 'other_personal', autocomplete: 'one-time-code' },
      { label: 'Identifiant', value: 'jdupont', type: 'text', category: 'credentials' },
      { label: 'Recherche', value: 'apl', type: 'search', category: 'none' },
      { label: 'Téléphone', value: '  ', type: 'tel', category: 'phone' },
      { label: '', value: 'FR76 3000', type: 'text', category: 'bank' },
    ]);
    expect(items).toEqual([
      { label: 'Nom', display: 'Dupont', masked: false },
      { label: 'Mot de passe', display: MASK, masked: true },
      { label: 'Code reçu par SMS', display: MASK, masked: true },
      { label: 'Identifiant', display: MASK, masked: true },
      { label: '—', display: 'FR76 3000', masked: false },
    ]);
    expect(JSON.stringify(items)).not.toMatch(/hunter2|123456|jdupont/);
  });
  it('masks by name too (pin, cvv, otp)', () => {
    expect(shouldMask({ type: 'text', category: 'bank', name: 'card_cvv', label: 'Cryptogramme' })).toBe(true);
    expect(shouldMask({ type: 'tel', category: 'other_personal', name: 'otp', label: 'Saisissez le code' })).toBe(true);
    expect(shouldMask({ type: 'text', category: 'postal_address', name: 'postcode', label: 'Code postal' })).toBe(false);
    expect(shouldMask({ type: 'text', category: 'identity_name', name: 'nom', label: 'Nom' })).toBe(false);
  });
  it('recognises send buttons of script-driven forms', () => {
    expect(looksLikeSendButton('Envoyer')).toBe(true);
    expect(looksLikeSendButton('Valider ma demande')).toBe(true);
    expect(looksLikeSendButton('Ajouter un enfant')).toBe(false);
  });
});
