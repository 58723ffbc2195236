import { describe, expect, it } from 'vitest';
import { firstMatchingPattern, globMatch, matchesList, matchesSitePattern, parseSitePattern, parseWebUrl } from '../../../lib/policy/patterns';

describe('parseSitePattern', () => {
  it.each([
    ['caf.fr', 'caf.fr'],
    ['CAF.FR', 'caf.fr'],
    ['*.caf.fr', 'caf.fr'],
    ['.caf.fr', 'caf.fr'],
    ['caf.fr.', 'caf.fr'],
    ['  caf.fr  ', 'caf.fr'],
    ['*://*.caf.fr/path*', '*://*.caf.fr/path*'],
    ['https://www.impots.gouv.fr/simulateurs/*', 'https://www.impots.gouv.fr/simulateurs/*'],
    ['http://Intranet.Exemple.fr', 'http://intranet.exemple.fr/*'],
    ['*://www.mesdroitssociaux.gouv.fr/*', '*://www.mesdroitssociaux.gouv.fr/*'],
    ['https://exemple.fr/page?x=*', 'https://exemple.fr/page?x=*'],
    ['http://192.168.1.10/*', 'http://192.168.1.10/*'],
    ['mairie-évry.fr', 'xn--mairie-vry-h7a.fr'],
  ])('accepts %s', (input, normalized) => {
    const r = parseSitePattern(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pattern.normalized).toBe(normalized);
      // Normalization is stable.
      const again = parseSitePattern(r.pattern.normalized);
      expect(again.ok && again.pattern.normalized).toBe(normalized);
    }
  });

  it.each([
    [42, 'not_a_string'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['a'.repeat(501), 'too_long'],
    ['file:///etc/passwd', 'bad_scheme'],
    ['ftp://caf.fr/*', 'bad_scheme'],
    ['chrome://settings/*', 'bad_scheme'],
    ['javascript:void0', 'bad_scheme'],
    ['data:text/html,x', 'missing_scheme'],
    ['https:///path', 'empty_host'],
    ['*://ca*f.fr/*', 'wildcard_in_host'],
    ['www.*.caf.fr', 'wildcard_in_host'],
    ['https://www.*.fr/*', 'wildcard_in_host'],
    ['*', 'all_hosts'],
    ['*://*/*', 'all_hosts'],
    ['fr', 'host_too_broad'],
    ['*.fr', 'host_too_broad'],
    ['localhost', 'host_too_broad'],
    ['<all_urls>', 'forbidden_chars'],
    ['^https?://.*\\.caf\\.fr$', 'forbidden_chars'],
    ['(caf|msa)\\.fr', 'forbidden_chars'],
    ['[a-z]+.fr', 'forbidden_chars'],
    ['https://caf.fr/(a)+', 'forbidden_chars'],
    ['https://caf.fr/a{2}', 'forbidden_chars'],
    ['caf .fr', 'forbidden_chars'],
    ['caf.fr\u202e', 'forbidden_chars'],
    ['https://caf.fr/#frag', 'forbidden_chars'],
    ['https://caf.fr:8443/*', 'port_not_allowed'],
    ['caf.fr:443', 'port_not_allowed'],
    ['www.caf.fr/inscription', 'missing_scheme'],
    ['caf_fr.fr', 'bad_host'],
    ['-caf.fr', 'bad_host'],
    ['999.1.1.1', 'bad_host'],
    ['https://user@caf.fr/*', 'bad_host'],
    ['https://caf.fr/é', 'forbidden_chars'],
  ])('rejects %s (%s)', (input, code) => {
    const r = parseSitePattern(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.length).toBeGreaterThan(5);
    }
  });
});

describe('matchesSitePattern', () => {
  it.each([
    ['caf.fr', 'https://caf.fr/', true],
    ['caf.fr', 'https://www.caf.fr/aides', true],
    ['caf.fr', 'http://wwwd.caf.fr/x?y=1', true],
    ['caf.fr', 'https://notcaf.fr/', false],
    ['caf.fr', 'https://caf.fr.evil.com/', false],
    ['caf.fr', 'ftp://caf.fr/', false],
    ['caf.fr', 'file:///caf.fr', false],
    ['*://*.caf.fr/simulateur*', 'https://www.caf.fr/simulateur-aide', true],
    ['*://*.caf.fr/simulateur*', 'https://caf.fr/simulateur', true],
    ['*://*.caf.fr/simulateur*', 'https://www.caf.fr/autre', false],
    ['https://www.impots.gouv.fr/simulateurs/*', 'https://www.impots.gouv.fr/simulateurs/ir', true],
    ['https://www.impots.gouv.fr/simulateurs/*', 'http://www.impots.gouv.fr/simulateurs/ir', false],
    ['https://www.impots.gouv.fr/simulateurs/*', 'https://impots.gouv.fr/simulateurs/ir', false],
    ['https://exemple.fr/page?x=*', 'https://exemple.fr/page?x=2', true],
    ['https://exemple.fr/page', 'https://exemple.fr/page?x=2', false],
    ['http://CAF.fr/*', 'http://caf.fr/', true],
    ['mairie-évry.fr', 'https://www.mairie-évry.fr/', true],
    ['caf.fr', 'not a url', false],
    ['(bad', 'https://caf.fr/', false],
  ])('%s vs %s → %s', (pattern, url, expected) => {
    expect(matchesSitePattern(pattern, url)).toBe(expected);
  });

  it('accepts parsed patterns and URL objects', () => {
    const r = parseSitePattern('*://*.caf.fr/*');
    expect(r.ok).toBe(true);
    if (r.ok) expect(matchesSitePattern(r.pattern, new URL('https://a.caf.fr/b'))).toBe(true);
    expect(firstMatchingPattern(['msa.fr', 'caf.fr'], 'https://caf.fr/')).toBe('caf.fr');
    expect(firstMatchingPattern(['(bad', 'caf.fr'], 'https://www.caf.fr/')).toBe('caf.fr');
    expect(firstMatchingPattern([], 'https://caf.fr/')).toBeNull();
  });

  it('an explicit scheme is exact; * means http or https and nothing else', () => {
    expect(matchesSitePattern('https://caf.fr/*', 'http://caf.fr/')).toBe(false);
    expect(matchesSitePattern('http://caf.fr/*', 'https://caf.fr/')).toBe(false);
    expect(matchesSitePattern('*://caf.fr/*', 'http://caf.fr/x')).toBe(true);
    expect(matchesSitePattern('*://caf.fr/*', 'ftp://caf.fr/x')).toBe(false);
  });

  it('*.host is the domain and its subdomains on whole labels; an exact host is only that host', () => {
    const p = '*://*.caf.fr/*';
    expect(matchesSitePattern(p, 'https://a.b.caf.fr/')).toBe(true);
    expect(matchesSitePattern(p, 'https://evil-caf.fr/')).toBe(false);
    expect(matchesSitePattern(p, 'https://xcaf.fr/')).toBe(false);
    expect(matchesSitePattern('*://caf.fr/*', 'https://www.caf.fr/')).toBe(false);
  });

  it('userinfo cannot smuggle a host', () => {
    expect(matchesSitePattern('*://*.caf.fr/*', 'https://caf.fr@evil.com/')).toBe(false);
    expect(matchesSitePattern('*://*.caf.fr/*', 'https://user:caf.fr@evil.com/allocataires')).toBe(false);
    expect(matchesSitePattern('caf.fr', 'https://caf.fr@evil.com/')).toBe(false);
    expect(matchesSitePattern('*://*.evil.com/*', 'https://caf.fr@evil.com/')).toBe(true);
  });

  it('ignores ports, normalises host case and trailing dot, compares in punycode', () => {
    expect(matchesSitePattern('*://*.caf.fr/x*', 'https://www.caf.fr:8443/x')).toBe(true);
    expect(matchesSitePattern('*://*.caf.fr/x*', 'https://WWW.CAF.FR./x')).toBe(true);
    expect(matchesSitePattern('*://*.été.fr/*', 'https://www.xn--t-9fab.fr/')).toBe(true);
  });

  it('matches the path glob on pathname + query, case-insensitively, never the fragment', () => {
    expect(matchesSitePattern('*://a.fr/sim', 'https://a.fr/sim?x=1')).toBe(false);
    expect(matchesSitePattern('*://a.fr/sim*', 'https://a.fr/sim?x=1')).toBe(true);
    expect(matchesSitePattern('*://a.fr/*?step=2', 'https://a.fr/form?step=2')).toBe(true);
    expect(matchesSitePattern('*://a.fr/*simulateur*', 'https://a.fr/page#simulateur')).toBe(false);
    expect(matchesSitePattern('*://a.fr/*simulateur*', 'https://a.fr/SimulateurAPL')).toBe(true);
    expect(matchesSitePattern('*://a.fr/AttestationHebergement*', 'https://a.fr/attestationhebergement')).toBe(true);
    expect(matchesSitePattern('*://a.fr/x/*/z', 'https://a.fr/x/y1/y2/z')).toBe(true);
    expect(matchesSitePattern('*://a.fr/x/*/z', 'https://a.fr/x/y/z/w')).toBe(false);
  });

  it('include/exclude lists: excludes win', () => {
    expect(matchesList('https://a.fr/sim/x', ['a.fr'], [])).toBe(true);
    expect(matchesList('https://a.fr/sim/x', ['a.fr'], ['*://a.fr/sim/*'])).toBe(false);
    expect(matchesList('https://b.fr/sim/x', ['a.fr'], [])).toBe(false);
  });

  it('parseWebUrl keeps web URLs only', () => {
    expect(parseWebUrl('https://WWW.Caf.fr./A?B#c')).toEqual({ scheme: 'https', host: 'www.caf.fr', pathAndQuery: '/a?b' });
    for (const url of ['chrome://extensions', 'file:///etc/passwd', 'not a url', '', `https://a.fr/${'a'.repeat(9000)}`]) {
      expect(parseWebUrl(url), url.slice(0, 30)).toBeNull();
    }
  });

  it('globMatch answers on hostile input (a backtracking matcher would not finish within the test timeout)', () => {
    const glob = `/${'*a'.repeat(200)}b`;
    const text = `/${'a'.repeat(5000)}`;
    expect(globMatch(glob, text)).toBe(false);
    expect(globMatch('/*', '/')).toBe(true);
    expect(globMatch('/a*c', '/abbbc')).toBe(true);
    expect(globMatch('/a*c', '/abbbd')).toBe(false);
  });
});
