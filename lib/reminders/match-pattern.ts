/**
 * A small, dependency-free URL matcher for the reminder lists (simulators, e-mail sign-up pages).
 *
 * Two pattern forms are accepted:
 *
 * 1. WebExtension match patterns `<scheme>://<host><path>`:
 *    - scheme `*` means http or https; `http` / `https` mean exactly that scheme. Other schemes never match
 *      (the reminders only concern web pages).
 *    - host `*` is any host; `*.example.com` is example.com AND its subdomains; `example.com` is that host only.
 *      Ports are not part of a pattern: a pattern matches whatever the URL's port.
 *    - path is a glob where `*` matches any run of characters (including `/`). It is matched against the URL's
 *      pathname + query string (as browsers do), never the #fragment.
 *    - `<all_urls>` matches any http(s) URL.
 * 2. Plain host suffixes `caf.fr` (or `caf.fr/some/path`): that host and all its subdomains, any scheme among
 *    http/https, any path (or any path starting with `/some/path`).
 *
 * Deliberate deviation from the WebExtension spec: paths are compared case-insensitively. Sites like
 * service-public.fr serve the same tool under `/AttestationHebergement` and `/attestationhebergement`, and an
 * exclusion that misses because of a capital letter would be worse than a slightly broader match.
 *
 * Security: URLs are parsed with the WHATWG URL parser, so `https://caf.fr@evil.com/` has host `evil.com`,
 * and host comparison is on whole labels (`evil-caf.fr` and `caf.fr.evil.com` do not match `caf.fr`).
 * Invalid patterns never match and never throw (policy values come from administrators and may be wrong).
 */

type HostRule = { kind: 'any' } | { kind: 'exact'; host: string } | { kind: 'domain'; host: string };

export interface CompiledPattern {
  readonly source: string;
  /** Allowed schemes, without the trailing colon. */
  readonly schemes: readonly ('http' | 'https')[];
  readonly host: HostRule;
  /** Lower-cased glob on pathname + search. */
  readonly path: string;
}

const WEB_SCHEMES = ['http', 'https'] as const;
const MAX_PATTERN_LENGTH = 2048;
const MAX_URL_LENGTH = 8192;

/** Lower-cases and punycodes a host through the URL parser; null when it is not a valid host. */
function normalizeHost(raw: string): string | null {
  if (!raw || /[/?#@\s\\]/.test(raw)) return null;
  try {
    const host = new URL(`http://${raw}/`).hostname;
    return host.replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

function compileHost(raw: string): HostRule | null {
  if (raw === '*') return { kind: 'any' };
  if (raw.startsWith('*.')) {
    const host = normalizeHost(raw.slice(2));
    return host && !host.includes('*') ? { kind: 'domain', host } : null;
  }
  if (raw.includes('*') || raw.includes(':')) return null; // no inner wildcards, no ports in patterns
  const host = normalizeHost(raw);
  return host ? { kind: 'exact', host } : null;
}

/** Compiles a pattern; returns null for anything invalid (which then matches nothing). */
export function compilePattern(pattern: string): CompiledPattern | null {
  const source = pattern;
  const p = pattern.trim();
  if (!p || p.length > MAX_PATTERN_LENGTH) return null;
  if (p === '<all_urls>') return { source, schemes: WEB_SCHEMES, host: { kind: 'any' }, path: '*' };

  const sep = p.indexOf('://');
  if (sep >= 0) {
    const scheme = p.slice(0, sep).toLowerCase();
    const schemes = scheme === '*' ? WEB_SCHEMES : scheme === 'http' || scheme === 'https' ? ([scheme] as const) : null;
    if (!schemes) return null;
    const rest = p.slice(sep + 3);
    const slash = rest.indexOf('/');
    const hostPart = slash >= 0 ? rest.slice(0, slash) : rest;
    // The spec requires a path; a missing one is read as "any path" rather than rejected.
    const path = slash >= 0 ? rest.slice(slash) : '/*';
    const host = compileHost(hostPart.toLowerCase());
    if (!host) return null;
    return { source, schemes, host, path: path.toLowerCase() };
  }

  // Plain host suffix, optionally followed by a path prefix.
  const slash = p.indexOf('/');
  let hostPart = (slash >= 0 ? p.slice(0, slash) : p).toLowerCase();
  if (hostPart.startsWith('*.')) hostPart = hostPart.slice(2);
  else if (hostPart.startsWith('.')) hostPart = hostPart.slice(1);
  if (hostPart.includes('*') || hostPart.includes(':')) return null;
  const host = normalizeHost(hostPart);
  if (!host) return null;
  const pathPrefix = slash >= 0 ? p.slice(slash).toLowerCase() : '/';
  return { source, schemes: WEB_SCHEMES, host: { kind: 'domain', host }, path: pathPrefix.endsWith('*') ? pathPrefix : `${pathPrefix}*` };
}

/**
 * Glob with `*` only. Classic two-pointer algorithm with backtracking to the last star:
 * O(len(pattern) × len(text)) in the worst case, never exponential.
 */
export function globMatch(glob: string, text: string): boolean {
  let g = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (star >= 0) {
      g = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

export interface ParsedWebUrl {
  scheme: 'http' | 'https';
  host: string;
  /** Lower-cased pathname + search. */
  pathAndQuery: string;
}

/** Parses an http(s) URL; null for other schemes or garbage. */
export function parseWebUrl(url: string | URL): ParsedWebUrl | null {
  let u: URL;
  try {
    const s = typeof url === 'string' ? url.trim() : url.href;
    if (s.length > MAX_URL_LENGTH) return null;
    u = new URL(s);
  } catch {
    return null;
  }
  const scheme = u.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return { scheme, host, pathAndQuery: (u.pathname + u.search).toLowerCase() };
}

function hostMatches(rule: HostRule, host: string): boolean {
  switch (rule.kind) {
    case 'any':
      return true;
    case 'exact':
      return host === rule.host;
    case 'domain':
      return host === rule.host || host.endsWith(`.${rule.host}`);
  }
}

const cache = new Map<string, CompiledPattern | null>();

function compiled(pattern: string | CompiledPattern): CompiledPattern | null {
  if (typeof pattern !== 'string') return pattern;
  if (cache.has(pattern)) return cache.get(pattern) ?? null;
  const c = compilePattern(pattern);
  if (cache.size > 2000) cache.clear();
  cache.set(pattern, c);
  return c;
}

function matchesParsed(pattern: CompiledPattern | null, url: ParsedWebUrl): boolean {
  if (!pattern) return false;
  return pattern.schemes.includes(url.scheme) && hostMatches(pattern.host, url.host) && globMatch(pattern.path, url.pathAndQuery);
}

/** True when `url` matches `pattern` (see the module comment for the accepted forms). */
export function matchesPattern(pattern: string | CompiledPattern, url: string | URL): boolean {
  const parsed = parseWebUrl(url);
  return parsed ? matchesParsed(compiled(pattern), parsed) : false;
}

/** The first pattern of `patterns` matching `url`, or null. */
export function firstMatch(patterns: Iterable<string>, url: string | URL): string | null {
  const parsed = parseWebUrl(url);
  if (!parsed) return null;
  for (const p of patterns) if (matchesParsed(compiled(p), parsed)) return p;
  return null;
}

/**
 * Include/exclude decision shared by the lists: the URL must match an include and no exclude
 * (excludes always win, including over administrator-added includes).
 */
export function matchesList(url: string | URL, includes: Iterable<string>, excludes: Iterable<string> = []): boolean {
  return firstMatch(includes, url) !== null && firstMatch(excludes, url) === null;
}
