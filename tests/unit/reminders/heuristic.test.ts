import { describe, expect, it } from 'vitest';
import { foldText, looksLikeSimulator, SIMULATOR_HEURISTIC_DEFAULT } from '../../../lib/reminders/heuristic';
import { loadFixtures, measure } from '../../../scripts/measure-simulator-heuristic';

describe('simulator heuristic', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('Estimez VOS droits à l’APL !')).toBe('estimez vos droits a l apl');
  });

  it.each([
    [{ url: 'https://x.fr/', title: 'Simulateur de bourse', headings: [] }],
    [{ url: 'https://x.fr/', title: 'Accueil', headings: ['Estimer vos droits'] }],
    [{ url: 'https://x.fr/', title: 'ESTIMEZ VOS DROITS', headings: [] }],
    [{ url: 'https://x.fr/', title: 'Calculer votre aide au logement', headings: [] }],
    [{ url: 'https://x.fr/', title: 'Calculez le montant de votre allocation', headings: [] }],
    [{ url: 'https://x.fr/', title: 'Simulation APL', headings: [] }],
    [{ url: 'https://x.fr/outils/simulateur', title: 'Outils', headings: ['Accueil', 'Estimez vos droits'] }],
  ])('recognises a simulator %#', (page) => {
    const r = looksLikeSimulator(page);
    expect(r.match, r.reasons.join('; ')).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    // negative signals veto even with simulator words
    [{ url: 'https://www.service-public.fr/simulateur/calcul/AttestationHebergement', title: 'Attestation d’hébergement', headings: ['Attestation d’hébergement'] }],
    [{ url: 'https://x.fr/', title: 'Modèle de lettre : simulateur', headings: [] }],
    [{ url: 'https://x.fr/actualites/simulateur', title: 'Le simulateur APL', headings: ['Le simulateur APL'] }],
    [{ url: 'https://x.fr/', title: 'Actualité : un nouveau simulateur', headings: [] }],
    [{ url: 'https://x.fr/blog/calculer-vos-droits', title: 'Calculer vos droits', headings: [] }],
    [{ url: 'https://x.fr/login', title: 'Simulateur', headings: ['Se connecter'] }],
    // a URL word or a secondary heading alone is not enough
    [{ url: 'https://x.fr/simulateur', title: 'Accueil', headings: ['Bienvenue'] }],
    [{ url: 'https://x.fr/', title: 'APL', headings: ['Aide au logement', 'Simulation'] }],
    // no signal
    [{ url: 'https://x.fr/', title: 'Taxe foncière 2025', headings: ['Ce qui change'] }],
    [{ url: 'https://x.fr/', title: 'Calcul d’itinéraire', headings: [] }],
    [{ url: 'https://x.fr/', title: 'Estimation immobilière gratuite', headings: [] }],
  ])('does not fire on %#', (page) => {
    const r = looksLikeSimulator(page);
    expect(r.match, r.reasons.join('; ')).toBe(false);
  });

  it('reports a veto reason', () => {
    const r = looksLikeSimulator({ url: 'https://x.fr/actualites/a', title: 'Simulateur', headings: [] });
    expect(r.reasons.some((x) => x.startsWith('veto url'))).toBe(true);
  });

  it('copes with missing fields, bad URLs and huge input quickly', () => {
    expect(looksLikeSimulator({ url: 'not a url' }).match).toBe(false);
    const huge = 'estimez '.repeat(20_000);
    const verdict = looksLikeSimulator({ url: `https://x.fr/${'a'.repeat(5000)}`, title: huge, headings: Array(1000).fill(huge) });
    expect(typeof verdict.match).toBe('boolean');
  });

  it('is off by default (see the measured false-positive rate)', () => {
    expect(SIMULATOR_HEURISTIC_DEFAULT).toBe(false);
  });
});

describe('heuristic measurement on fixtures', () => {
  const pages = loadFixtures();

  it('has at least 30 labelled pages with both classes', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => p.simulator).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => !p.simulator).length).toBeGreaterThanOrEqual(20);
    for (const p of pages) expect(p.page.url.startsWith('https://'), p.file).toBe(true);
  });

  it('keeps its measured quality on the tuning set (regression guard)', () => {
    const m = measure(pages.filter((p) => !p.heldOut));
    expect(m.precision).toBeGreaterThanOrEqual(0.9);
    expect(m.recall).toBeGreaterThanOrEqual(0.75);
    expect(m.falsePositiveRate).toBeLessThanOrEqual(0.05);
  });
});
