import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  matchesSitePattern,
  mergeSettings,
  parsePolicy,
  parseSitePattern,
  SETTING_KEYS,
  SettingsSchema,
} from '../../../lib/policy';

// Values that look like what a policy might contain, including the nasty ones.
const nasty = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('__proto__', 'constructor', '', '*', '.*', 'caf.fr', '*://*.caf.fr/*', '\u202e', '\u0000', 'NaN'),
  fc.array(fc.oneof(fc.string(), fc.constantFrom('caf.fr', 'email', 'bank', '(a|b)', '*://x*y.fr/*')), { maxLength: 12 }),
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('history', 'passwords', 'simulatorFr', '__proto__')), fc.jsonValue(), { maxKeys: 6 }),
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
);

const policyLike = fc.dictionary(fc.oneof(fc.constantFrom(...SETTING_KEYS), fc.string(), fc.constant('__proto__')), nasty, { maxKeys: 12 });

describe('property: the parser never throws and always yields valid settings', () => {
  it('random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const r = parsePolicy(raw);
        const { settings } = mergeSettings({ managed: r.values });
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('random policy-shaped objects, as managed and as helper options', () => {
    fc.assert(
      fc.property(policyLike, policyLike, (managedRaw, localRaw) => {
        const managed = parsePolicy(managedRaw);
        const helper = parsePolicy(localRaw, { source: 'local' });
        const { settings, locked } = mergeSettings({ managed: managed.values, helper: helper.values });
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
        // Each returned value is itself valid for its key, and only valid keys lock.
        for (const [k, v] of Object.entries(managed.values)) {
          expect(CATALOG[k as keyof typeof CATALOG].schema.safeParse(v).success).toBe(true);
        }
        expect(locked.every((k) => k in managed.values)).toBe(true);
        for (const p of managed.problems) expect(p.excerpt?.length ?? 0).toBeLessThanOrEqual(30);
      }),
      { numRuns: 500 },
    );
  });

  it('patterns: parse never throws, normalization is idempotent, matching never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), fc.webUrl({ withQueryParameters: true }), (s, url) => {
        const r = parseSitePattern(s);
        if (r.ok) {
          const again = parseSitePattern(r.pattern.normalized);
          expect(again.ok && again.pattern.normalized).toBe(r.pattern.normalized);
        }
        expect(typeof matchesSitePattern(s, url)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('a plain domain always matches its own URLs', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (domain, path) => {
        const r = parseSitePattern(domain);
        fc.pre(r.ok);
        expect(matchesSitePattern(domain, `https://${domain}${path.startsWith('/') ? path : `/${path}`}`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
