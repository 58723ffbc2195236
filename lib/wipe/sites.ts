/**
 * Sites as the wipe sees them: origins only (scheme://host:port), never paths or queries.
 */

/** The origin of an http(s) URL, or null (about:, data:, moz-extension:, file:… are not sites). */
export function siteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

export function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

export interface KeepRule {
  host: string;
  subdomains: boolean;
  scheme: string;
}

/**
 * The keep-list accepts what the policy accepts: a bare host ("caf.fr", subdomains included) or a match
 * pattern ("https://*.caf.fr/*"); paths are ignored — data is kept per site, not per page.
 */
export function parseKeepRule(raw: string): KeepRule | null {
  const text = raw.trim().toLowerCase();
  if (!text) return null;
  const match = /^(\*|https?):\/\/(\*\.)?([^/:]+)(?::\d+)?(\/.*)?$/.exec(text);
  if (match) return { scheme: match[1]!, subdomains: Boolean(match[2]), host: match[3]! };
  const host = text.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/^\*\./, '');
  if (!/^[a-z0-9.-]+$/.test(host) && !/^\[[0-9a-f:]+\]$/.test(host)) return null;
  return { scheme: '*', subdomains: true, host };
}

export class KeepList {
  private readonly rules: KeepRule[];
  constructor(patterns: readonly string[]) {
    this.rules = patterns.map(parseKeepRule).filter((r): r is KeepRule => r !== null);
  }

  get ruleData(): KeepRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  keeps(origin: string): boolean {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false;
    }
    const host = url.hostname.toLowerCase();
    const scheme = url.protocol.replace(':', '');
    return this.rules.some(
      (rule) =>
        (rule.scheme === '*' || rule.scheme === scheme) &&
        (host === rule.host || (rule.subdomains && host.endsWith(`.${rule.host}`))),
    );
  }

  keepsHost(host: string): boolean {
    return this.keeps(`https://${host}`) || this.keeps(`http://${host}`);
  }

  /** Origins to hand to Chromium's `excludeOrigins`: the rules' own hosts, plus the session's kept origins. */
  excludeOrigins(sessionSites: readonly string[]): string[] {
    const out = new Set<string>();
    for (const rule of this.rules) {
      for (const scheme of rule.scheme === '*' ? ['https', 'http'] : [rule.scheme]) {
        out.add(`${scheme}://${rule.host}`);
        if (rule.subdomains) out.add(`${scheme}://www.${rule.host}`);
      }
    }
    for (const site of sessionSites) if (this.keeps(site)) out.add(site);
    return [...out];
  }
}
