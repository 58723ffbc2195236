import { parseWebUrl } from '../policy/patterns';

/**
 * Mandate note (issue #8): for procedures with sensitive data, the structure may need a mandate
 * (CNIL model, or Aidants Connect where the structure is habilitated). The note is shown when consent is
 * asked for one of the sensitive categories on a public-service site.
 */
export const MANDATE_CATEGORIES: readonly string[] = Object.freeze(['national_id', 'bank', 'health', 'situation']);

/** Public-service hosts: the domain and all its subdomains. */
export const PUBLIC_SERVICE_DOMAINS: readonly string[] = Object.freeze([
  'gouv.fr', // impots, ants, service-public.gouv, mesdroitssociaux, franceconnect, 1jeune1solution...
  'service-public.fr',
  'caf.fr',
  'ameli.fr',
  'msa.fr',
  'francetravail.fr',
  'pole-emploi.fr',
  'info-retraite.fr',
  'lassuranceretraite.fr',
  'agirc-arrco.fr',
  'urssaf.fr',
  'mdph.fr',
  'cnsa.fr', // mdphenligne.cnsa.fr
  'cnav.fr',
  'retraites.fr', // cnracl.retraites.fr...
  'secu-independants.fr',
  'net-entreprises.fr',
]);

/**
 * Departmental MDPH sites use their own domains: mdph13.fr, mdph33.fr, mdph-paris.fr, mdph2a.fr,
 * mdph974.fr... (any label starting with "mdph", followed by a digit, "2a"/"2b" or a hyphen).
 */
const DEPARTMENTAL_MDPH = /(?:^|\.)mdph(?:\d{2,3}|2a|2b|-[a-z0-9-]+)\.fr$/;
/** Regional pension funds: carsat-bfc.fr, carsat-nordpicardie.fr, cgss-martinique.fr... */
const REGIONAL_FUNDS = /(?:^|\.)(?:carsat|cgss)-[a-z0-9-]+\.fr$/;

export interface MandateOptions {
  /** Extra public-service domains (each matches itself and its subdomains). */
  extraDomains?: readonly string[];
}

export function isPublicServiceHost(host: string, options: MandateOptions = {}): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const domains = [...PUBLIC_SERVICE_DOMAINS, ...(options.extraDomains ?? [])].map((d) => d.toLowerCase().replace(/^\*?\./, ''));
  if (domains.some((d) => d && (h === d || h.endsWith(`.${d}`)))) return true;
  return DEPARTMENTAL_MDPH.test(h) || REGIONAL_FUNDS.test(h);
}

/** True when consent for `category` is asked on a public-service page (http/https only). */
export function shouldShowMandateNote(category: string, url: string | URL, options: MandateOptions = {}): boolean {
  if (!MANDATE_CATEGORIES.includes(category)) return false;
  const parsed = parseWebUrl(url);
  return parsed !== null && isPublicServiceHost(parsed.host, options);
}
