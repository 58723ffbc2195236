import { describe, expect, it } from 'vitest';
import { isPublicServiceHost, shouldShowMandateNote } from '../../../lib/reminders/mandate';

describe('mandate note', () => {
  it.each(['national_id', 'bank', 'health', 'situation'])('shows for %s on a public-service site', (category) => {
    expect(shouldShowMandateNote(category, 'https://www.caf.fr/allocataires/mon-compte')).toBe(true);
  });

  it.each(['contact', 'identity_name', 'other', '', 'NATIONAL_ID'])('does not show for the category %j', (category) => {
    expect(shouldShowMandateNote(category, 'https://www.caf.fr/')).toBe(false);
  });

  it.each([
    'https://www.impots.gouv.fr/accueil',
    'https://ants.gouv.fr/',
    'https://www.service-public.fr/particuliers/vosdroits',
    'https://www.service-public.gouv.fr/',
    'https://assure.ameli.fr/PortailAS',
    'https://www.msa.fr/lfp/accueil',
    'https://candidat.francetravail.fr/',
    'https://www.info-retraite.fr/',
    'https://www.urssaf.fr/',
    'https://mdphenligne.cnsa.fr/',
    'https://www.mdph13.fr/',
    'https://mdph-paris.fr/',
    'https://www.mdph2a.fr/',
    'https://www.carsat-bfc.fr/',
    'http://wwwd.caf.fr/',
  ])('public-service site: %s', (url) => {
    expect(shouldShowMandateNote('bank', url)).toBe(true);
  });

  it.each([
    'https://www.labanquepostale.fr/',
    'https://www.leboncoin.fr/',
    'https://caf.fr@evil.com/',
    'https://evil-caf.fr/',
    'https://caf.fr.evil.com/',
    'https://gouv.fr.evil.com/',
    'https://faux-gouv.fr/',
    'https://mdphx.fr/',
    'https://www.mdph13.fr.evil.com/',
    'file:///home/caf.fr',
    'not a url',
  ])('not a public-service site: %s', (url) => {
    expect(shouldShowMandateNote('health', url)).toBe(false);
  });

  it('extra domains extend the list', () => {
    expect(isPublicServiceHost('www.departement-exemple.fr')).toBe(false);
    expect(shouldShowMandateNote('situation', 'https://aides.departement-exemple.fr/rsa', { extraDomains: ['departement-exemple.fr'] })).toBe(true);
  });
});
