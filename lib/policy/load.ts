import { browser } from 'wxt/browser';
import type { SettingKey, Settings } from './catalog';
import { mergeSettings, type SettingSource } from './merge';
import { makeProblem, parsePolicy, ROOT_KEY, type Problem } from './parse';

/** storage.local key holding the helper's options (only the keys they changed from the defaults). */
export const SETTINGS_STORAGE_KEY = 'settings.v1';

/** Small seam over the browser so loading is testable and the options page can reuse it. */
export interface SettingsAdapter {
  /** The whole managed area (`storage.managed.get(null)`). May throw (Firefox without policy). */
  readManaged(): Promise<unknown>;
  /** The helper's stored options object (value under SETTINGS_STORAGE_KEY), or undefined. */
  readLocal(): Promise<unknown>;
  /** Replaces the helper's stored options. */
  writeLocal?(values: Partial<Settings>): Promise<void>;
  /** Calls `listener` when managed storage or the helper's options change; returns an unsubscribe function. */
  subscribe?(listener: () => void): () => void;
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the structure (managed policy): read-only for the helper. */
  locked: SettingKey[];
  sources: Record<SettingKey, SettingSource>;
  /** Problems in the structure's policy (and failure to read it). Shown to the helper in French. */
  problems: Problem[];
  /** Problems in the helper's own stored options (corrupted storage, old versions): ignored values. */
  helperProblems: Problem[];
  helperCanChangeSettings: boolean;
  /** The helper's valid stored values (before merging). */
  helperValues: Partial<Settings>;
  /** True when a managed policy object with at least one key was read. */
  managedPresent: boolean;
}

export interface LoadOptions {
  /** Managed storage can be slow at browser start-up; after this delay we go on without it. */
  timeoutMs?: number;
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Firefox rejects storage.managed.get when no policy/manifest exists for the extension: that just means "no policy". */
export function isNoManagedStorageError(e: unknown): boolean {
  const msg = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return /managed storage manifest not found|no managed storage|storage\.managed is not/i.test(msg);
}

/** Turns a synchronous throw from the adapter into a rejection. */
async function safeCall(fn: () => Promise<unknown>): Promise<unknown> {
  return await fn();
}

/**
 * Reads managed policy + helper options and merges them over the defaults.
 * Never throws: any failure degrades to defaults (+ helper options) and is reported in `problems`.
 */
export async function loadEffectiveSettings(adapter: SettingsAdapter = browserSettingsAdapter(), options: LoadOptions = {}): Promise<EffectiveSettings> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const problems: Problem[] = [];
  let managedRaw: unknown = undefined;
  try {
    const r = await withTimeout(safeCall(() => adapter.readManaged()), timeoutMs);
    if (r === TIMEOUT) problems.push({ ...makeProblem(ROOT_KEY, 'read_timeout'), source: 'managed' });
    else managedRaw = r ?? undefined;
  } catch (e) {
    if (!isNoManagedStorageError(e)) problems.push({ ...makeProblem(ROOT_KEY, 'read_failed'), source: 'managed' });
  }

  let localRaw: unknown = undefined;
  const helperProblems: Problem[] = [];
  try {
    const r = await withTimeout(safeCall(() => adapter.readLocal()), timeoutMs);
    if (r === TIMEOUT) helperProblems.push({ ...makeProblem(ROOT_KEY, 'read_timeout'), source: 'local' });
    else localRaw = r ?? undefined;
  } catch {
    helperProblems.push({ ...makeProblem(ROOT_KEY, 'read_failed'), source: 'local' });
  }

  const managed = parsePolicy(managedRaw, { source: 'managed' });
  const helper = parsePolicy(localRaw, { source: 'local' });
  problems.push(...managed.problems);
  helperProblems.push(...helper.problems);
  const merged = mergeSettings({ managed: managed.values, helper: helper.values });
  const managedPresent =
    typeof managedRaw === 'object' && managedRaw !== null && Object.keys(managedRaw as object).length > 0;
  return {
    settings: merged.settings,
    locked: merged.locked,
    sources: merged.sources,
    problems,
    helperProblems,
    helperCanChangeSettings: merged.helperCanChangeSettings,
    helperValues: helper.values,
    managedPresent,
  };
}

/** The real adapter: `browser.storage.managed` / `browser.storage.local`. Safe in Chrome and Firefox. */
export function browserSettingsAdapter(): SettingsAdapter {
  return {
    async readManaged() {
      const area = browser.storage?.managed;
      if (!area) return undefined;
      return await area.get(null);
    },
    async readLocal() {
      const got = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
      return got?.[SETTINGS_STORAGE_KEY];
    },
    async writeLocal(values) {
      await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: values });
    },
    subscribe(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'managed' || (area === 'local' && Object.prototype.hasOwnProperty.call(changes, SETTINGS_STORAGE_KEY))) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export interface WatchOptions extends LoadOptions {
  adapter?: SettingsAdapter;
  /** Several changes in a row (policy refresh) trigger one reload. */
  debounceMs?: number;
}

/**
 * Calls `callback` with fresh effective settings whenever the managed policy or the helper's options change.
 * Returns a function that stops watching. The callback is not called initially: call `loadEffectiveSettings` for that.
 */
export function watchSettings(callback: (effective: EffectiveSettings) => void, options: WatchOptions = {}): () => void {
  const adapter = options.adapter ?? browserSettingsAdapter();
  const debounceMs = options.debounceMs ?? 50;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let generation = 0;
  const unsubscribe =
    adapter.subscribe?.(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const mine = ++generation;
        void loadEffectiveSettings(adapter, options).then((eff) => {
          // Drop stale results if another change started a newer load.
          if (!stopped && mine === generation) {
            try {
              callback(eff);
            } catch (e) {
              console.error('Parenthèse: settings watcher failed', e);
            }
          }
        });
      }, debounceMs);
    }) ?? (() => {});
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}
