import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan, dataTypeSet, type PlanStep } from '../../../lib/wipe/plan';
import { defaultWipeOptions, WIPE_DATA_TYPES, type WipeOptions } from '../../../lib/wipe/types';

const A = 'http://127.0.0.1:8080';
const B = 'https://www.caf.fr';
const INTRANET = 'https://intranet.structure.fr';
const START = 1_700_000_000_000;

function opts(patch: Partial<WipeOptions> = {}): WipeOptions {
  return { ...defaultWipeOptions(), ...patch };
}

function browsingSteps(steps: PlanStep[]) {
  return steps.filter((s): s is Extract<PlanStep, { kind: 'browsingData' }> => s.kind === 'browsingData');
}

describe('Chromium plan', () => {
  it('session scope: everything since the start, plus the session sites regardless of age', () => {
    const plan = buildPlan({ engine: 'chromium', startedAt: START, sites: [A, B], options: opts() });
    expect(plan.steps).toEqual([
      { kind: 'browsingData', label: 'time', items: [...WIPE_DATA_TYPES], filter: { since: START } },
      {
        kind: 'browsingData',
        label: 'sites',
        items: ['cookies', 'localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers', 'cache'],
        filter: { origins: [A, B] },
      },
    ]);
    expect(dataTypeSet('chromium', ['indexedDB'])).toEqual({ indexedDB: true, fileSystems: true, webSQL: true });
  });

  it('keep-list: kept origins excluded from site data (excludeOrigins), never from a type that refuses origin filters', () => {
    const plan = buildPlan({ engine: 'chromium', startedAt: START, sites: [A, INTRANET], options: opts({ keepSites: ['intranet.structure.fr'] }) });
    const [siteTime, browserTime, sites] = browsingSteps(plan.steps);
    expect(siteTime!.filter.excludeOrigins).toEqual(expect.arrayContaining([INTRANET, 'https://intranet.structure.fr']));
    expect(siteTime!.items).not.toContain('history');
    expect(browserTime!.filter).toEqual({ since: START });
    expect(browserTime!.items).toEqual(['history', 'downloads', 'formData', 'passwords']);
    expect(sites!.filter).toEqual({ origins: [A] });
  });

  it('scope all: no time filter, no need for a per-site pass', () => {
    const plan = buildPlan({ engine: 'chromium', startedAt: START, sites: [A], options: opts({ scope: 'all' }) });
    expect(plan.steps).toEqual([{ kind: 'browsingData', label: 'time', items: [...WIPE_DATA_TYPES], filter: {} }]);
  });

  it('types turned off by the structure are in no call', () => {
    const dataTypes = { ...defaultWipeOptions().dataTypes, passwords: false, cookies: false };
    const plan = buildPlan({ engine: 'chromium', startedAt: START, sites: [A], options: opts({ dataTypes }) });
    for (const step of plan.steps) expect(step.items).not.toEqual(expect.arrayContaining(['passwords']));
    for (const step of plan.steps) expect(step.items).not.toContain('cookies');
  });
});

describe('Firefox plan', () => {
  it('session scope: since for what honours it; localStorage and indexedDB by host name only; no cacheStorage key', () => {
    const plan = buildPlan({ engine: 'firefox', startedAt: START, sites: [A, B], options: opts() });
    expect(plan.steps).toEqual([
      {
        kind: 'browsingData',
        label: 'time',
        items: ['history', 'downloads', 'cookies', 'serviceWorkers', 'cache', 'formData', 'passwords'],
        filter: { since: START },
      },
      { kind: 'browsingData', label: 'sites', items: ['cookies', 'localStorage', 'indexedDB', 'serviceWorkers'], filter: { hostnames: ['127.0.0.1', 'www.caf.fr'] } },
    ]);
    expect(plan.inPage).toContain('cacheStorage');
    expect(dataTypeSet('firefox', ['cacheStorage', 'indexedDB'])).toEqual({ indexedDB: true });
  });

  it('keep-list: no time-based cookie removal (it would log the helper out of the intranet); a cookie sweep instead', () => {
    const plan = buildPlan({ engine: 'firefox', startedAt: START, sites: [A, INTRANET], options: opts({ keepSites: ['https://intranet.structure.fr/*'] }) });
    const time = browsingSteps(plan.steps).find((s) => s.label === 'time')!;
    expect(time.items).not.toContain('cookies');
    expect(plan.steps.find((s) => s.kind === 'cookieSweep')).toMatchObject({ since: START });
    expect(browsingSteps(plan.steps).find((s) => s.label === 'sites')!.filter).toEqual({ hostnames: ['127.0.0.1'] });
  });

  it('scope all without keep-list: one unfiltered call', () => {
    const plan = buildPlan({ engine: 'firefox', startedAt: START, sites: [A], options: opts({ scope: 'all' }) });
    expect(plan.steps[0]).toEqual({ kind: 'browsingData', label: 'all', items: WIPE_DATA_TYPES.filter((t) => t !== 'cacheStorage'), filter: {} });
  });
});

describe('plan invariants (any settings, any sites)', () => {
  const optionsArb = fc.record({
    scope: fc.constantFrom('session' as const, 'all' as const),
    dataTypes: fc.record(Object.fromEntries(WIPE_DATA_TYPES.map((t) => [t, fc.boolean()])) as Record<(typeof WIPE_DATA_TYPES)[number], fc.Arbitrary<boolean>>),
    deleteDownloadedFiles: fc.boolean(),
    closeTabsAtEnd: fc.boolean(),
    keepSites: fc.array(fc.constantFrom('caf.fr', 'https://intranet.structure.fr/*', '127.0.0.1', 'localhost'), { maxLength: 3 }),
  });
  const sitesArb = fc.array(fc.constantFrom(A, B, INTRANET, 'http://localhost:8080', 'https://impots.gouv.fr'), { maxLength: 5 }).map((s) => [...new Set(s)]);

  it('Firefox never sends localStorage or indexedDB with since, never cacheStorage; Chromium never mixes browser types with origin filters', () => {
    fc.assert(
      fc.property(optionsArb, sitesArb, fc.constantFrom('chromium' as const, 'firefox' as const), (options, sites, engine) => {
        const plan = buildPlan({ engine, startedAt: START, sites, options });
        for (const step of browsingSteps(plan.steps)) {
          const keys = Object.keys(dataTypeSet(engine, step.items));
          expect(keys.length).toBeGreaterThan(0);
          for (const item of step.items) expect(options.dataTypes[item]).toBe(true);
          if (engine === 'firefox') {
            if (step.filter.since !== undefined) expect(keys).not.toEqual(expect.arrayContaining(['localStorage']));
            if (step.filter.since !== undefined) expect(keys).not.toContain('indexedDB');
            expect(keys).not.toContain('cacheStorage');
            expect(step.filter.origins).toBeUndefined();
            expect(step.filter.excludeOrigins).toBeUndefined();
          } else {
            expect(step.filter.hostnames).toBeUndefined();
            if (step.filter.origins || step.filter.excludeOrigins) {
              expect(keys.every((k) => ['cookies', 'localStorage', 'indexedDB', 'fileSystems', 'webSQL', 'cacheStorage', 'serviceWorkers', 'cache'].includes(k))).toBe(true);
            }
          }
          // Kept sites are never a removal target.
          for (const origin of step.filter.origins ?? []) expect(options.keepSites.some((k) => origin.includes(k.replace('https://', '').replace('/*', '')))).toBe(false);
          // Scope session always has a time limit or a site list.
          if (options.scope === 'session') expect(step.filter.since !== undefined || step.filter.origins || step.filter.hostnames).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});
