import { describe, expect, it } from 'vitest';
import { globMatch, matchesAnySitePattern, matchesSitePattern, parseSitePattern } from '../../../lib/policy/patterns';

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
    expect(matchesAnySitePattern(['msa.fr', 'caf.fr'], 'https://caf.fr/')).toBe(true);
    expect(matchesAnySitePattern([], 'https://caf.fr/')).toBe(false);
  });

  it('globMatch is linear on hostile input', () => {
    const glob = `/${'*a'.repeat(200)}b`;
    const text = `/${'a'.repeat(5000)}`;
    const t0 = Date.now();
    expect(globMatch(glob, text)).toBe(false);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(globMatch('/*', '/')).toBe(true);
    expect(globMatch('/a*c', '/abbbc')).toBe(true);
    expect(globMatch('/a*c', '/abbbd')).toBe(false);
  });
});
