import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeSettings, parsePolicy, SettingsSchema, type Settings } from '../../../lib/policy';

/**
 * Every file in tests/fixtures/policies is a policy the structure could send (valid or broken) with
 * the problems and effective settings we expect. A string "<<repeat N x>>" anywhere in a fixture
 * (value or key) expands to x repeated N times, so 1 MB inputs need not be committed.
 */
const dir = new URL('../../fixtures/policies/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

interface Fixture {
  description: string;
  policy: unknown;
  expect: { problems: string[]; settings?: Partial<Settings> };
}

function expand(v: unknown): unknown {
  const rep = (s: string) => {
    const m = /^<<repeat (\d+) (.+)>>$/s.exec(s);
    return m ? m[2]!.repeat(Number(m[1])) : s;
  };
  if (typeof v === 'string') return rep(v);
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, rep(k), { value: expand((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

function longestRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = i > 0 && s[i] === s[i - 1] ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

describe('policy fixtures', () => {
  it('has at least 30 malformed fixtures and some valid ones', () => {
    const fixtures = files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Fixture);
    expect(fixtures.filter((f) => f.expect.problems.length > 0).length).toBeGreaterThanOrEqual(30);
    expect(fixtures.filter((f) => f.expect.problems.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s', (file) => {
    const fixture = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Fixture;
    expect(typeof fixture.description).toBe('string');
    const policy = expand(fixture.policy);

    let result!: ReturnType<typeof parsePolicy>;
    expect(() => (result = parsePolicy(policy))).not.toThrow();
    const keys = [...new Set(result.problems.map((p) => p.key))].sort();
    expect(keys, fixture.description).toEqual([...fixture.expect.problems].sort());

    const { settings } = mergeSettings({ managed: result.values });
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
    if (fixture.expect.settings) expect(settings).toMatchObject(fixture.expect.settings);

    for (const p of result.problems) {
      expect(p.reason).toMatch(/^[A-ZÀ-Ý]/u); // a French sentence…
      expect(p.reason.length).toBeLessThan(300);
      expect(p.source).toBe('managed');
      // …that never carries the bad value: excerpts are short, keys truncated.
      expect(p.excerpt?.length ?? 0).toBeLessThanOrEqual(30);
      expect(p.key.length).toBeLessThanOrEqual(60);
    }
    // Nothing in the report repeats a long run of the input (the 1 MB strings).
    expect(longestRun(JSON.stringify(result.problems))).toBeLessThan(80);
    // Prototype pollution attempts have no effect.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
  });
});
