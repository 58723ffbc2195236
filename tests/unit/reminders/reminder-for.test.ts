import { describe, expect, it } from 'vitest';
import * as reminders from '../../../lib/reminders';
import { reminderFor } from '../../../lib/reminders';

describe('reminderFor', () => {
  const localSim = 'https://www.gironde.fr/solidarites/apa/estimer-ma-participation';
  const localPage = { title: 'Estimez votre participation à l’APA', headings: ['Estimer le montant de votre participation'] };

  it('known simulator', () => {
    expect(reminderFor('https://www.mesdroitssociaux.gouv.fr/votre-simulateur/')).toEqual({ simulator: 'known', emailSignup: false });
  });

  it('heuristic only when enabled', () => {
    expect(reminderFor(localSim, localPage).simulator).toBeNull();
    expect(reminderFor(localSim, localPage, { simulatorHeuristic: true }).simulator).toBe('heuristic');
  });

  it('policy extra patterns make a page known', () => {
    expect(reminderFor(localSim, {}, { simulatorPatternsExtra: ['*://*.gironde.fr/solidarites/apa*'] }).simulator).toBe('known');
  });

  it('excludes silence both the list and the heuristic', () => {
    expect(reminderFor('https://www.impots.gouv.fr/simulateurs', {}, { simulatorPatternsExclude: ['impots.gouv.fr'] }).simulator).toBeNull();
    expect(reminderFor(localSim, localPage, { simulatorHeuristic: true, simulatorPatternsExclude: ['gironde.fr'] }).simulator).toBeNull();
    // a default exclude (service-public attestation generator) also stops the heuristic
    expect(
      reminderFor('https://www.service-public.fr/simulateur/calcul/ActeCautionnement', { title: 'Simulateur acte de cautionnement', headings: ['Simulateur'] }, { simulatorHeuristic: true }).simulator,
    ).toBeNull();
  });

  it('e-mail sign-up, with policy extras', () => {
    expect(reminderFor('https://signup.live.com/').emailSignup).toBe(true);
    expect(reminderFor('https://mail.asso.fr/new').emailSignup).toBe(false);
    expect(reminderFor('https://mail.asso.fr/new', {}, { emailSignupPatternsExtra: ['*://mail.asso.fr/new*'] }).emailSignup).toBe(true);
  });

  it('nothing on ordinary pages or invalid URLs', () => {
    expect(reminderFor('https://www.leboncoin.fr/', { title: 'Annonces' }, { simulatorHeuristic: true })).toEqual({ simulator: null, emailSignup: false });
    expect(reminderFor('garbage', {}, { simulatorHeuristic: true })).toEqual({ simulator: null, emailSignup: false });
  });

  it('re-exports the public API', () => {
    for (const name of ['isKnownSimulator', 'looksLikeSimulator', 'findEuroAmounts', 'containsResultAmount', 'amountElementsIn', 'newAmountElements', 'isEmailSignup', 'shouldShowMandateNote', 'reminderText', 'DEFAULT_SIMULATOR_PATTERNS', 'DEFAULT_SIMULATOR_EXCLUDES', 'DEFAULT_EMAIL_SIGNUP_PATTERNS']) {
      expect(reminders, name).toHaveProperty(name);
    }
  });
});
