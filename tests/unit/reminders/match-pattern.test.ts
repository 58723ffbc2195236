import { describe, expect, it } from 'vitest';
import { compilePattern, globMatch, matchesList, matchesPattern } from '../../../lib/reminders/match-pattern';

describe('match patterns', () => {
  it('scheme * means http or https, nothing else', () => {
    expect(matchesPattern('*://caf.fr/*', 'https://caf.fr/x')).toBe(true);
    expect(matchesPattern('*://caf.fr/*', 'http://caf.fr/x')).toBe(true);
    expect(matchesPattern('*://caf.fr/*', 'ftp://caf.fr/x')).toBe(false);
    expect(matchesPattern('*://caf.fr/*', 'file:///caf.fr/x')).toBe(false);
  });

  it('an explicit scheme is exact', () => {
    expect(matchesPattern('https://caf.fr/*', 'https://caf.fr/')).toBe(true);
    expect(matchesPattern('https://caf.fr/*', 'http://caf.fr/')).toBe(false);
    expect(matchesPattern('http://caf.fr/*', 'https://caf.fr/')).toBe(false);
  });

  it('*.host matches the domain and its subdomains, on whole labels', () => {
    const p = '*://*.caf.fr/*';
    expect(matchesPattern(p, 'https://caf.fr/')).toBe(true);
    expect(matchesPattern(p, 'https://wwwd.caf.fr/wps/portal')).toBe(true);
    expect(matchesPattern(p, 'https://a.b.caf.fr/')).toBe(true);
    expect(matchesPattern(p, 'https://evil-caf.fr/')).toBe(false);
    expect(matchesPattern(p, 'https://caf.fr.evil.com/')).toBe(false);
    expect(matchesPattern(p, 'https://xcaf.fr/')).toBe(false);
  });

  it('an exact host does not match subdomains', () => {
    expect(matchesPattern('*://caf.fr/*', 'https://www.caf.fr/')).toBe(false);
  });

  it('userinfo cannot smuggle a host', () => {
    expect(matchesPattern('*://*.caf.fr/*', 'https://caf.fr@evil.com/')).toBe(false);
    expect(matchesPattern('*://*.caf.fr/*', 'https://user:caf.fr@evil.com/allocataires')).toBe(false);
    expect(matchesPattern('caf.fr', 'https://caf.fr@evil.com/')).toBe(false);
    expect(matchesPattern('*://*.evil.com/*', 'https://caf.fr@evil.com/')).toBe(true);
  });

  it('ports are ignored; host case and trailing dot are normalised', () => {
    expect(matchesPattern('*://*.caf.fr/x*', 'https://www.caf.fr:8443/x')).toBe(true);
    expect(matchesPattern('*://*.caf.fr/x*', 'https://WWW.CAF.FR./x')).toBe(true);
  });

  it('path glob covers pathname + query, not the fragment; case-insensitive', () => {
    expect(matchesPattern('*://a.fr/sim', 'https://a.fr/sim?x=1')).toBe(false);
    expect(matchesPattern('*://a.fr/sim*', 'https://a.fr/sim?x=1')).toBe(true);
    expect(matchesPattern('*://a.fr/*?step=2', 'https://a.fr/form?step=2')).toBe(true);
    expect(matchesPattern('*://a.fr/*simulateur*', 'https://a.fr/page#simulateur')).toBe(false);
    expect(matchesPattern('*://a.fr/*simulateur*', 'https://a.fr/SimulateurAPL')).toBe(true);
    expect(matchesPattern('*://a.fr/x/*/z', 'https://a.fr/x/y1/y2/z')).toBe(true);
    expect(matchesPattern('*://a.fr/x/*/z', 'https://a.fr/x/y/z/w')).toBe(false);
  });

  it('plain host suffixes mean host and subdomains, any path (or a path prefix)', () => {
    expect(matchesPattern('caf.fr', 'https://caf.fr/')).toBe(true);
    expect(matchesPattern('caf.fr', 'http://www.caf.fr/a/b?c')).toBe(true);
    expect(matchesPattern('caf.fr', 'https://evil-caf.fr/')).toBe(false);
    expect(matchesPattern('caf.fr', 'https://caf.fr.evil.com/')).toBe(false);
    expect(matchesPattern('caf.fr/allocataires', 'https://www.caf.fr/allocataires/x')).toBe(true);
    expect(matchesPattern('caf.fr/allocataires', 'https://www.caf.fr/partenaires')).toBe(false);
    expect(matchesPattern('*.caf.fr', 'https://caf.fr/')).toBe(true);
  });

  it('<all_urls> and host * match any web URL', () => {
    expect(matchesPattern('<all_urls>', 'https://anything.example/x')).toBe(true);
    expect(matchesPattern('*://*/*', 'http://127.0.0.1:8080/')).toBe(true);
    expect(matchesPattern('<all_urls>', 'chrome://extensions')).toBe(false);
  });

  it('invalid patterns and URLs never match and never throw', () => {
    for (const p of ['', '   ', 'ftp://caf.fr/*', '*://ca*f.fr/*', '*://caf.fr:443/*', 'https://', '*://*.', 'not a pattern at all']) {
      expect(compilePattern(p), p).toBeNull();
      expect(matchesPattern(p, 'https://caf.fr/'), p).toBe(false);
    }
    expect(matchesPattern('caf.fr', 'not a url')).toBe(false);
    expect(matchesPattern('caf.fr', '')).toBe(false);
  });

  it('internationalised hosts are compared in punycode', () => {
    expect(matchesPattern('*://*.été.fr/*', 'https://www.xn--t-9fab.fr/')).toBe(true);
  });

  it('excludes win over includes', () => {
    expect(matchesList('https://a.fr/sim/x', ['a.fr'], [])).toBe(true);
    expect(matchesList('https://a.fr/sim/x', ['a.fr'], ['*://a.fr/sim/*'])).toBe(false);
  });

  it('glob matching stays fast on adversarial input', () => {
    const text = 'a'.repeat(20_000);
    const start = performance.now();
    expect(globMatch(`*${'a*'.repeat(50)}b`, text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
