import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATOR_EXCLUDES, DEFAULT_SIMULATOR_PATTERNS, isKnownSimulator } from '../../../lib/reminders/simulators';
import { parseSitePattern } from '../../../lib/policy/patterns';

describe('known simulators', () => {
  it('every default pattern compiles', () => {
    for (const p of [...DEFAULT_SIMULATOR_PATTERNS, ...DEFAULT_SIMULATOR_EXCLUDES]) expect(parseSitePattern(p), p).toMatchObject({ ok: true });
  });

  it.each([
    'https://www.mesdroitssociaux.gouv.fr/votre-simulateur/ressources/etape1',
    'https://www.mesdroitssociaux.gouv.fr/simulateurs',
    'https://www.1jeune1solution.gouv.fr/mes-aides',
    'https://www.1jeune1solution.gouv.fr/mes-aides/simulation/individu/demandeur/date_naissance',
    'https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation',
    'https://www.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation/simulation-logement',
    'https://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches/mesdemarches/faireunesimulation/lelogement',
    'http://wwwd.caf.fr/wps/portal/caffr/aidesetdemarches/mesdemarches/faireunesimulation/lelogement',
    'https://www.impots.gouv.fr/simulateurs',
    'https://www.impots.gouv.fr/simulateur-taxe-habitation',
    'https://simulateur-ir-ifi.impots.gouv.fr/calcul_impot/2025/',
    'https://candidat.francetravail.fr/candidat/simucalcul/saisieinfos',
    'https://www.info-retraite.fr/portail-info/sites/PortailInformation/home/simulateurs.html',
    'https://www.service-public.fr/simulateur/calcul/zones-tendues',
    'https://www.service-public.fr/simulateur/calcul/gratification-stagiaire',
    'https://www.service-public.fr/simulateur/calcul/cout-certificat-immatriculation',
    'https://www.msa.fr/lfp/simulateur-prime-activite',
    'https://www.ameli.fr/assure/droits-demarches/simulateur-css',
    'https://www.mes-aides.org/',
    'https://mon-entreprise.urssaf.fr/simulateurs/salarie',
    'https://www.caf.fr:443/allocataires/mes-services-en-ligne/faire-une-simulation?x=1',
  ])('matches %s', (url) => {
    expect(isKnownSimulator(url)).toBe(true);
  });

  it.each([
    // service-public generators under /simulateur/calcul/
    'https://www.service-public.fr/simulateur/calcul/AttestationHebergement',
    'https://www.service-public.fr/simulateur/calcul/attestationhebergement',
    'https://www.service-public.fr/simulateur/calcul/AttestationHonneur',
    'https://www.service-public.fr/simulateur/calcul/ActeCautionnement',
    'https://www.service-public.fr/simulateur/calcul/certificatMedical',
    'https://www.service-public.fr/simulateur/calcul/15776',
    'https://www.service-public.fr/simulateur/calcul/16030',
    'https://www.service-public.gouv.fr/simulateur/calcul/AttestationHebergement',
    // news about simulators
    'https://www.impots.gouv.fr/actualite/le-simulateur-2025-est-en-ligne',
    // not simulators at all, or look-alike hosts
    'https://www.caf.fr/allocataires/mes-services-en-ligne',
    'https://www.service-public.fr/particuliers/vosdroits/F12006',
    'https://caf.fr@evil.com/allocataires/mes-services-en-ligne/faire-une-simulation',
    'https://evil-caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation',
    'https://caf.fr.evil.com/allocataires/mes-services-en-ligne/faire-une-simulation',
    'https://www.impots.gouv.fr.example.net/simulateurs',
    'https://evil.com/?next=https://www.impots.gouv.fr/simulateurs',
    'ftp://www.impots.gouv.fr/simulateurs',
  ])('does not match %s', (url) => {
    expect(isKnownSimulator(url)).toBe(false);
  });

  it('the service-public exclusion is specific to generators', () => {
    expect(isKnownSimulator('https://www.service-public.fr/simulateur/calcul/pension-alimentaire')).toBe(true);
    expect(isKnownSimulator('https://www.service-public.fr/simulateur/calcul/ModeleLettreResiliation')).toBe(false);
    expect(isKnownSimulator('https://www.service-public.fr/simulateur/calcul/DeclarationPerte')).toBe(false);
    expect(isKnownSimulator('https://www.service-public.fr/simulateur/calcul/ResiliationContrat')).toBe(false);
  });

  it('extra patterns add simulators (plain host or match pattern)', () => {
    const url = 'https://aides.departement-exemple.fr/estimer-mes-droits';
    expect(isKnownSimulator(url)).toBe(false);
    expect(isKnownSimulator(url, { extra: ['*://aides.departement-exemple.fr/estimer*'] })).toBe(true);
    expect(isKnownSimulator(url, { extra: ['departement-exemple.fr'] })).toBe(true);
  });

  it('excludes win over defaults and over extras', () => {
    const url = 'https://www.mesdroitssociaux.gouv.fr/votre-simulateur/';
    expect(isKnownSimulator(url, { exclude: ['mesdroitssociaux.gouv.fr'] })).toBe(false);
    expect(isKnownSimulator('https://x.fr/sim', { extra: ['x.fr'], exclude: ['*://x.fr/sim*'] })).toBe(false);
  });

  it('invalid policy patterns are ignored instead of matching everything', () => {
    expect(isKnownSimulator('https://example.org/', { extra: ['', '*://exa*mple.org/*', 'ftp://example.org/*'] })).toBe(false);
  });
});
