import { matchesList } from '../policy/patterns';

/**
 * Known French benefit / tax / pension simulators (issue #8). A page matching one of these shows the
 * "do not promise" banner. Sites change their URLs: the list is a best effort and structures extend it
 * through policy (`simulatorPatternsExtra`) or silence a page (`simulatorPatternsExclude`).
 * Pattern syntax: see `lib/policy/patterns.ts` (paths are case-insensitive; `*` may span `/`).
 */
export const DEFAULT_SIMULATOR_PATTERNS: readonly string[] = Object.freeze([
  // Mes droits sociaux (all benefits): /votre-simulateur/..., /simulateurs, /simulateur-...
  '*://*.mesdroitssociaux.gouv.fr/votre-simulateur*',
  '*://*.mesdroitssociaux.gouv.fr/simulateur*',
  // 1jeune1solution: "mes aides" simulator, and its historical hosts (mes-aides.org, aides-jeunes).
  '*://*.1jeune1solution.gouv.fr/mes-aides*',
  '*://mes-aides.1jeune1solution.beta.gouv.fr/*',
  '*://*.mes-aides.org/*',
  '*://*.aides-jeunes.beta.gouv.fr/*',
  // CAF: www.caf.fr and wwwd.caf.fr, current and older portal URLs.
  '*://*.caf.fr/allocataires/mes-services-en-ligne/faire-une-simulation*',
  '*://*.caf.fr/*faire-une-simulation*',
  '*://*.caf.fr/*faireunesimulation*',
  '*://*.caf.fr/*simulateur*',
  // Impots: www.impots.gouv.fr/simulateurs, /simulateur-..., and the simulator hosts (simulateur-ir-ifi...).
  '*://*.impots.gouv.fr/*simulateur*',
  '*://simulateur-ir-ifi.impots.gouv.fr/*',
  // France Travail (and the pole-emploi.fr redirects): unemployment benefit simulator "simucalcul".
  '*://*.francetravail.fr/*simucalcul*',
  '*://*.francetravail.fr/*simulateur*',
  '*://*.pole-emploi.fr/*simucalcul*',
  '*://*.pole-emploi.fr/*simulateur*',
  // Pensions.
  '*://*.info-retraite.fr/*simulateur*',
  '*://*.info-retraite.fr/*simulation*',
  '*://*.lassuranceretraite.fr/*simulateur*',
  // Service-public: /simulateur/calcul/<tool>. Attestation / letter / form generators are excluded below.
  '*://*.service-public.fr/simulateur/calcul/*',
  '*://*.service-public.gouv.fr/simulateur/calcul/*',
  // MSA, Assurance maladie.
  '*://*.msa.fr/*simulateur*',
  '*://*.msa.fr/*simulation*',
  '*://*.ameli.fr/*simulateur*',
  '*://*.ameli.fr/*simulation*',
  // Urssaf (mon-entreprise simulators), code du travail numérique tools (severance pay, etc.), MaPrimeRénov'.
  '*://mon-entreprise.urssaf.fr/simulateurs*',
  '*://code.travail.gouv.fr/outils/*',
  '*://mes-aides.france-renov.gouv.fr/*',
]);

/**
 * Under service-public.fr/simulateur/calcul/ live not only simulators (zones-tendues,
 * gratification-stagiaire, cout-certificat-immatriculation...) but also document generators that produce a
 * letter or an attestation, where no amount is promised. Observed URL shapes:
 *   /simulateur/calcul/AttestationHebergement, /AttestationHonneur, /ActeCautionnement, /certificatMedical,
 *   and Cerfa form fillers named by their Cerfa number: /simulateur/calcul/15776 (certificat de cession),
 *   /simulateur/calcul/16030.
 * Rule: exclude a tool whose name starts with attestation, acte, certificat, modele, lettre, courrier,
 * declaration, demande, contrat, cession, resiliation, or with a digit (Cerfa number).
 * "cout-certificat-immatriculation" starts with "cout" and stays a simulator.
 * News pages of the known hosts that talk *about* a simulator are excluded too.
 */
const SERVICE_PUBLIC_GENERATOR_PREFIXES = [
  'attestation',
  'acte',
  'certificat',
  'modele',
  'lettre',
  'courrier',
  'declaration',
  'demande',
  'contrat',
  'cession',
  'resiliation',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
];

export const DEFAULT_SIMULATOR_EXCLUDES: readonly string[] = Object.freeze([
  ...['service-public.fr', 'service-public.gouv.fr'].flatMap((host) =>
    SERVICE_PUBLIC_GENERATOR_PREFIXES.map((prefix) => `*://*.${host}/simulateur/calcul/${prefix}*`),
  ),
  // The generators' static assets and APIs are not pages.
  '*://*.service-public.fr/simulateur/calcul/assets/*',
  // News about simulators on the known hosts.
  '*://*.impots.gouv.fr/actualite*',
  '*://*.impots.gouv.fr/*/actualite*',
  '*://*.caf.fr/*actualites*',
  '*://*.ameli.fr/*actualites*',
  '*://*.msa.fr/*actualites*',
  '*://*.francetravail.fr/*actualites*',
  '*://*.info-retraite.fr/*actualites*',
]);

export interface SimulatorListOptions {
  /** Extra include patterns (policy `simulatorPatternsExtra`). */
  extra?: readonly string[];
  /** Extra exclude patterns (policy `simulatorPatternsExclude`); excludes win over every include. */
  exclude?: readonly string[];
}

/** True when `url` is a known simulator (defaults + extra) and not excluded (defaults + exclude). */
export function isKnownSimulator(url: string | URL, options: SimulatorListOptions = {}): boolean {
  return matchesList(
    url,
    [...DEFAULT_SIMULATOR_PATTERNS, ...(options.extra ?? [])],
    [...DEFAULT_SIMULATOR_EXCLUDES, ...(options.exclude ?? [])],
  );
}
