/**
 * Site patterns: the one syntax and the one matcher for every list of sites — the structure's policy and
 * settings, and the built-in reminder lists (simulators, e-mail sign-up pages), which pass the same validator.
 *
 * Two forms only, never a regular expression:
 *  - a WebExtension match pattern restricted to the web: `<scheme>://<host><path>` where scheme is
 *    `http`, `https` or `*`, host is `name.tld`, `*.name.tld` (the domain and all its subdomains),
 *    and path starts with `/` and may contain `*` wildcards. A missing path means `/*`.
 *    Examples: `*://*.caf.fr/simulateur*`, `https://www.impots.gouv.fr/simulateurs/*`.
 *  - a plain host suffix: `caf.fr` matches caf.fr and every subdomain (`www.caf.fr`, `wwwd.caf.fr`).
 *
 * The path glob is matched against the URL's pathname + query (never the #fragment), and — a deliberate
 * deviation from the WebExtension spec — case-insensitively: sites like service-public.fr serve the same tool
 * under `/AttestationHebergement` and `/attestationhebergement`, and an exclusion that misses because of a
 * capital letter would be worse than a slightly broader match. Ports are not part of a pattern.
 *
 * URLs go through the WHATWG URL parser (`https://caf.fr@evil.com/` has host `evil.com`) and hosts are compared
 * on whole labels (`evil-caf.fr`, `caf.fr.evil.com` do not match `caf.fr`). Matching uses a linear wildcard
 * matcher (no RegExp built from input), so a hostile pattern cannot make matching slow.
 */

export const MAX_PATTERN_LENGTH = 500;

export type PatternErrorCode =
  | 'not_a_string'
  | 'empty'
  | 'too_long'
  | 'bad_scheme'
  | 'empty_host'
  | 'wildcard_in_host'
  | 'all_hosts'
  | 'host_too_broad'
  | 'bad_host'
  | 'missing_scheme'
  | 'port_not_allowed'
  | 'forbidden_chars';

export interface ParsedSitePattern {
  /** 'match' = match pattern, 'host' = plain host suffix. */
  kind: 'match' | 'host';
  /** Canonical text (lower-case host, punycode, explicit path). Stable: parse(normalized) === same. */
  normalized: string;
  scheme: '*' | 'http' | 'https';
  /** ASCII (punycode) host without the leading `*.`. */
  host: string;
  /** True for `*.host` and for plain host suffixes: subdomains match too. */
  includeSubdomains: boolean;
  /** Path glob, always starting with `/`; `/*` for plain hosts. */
  path: string;
}

export type SitePatternResult =
  | { ok: true; pattern: ParsedSitePattern }
  | { ok: false; code: PatternErrorCode; reason: string };

/** Short French sentence per error; the options page shows the localized `options_pattern_<code>` message. */
export const PATTERN_ERROR_REASONS: Record<PatternErrorCode, string> = {
  not_a_string: 'Un motif doit être un texte.',
  empty: 'Le motif est vide.',
  too_long: `Le motif dépasse ${MAX_PATTERN_LENGTH} caractères.`,
  bad_scheme: 'Seuls http, https ou * sont acceptés avant « :// ».',
  empty_host: 'Le nom de site est vide.',
  wildcard_in_host: 'Le joker * n’est permis qu’au tout début du nom de site, sous la forme *.exemple.fr.',
  all_hosts: 'Un motif qui vise tous les sites n’est pas accepté.',
  host_too_broad: 'Le nom de site doit contenir au moins un point (par exemple caf.fr).',
  bad_host: 'Le nom de site contient des caractères invalides.',
  missing_scheme: 'Pour indiquer un chemin, écrivez le motif complet, par exemple *://www.exemple.fr/chemin*.',
  port_not_allowed: 'Les numéros de port ne sont pas acceptés dans un motif.',
  forbidden_chars: 'Le motif contient des caractères interdits (expression régulière, espace ou caractère de contrôle) ; utilisez seulement * comme joker.',
};

function fail(code: PatternErrorCode): SitePatternResult {
  return { ok: false, code, reason: PATTERN_ERROR_REASONS[code] };
}

// Characters that belong to regular expressions (or are unsafe) and are never part of a pattern we accept.
// `?` is allowed in paths (query strings), `*` is the only wildcard.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_ANYWHERE = /[\s\\^$[\]{}|()+<>"`\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
const PATH_ALLOWED = /^\/[A-Za-z0-9\-._~!&'*,;=:@/%?]*$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function normalizeHost(raw: string): { host: string } | { code: PatternErrorCode } {
  if (raw === '') return { code: 'empty_host' };
  if (raw.includes('*')) return { code: 'wildcard_in_host' };
  if (raw.includes(':')) return { code: 'port_not_allowed' };
  if (/[/?#@%]/.test(raw)) return { code: 'bad_host' };
  let ascii: string;
  try {
    ascii = new URL(`http://${raw}/`).hostname;
  } catch {
    return { code: 'bad_host' };
  }
  if (ascii.endsWith('.')) ascii = ascii.slice(0, -1);
  if (ascii === '') return { code: 'empty_host' };
  const ip = IPV4.exec(ascii);
  if (ip) {
    return ip.slice(1).every((n) => Number(n) <= 255) ? { host: ascii } : { code: 'bad_host' };
  }
  const labels = ascii.split('.');
  if (!labels.every((l) => HOST_LABEL.test(l))) return { code: 'bad_host' };
  if (labels.length < 2) return { code: 'host_too_broad' };
  if (ascii.length > 253) return { code: 'bad_host' };
  return { host: ascii };
}

/** Validates one pattern. Never throws. */
export function parseSitePattern(input: unknown): SitePatternResult {
  if (typeof input !== 'string') return fail('not_a_string');
  if (input.length > MAX_PATTERN_LENGTH) return fail('too_long');
  const s = input.trim();
  if (s === '') return fail('empty');
  if (FORBIDDEN_ANYWHERE.test(s) || s.includes('#')) return fail('forbidden_chars');

  const sep = s.indexOf('://');
  if (sep === -1) {
    // Plain host suffix. A stray scheme-like prefix (`file:`, `javascript:`) or a path is not a host.
    if (s.includes('/')) return fail('missing_scheme');
    if (/^[a-z][a-z0-9+.-]*:/i.test(s) && !/:\d+$/.test(s)) return fail('bad_scheme');
    let raw = s.toLowerCase();
    if (raw.startsWith('*.')) raw = raw.slice(2);
    else if (raw.startsWith('.')) raw = raw.slice(1);
    if (raw === '*') return fail('all_hosts');
    const h = normalizeHost(raw);
    if ('code' in h) return fail(h.code);
    return {
      ok: true,
      pattern: { kind: 'host', normalized: h.host, scheme: '*', host: h.host, includeSubdomains: true, path: '/*' },
    };
  }

  const scheme = s.slice(0, sep).toLowerCase();
  if (scheme !== '*' && scheme !== 'http' && scheme !== 'https') return fail('bad_scheme');
  const rest = s.slice(sep + 3);
  const slash = rest.indexOf('/');
  let hostPart = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '/*' : rest.slice(slash);
  hostPart = hostPart.toLowerCase();
  if (hostPart === '') return fail('empty_host');
  if (hostPart === '*') return fail('all_hosts');
  let includeSubdomains = false;
  if (hostPart.startsWith('*.')) {
    includeSubdomains = true;
    hostPart = hostPart.slice(2);
  }
  const h = normalizeHost(hostPart);
  if ('code' in h) return fail(h.code);
  if (!PATH_ALLOWED.test(path)) return fail('forbidden_chars');
  const normalized = `${scheme}://${includeSubdomains ? '*.' : ''}${h.host}${path}`;
  return {
    ok: true,
    pattern: { kind: 'match', normalized, scheme: scheme as ParsedSitePattern['scheme'], host: h.host, includeSubdomains, path },
  };
}

/** Classic two-pointer wildcard match (`*` = any run of characters), O(n·m) worst case, no backtracking blow-up. */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] !== '*' && glob[g] === text[t]) {
      g++;
      t++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star !== -1) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

const MAX_URL_LENGTH = 8192;

/** The parts of an http(s) URL that patterns look at. */
export interface ParsedWebUrl {
  scheme: 'http' | 'https';
  /** lower-case, punycode, without a trailing dot */
  host: string;
  /** lower-case pathname + search (patterns compare paths case-insensitively) */
  pathAndQuery: string;
}

/** Parses an http(s) URL; null for other schemes, over-long input or garbage. Never throws. */
export function parseWebUrl(url: string | URL): ParsedWebUrl | null {
  let u: URL;
  try {
    const text = typeof url === 'string' ? url.trim() : url.href;
    if (text.length > MAX_URL_LENGTH) return null;
    u = typeof url === 'string' ? new URL(text) : url;
  } catch {
    return null;
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return null;
  let host = u.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (!host) return null;
  return { scheme, host, pathAndQuery: (u.pathname + u.search).toLowerCase() };
}

function matchesParsed(p: ParsedSitePattern, u: ParsedWebUrl): boolean {
  if (p.scheme !== '*' && p.scheme !== u.scheme) return false;
  const hostOk = u.host === p.host || (p.includeSubdomains && u.host.endsWith(`.${p.host}`));
  return hostOk && globMatch(p.path.toLowerCase(), u.pathAndQuery);
}

// Lists are matched at every page load: parse each distinct pattern text once (invalid ones stay null).
const parsedPatterns = new Map<string, ParsedSitePattern | null>();

function parsedPattern(pattern: string | ParsedSitePattern): ParsedSitePattern | null {
  if (typeof pattern !== 'string') return pattern;
  let parsed = parsedPatterns.get(pattern);
  if (parsed === undefined) {
    const result = parseSitePattern(pattern);
    parsed = result.ok ? result.pattern : null;
    if (parsedPatterns.size > 2000) parsedPatterns.clear();
    parsedPatterns.set(pattern, parsed);
  }
  return parsed;
}

/**
 * Does `url` match `pattern` (a string — validated here — or an already parsed pattern)?
 * Invalid patterns and non-web URLs never match. Never throws.
 */
export function matchesSitePattern(pattern: string | ParsedSitePattern, url: string | URL): boolean {
  const p = parsedPattern(pattern);
  const u = parseWebUrl(url);
  return p !== null && u !== null && matchesParsed(p, u);
}

/** The first pattern of `patterns` that matches `url`, or null. */
export function firstMatchingPattern(patterns: Iterable<string>, url: string | URL): string | null {
  const u = parseWebUrl(url);
  if (!u) return null;
  for (const pattern of patterns) {
    const p = parsedPattern(pattern);
    if (p && matchesParsed(p, u)) return pattern;
  }
  return null;
}

/** Include/exclude lists: the URL must match an include and no exclude (excludes always win). */
export function matchesList(url: string | URL, includes: Iterable<string>, excludes: Iterable<string> = []): boolean {
  return firstMatchingPattern(includes, url) !== null && firstMatchingPattern(excludes, url) === null;
}
