/**
 * Heuristic for simulators that are not in the known list (issue #8).
 *
 * Inputs are what a content script can read cheaply: the URL, document.title and the page headings
 * (h1 first, then h2s). Everything is accent- and case-folded before matching.
 *
 * Scoring (match when score >= 2 and no negative signal):
 *   - title or main heading (headings[0]) speaks of a simulation / an estimate of rights or an amount: +2
 *   - a secondary heading (headings[1..]) does: +1
 *   - the URL path has a simulator word (simulateur, simulation, calculateur...): +1
 * Negative signals (veto), read in the URL path, the title and the main heading: attestation and letter
 * generators, Cerfa forms, news / blog / press pages ("actualité", "publié le", "nouveau simulateur",
 * "ce qu'il faut savoir"...), login pages, legal notices.
 *
 * Measured on tests/fixtures/pages/reminders/heuristic (see scripts/measure-simulator-heuristic.ts).
 */

export interface PageInfo {
  url: string;
  title?: string;
  /** Visible headings, main heading (h1) first. */
  headings?: readonly string[];
}

export interface HeuristicResult {
  match: boolean;
  score: number;
  /** Human-readable signals, e.g. "title: simulateur", "veto url: actualite". */
  reasons: string[];
}

/**
 * Off by default. Measured with scripts/measure-simulator-heuristic.ts:
 *   - on the 39 pages written while tuning: precision 0.92, recall 0.80, false-positive rate 4 %;
 *   - on 9 pages written afterwards and never used for tuning: 3 of 5 non-simulators fire (a fire drill
 *     "simulation", a news piece on "le calcul de vos droits", a tax FAQ "comment est calculé mon impôt").
 * Overall false-positive rate 14 % on look-alike pages: too high for a banner that must stay credible
 * (a wrong banner teaches helpers to ignore banners), while the known list covers the national simulators.
 * Structures that use many local simulators opt in through policy (`simulatorHeuristic`).
 */
export const SIMULATOR_HEURISTIC_DEFAULT = false;

const MAX_FIELD = 300;
const MAX_HEADINGS = 8;

/** Lower case, no accents, apostrophes and punctuation become single spaces. */
export function foldText(text: string): string {
  return text
    .slice(0, MAX_FIELD * 2)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const OBJECTS =
  'droits?|aides?|allocations?|montants?|pensions?|retraites?|bourses?|tarifs?|quotient|prestations?|indemnites?|' +
  'cotisations?|impots?|loyers?|apl|rsa|primes?|participation|frais|reste a charge|remboursements?|mensualites?';

/** Positive phrases, applied to folded text. Quantifiers are bounded: cost is linear in the (capped) input. */
const POSITIVE: readonly { name: string; re: RegExp }[] = [
  { name: 'simulateur', re: /\bsimul(?:ateurs?|ations?|ez|er)\b/ },
  { name: 'calculateur', re: /\b(?:calculateurs?|calculettes?|estimateurs?)\b/ },
  {
    name: 'estimer/calculer un droit ou un montant',
    re: new RegExp(`\\b(?:estim|calcul)[a-z]*(?: [a-z0-9]+){0,3}? (?:${OBJECTS})\\b`),
  },
  { name: 'a quelles aides', re: /\ba quelles? (?:aides?|prestations?|allocations?)\b/ },
];

const NEGATIVE: readonly { name: string; re: RegExp }[] = [
  { name: 'attestation', re: /\battestations?\b/ },
  { name: 'modele de lettre', re: /\b(?:modeles? de (?:lettres?|courriers?|documents?)|lettres? types?)\b/ },
  { name: 'cerfa', re: /\bcerfa\b/ },
  { name: 'actualite', re: /\b(?:actualites?|actus?|news|blog|communiques?|presse|article|magazine)\b/ },
  { name: 'publication', re: /\b(?:publie le|mis a jour le|par la redaction)\b/ },
  {
    name: 'article sur un simulateur',
    re: /\b(?:nouveaux? (?:simulateurs?|outils?)|lancent? (?:un|le|son|leur)|(?:mis|met|mettent) en ligne|est en ligne|comment utiliser|meilleurs|ce qu il faut savoir|notre avis)\b/,
  },
  { name: 'connexion', re: /\b(?:connexion|se connecter|connectez vous|identifiez vous|mot de passe|login|signin)\b/ },
  { name: 'mentions legales', re: /\b(?:mentions legales|nous contacter|plan du site)\b/ },
];

const URL_POSITIVE = /\b(?:simulateurs?|simulations?|simulators?|simucalcul|calculateurs?|calculettes?|estimateurs?)\b/;

function urlPathText(url: string): string {
  try {
    const u = new URL(url);
    return foldText(decodeURIComponent(u.pathname).replace(/([a-z])([A-Z])/g, '$1 $2'));
  } catch {
    return '';
  }
}

function firstHit(rules: readonly { name: string; re: RegExp }[], text: string): string | null {
  if (!text) return null;
  for (const r of rules) if (r.re.test(text)) return r.name;
  return null;
}

export function looksLikeSimulator(page: PageInfo): HeuristicResult {
  const reasons: string[] = [];
  const headings = (page.headings ?? []).slice(0, MAX_HEADINGS).map((h) => foldText(h.slice(0, MAX_FIELD)));
  const title = foldText((page.title ?? '').slice(0, MAX_FIELD));
  const main = headings[0] ?? '';
  const secondary = headings.slice(1);
  const path = urlPathText(page.url);

  let score = 0;
  const titleHit = firstHit(POSITIVE, title);
  const mainHit = firstHit(POSITIVE, main);
  if (titleHit) reasons.push(`title: ${titleHit}`);
  if (mainHit) reasons.push(`heading: ${mainHit}`);
  if (titleHit || mainHit) score += 2;
  const secondaryHit = secondary.map((h) => firstHit(POSITIVE, h)).find((h) => h !== null);
  if (secondaryHit) {
    reasons.push(`subheading: ${secondaryHit}`);
    score += 1;
  }
  const urlHit = URL_POSITIVE.exec(path);
  if (urlHit) {
    reasons.push(`url: ${urlHit[0]}`);
    score += 1;
  }

  let veto = false;
  for (const [where, text] of [
    ['url', path],
    ['title', title],
    ['heading', main],
  ] as const) {
    const neg = firstHit(NEGATIVE, text);
    if (neg) {
      reasons.push(`veto ${where}: ${neg}`);
      veto = true;
    }
  }
  return { match: score >= 2 && !veto, score, reasons };
}
