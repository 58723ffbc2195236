import { KeepList, hostOf } from './sites';
import type { Engine, WipeDataType, WipeOptions } from './types';

/**
 * The per-browser wipe plan, in pure code. Measured on Chromium 156 and Firefox ESR 153
 * (../../shared/notes/browsers.md):
 *  - Chromium: `since` works for every type; `origins`/`excludeOrigins` only for site data (cookies, storage,
 *    cache) and a call mixing them with history/downloads/formData/passwords is refused.
 *  - Firefox: `since` works for history, downloads, formData, passwords, cookies, serviceWorkers, cache;
 *    localStorage refuses `since` (and takes the whole call down with it), indexedDB ignores it (it would wipe
 *    older databases of untouched sites), so those two go by `hostnames` only. Cache storage has no key at all:
 *    it is cleared from inside the pages (see in-page.ts).
 * Two passes in both browsers: everything since the session started, plus the session's sites regardless of
 * age (a site whose data predates the session but that was used during it is cleaned too).
 */
export interface RemovalFilter {
  since?: number;
  origins?: string[];
  excludeOrigins?: string[];
  hostnames?: string[];
}

export type PlanStep =
  | { kind: 'browsingData'; label: string; items: WipeDataType[]; filter: RemovalFilter }
  /** Firefox has no `excludeOrigins`: with a keep-list, cookies are removed one by one through the cookies API. */
  | { kind: 'cookieSweep'; label: string; items: ['cookies']; keep: string[]; since?: number };

export interface WipePlan {
  engine: Engine;
  steps: PlanStep[];
  /** Items whose removal happens (also or only) from inside the session's pages. */
  inPage: WipeDataType[];
  /** Items this browser cannot remove at all with the chosen settings (reported, never faked). */
  unsupported: WipeDataType[];
}

/** browsingData keys per item and browser. */
export function dataTypeKeys(engine: Engine, item: WipeDataType): string[] {
  if (engine === 'chromium') {
    if (item === 'indexedDB') return ['indexedDB', 'fileSystems', 'webSQL'];
    return [item];
  }
  if (item === 'cacheStorage') return [];
  return [item];
}

const CHROMIUM_SITE_TYPES: readonly WipeDataType[] = ['cookies', 'localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers', 'cache'];
const FIREFOX_SINCE_TYPES: readonly WipeDataType[] = ['history', 'downloads', 'formData', 'passwords', 'cookies', 'serviceWorkers', 'cache'];
const FIREFOX_HOST_TYPES: readonly WipeDataType[] = ['cookies', 'localStorage', 'indexedDB', 'serviceWorkers'];

export interface PlanInput {
  engine: Engine;
  startedAt: number;
  sites: readonly string[];
  options: WipeOptions;
}

export function buildPlan({ engine, startedAt, sites, options }: PlanInput): WipePlan {
  const keep = new KeepList(options.keepSites);
  const enabled = (Object.keys(options.dataTypes) as WipeDataType[]).filter((t) => options.dataTypes[t]);
  const on = (list: readonly WipeDataType[]) => enabled.filter((t) => list.includes(t));
  const wipedSites = sites.filter((s) => !keep.keeps(s));
  const since = options.scope === 'session' ? startedAt : undefined;
  const steps: PlanStep[] = [];
  const withSince = (filter: RemovalFilter): RemovalFilter => (since === undefined ? filter : { since, ...filter });

  if (engine === 'chromium') {
    const siteTypes = on(CHROMIUM_SITE_TYPES);
    const browserTypes = enabled.filter((t) => !CHROMIUM_SITE_TYPES.includes(t));
    if (keep.empty) {
      if (enabled.length) steps.push({ kind: 'browsingData', label: 'time', items: enabled, filter: withSince({}) });
    } else {
      const excludeOrigins = keep.excludeOrigins(sites);
      if (siteTypes.length) steps.push({ kind: 'browsingData', label: 'time-sites', items: siteTypes, filter: withSince({ excludeOrigins }) });
      if (browserTypes.length) steps.push({ kind: 'browsingData', label: 'time-browser', items: browserTypes, filter: withSince({}) });
    }
    if (since !== undefined && wipedSites.length && siteTypes.length) {
      steps.push({ kind: 'browsingData', label: 'sites', items: siteTypes, filter: { origins: wipedSites } });
    }
    return { engine, steps, inPage: on(['localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers']), unsupported: [] };
  }

  // Firefox
  const hosts = [...new Set(wipedSites.map(hostOf).filter((h) => h && !keep.keepsHost(h)))];
  const timeTypes = on(FIREFOX_SINCE_TYPES).filter((t) => keep.empty || t !== 'cookies');
  if (since !== undefined) {
    if (timeTypes.length) steps.push({ kind: 'browsingData', label: 'time', items: timeTypes, filter: { since } });
    if (!keep.empty && enabled.includes('cookies')) {
      steps.push({ kind: 'cookieSweep', label: 'cookies-time', items: ['cookies'], keep: options.keepSites, since });
    }
  } else if (keep.empty) {
    const all = enabled.filter((t) => t !== 'cacheStorage');
    if (all.length) steps.push({ kind: 'browsingData', label: 'all', items: all, filter: {} });
  } else {
    const browserOnly = on(['history', 'downloads', 'formData', 'passwords', 'cache']);
    if (browserOnly.length) steps.push({ kind: 'browsingData', label: 'all-browser', items: browserOnly, filter: {} });
    if (enabled.includes('cookies')) steps.push({ kind: 'cookieSweep', label: 'cookies-all', items: ['cookies'], keep: options.keepSites });
  }
  const hostTypes = on(FIREFOX_HOST_TYPES);
  if (hosts.length && hostTypes.length) {
    // localStorage never travels with `since` (Firefox rejects the whole call); hostnames carry no `since`.
    steps.push({ kind: 'browsingData', label: 'sites', items: hostTypes, filter: { hostnames: hosts } });
  }
  return {
    engine,
    steps,
    inPage: on(['localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers']),
    unsupported: [],
  };
}

/** The DataTypeSet for one step: never an empty set, never a key this browser rejects. */
export function dataTypeSet(engine: Engine, items: readonly WipeDataType[]): Record<string, true> {
  const out: Record<string, true> = {};
  for (const item of items) for (const key of dataTypeKeys(engine, item)) out[key] = true;
  return out;
}
