import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  browserSettingsAdapter,
  DEFAULT_SETTINGS,
  loadEffectiveSettings,
  mergeSettings,
  parsePolicy,
  SETTINGS_STORAGE_KEY,
  watchSettings,
  type SettingsAdapter,
} from '../../../lib/policy';

function adapter(managed: () => Promise<unknown>, local: () => Promise<unknown> = async () => undefined): SettingsAdapter {
  return { readManaged: managed, readLocal: local };
}

describe('mergeSettings', () => {
  it('defaults ← helper ← managed; managed keys are locked', () => {
    const r = mergeSettings({
      helper: { idleEndMinutes: 10, structureName: 'Aidant' },
      managed: { structureName: 'Structure', closeTabsAtEnd: false },
    });
    expect(r.settings.structureName).toBe('Structure');
    expect(r.settings.idleEndMinutes).toBe(10);
    expect(r.settings.closeTabsAtEnd).toBe(false);
    expect(r.settings.wipeScope).toBe('session');
    expect(r.locked).toEqual(['structureName', 'closeTabsAtEnd']);
    expect(r.sources.idleEndMinutes).toBe('helper');
    expect(r.sources.wipeScope).toBe('default');
  });

  it('ignores helper options entirely when the policy forbids changes', () => {
    const r = mergeSettings({ helper: { idleEndMinutes: 10 }, managed: { helperCanChangeSettings: false } });
    expect(r.settings.idleEndMinutes).toBe(0);
    expect(r.helperCanChangeSettings).toBe(false);
  });

  it('never lets the helper set a policy-only key', () => {
    const parsed = parsePolicy({ helperCanChangeSettings: false, idleEndMinutes: 5 }, { source: 'local' });
    expect(parsed.values).toEqual({ idleEndMinutes: 5 });
    expect(parsed.problems.map((p) => p.code)).toEqual(['policy_only']);
    expect(mergeSettings({ helper: { helperCanChangeSettings: false } }).settings.helperCanChangeSettings).toBe(true);
  });

  it('does not share mutable state with the defaults', () => {
    const r = mergeSettings();
    r.settings.keepSites.push('caf.fr');
    r.settings.wipeDataTypes.history = false;
    expect(DEFAULT_SETTINGS.keepSites).toEqual([]);
    expect(DEFAULT_SETTINGS.wipeDataTypes.history).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
  });
});

describe('loadEffectiveSettings', () => {
  it('Firefox without policy ("Managed storage manifest not found") = no policy, no problem', async () => {
    const eff = await loadEffectiveSettings(adapter(() => Promise.reject(new Error('Managed storage manifest not found'))));
    expect(eff.problems).toEqual([]);
    expect(eff.locked).toEqual([]);
    expect(eff.settings).toEqual(DEFAULT_SETTINGS);
    expect(eff.managedPresent).toBe(false);
  });

  it('other read errors degrade to defaults and are reported', async () => {
    const eff = await loadEffectiveSettings(
      adapter(
        () => {
          throw new Error('boom');
        },
        async () => ({ idleEndMinutes: 15 }),
      ),
    );
    expect(eff.problems.map((p) => p.code)).toEqual(['read_failed']);
    expect(eff.settings.idleEndMinutes).toBe(15);
  });

  it('a managed read that never answers times out', async () => {
    const eff = await loadEffectiveSettings(adapter(() => new Promise(() => {})), { timeoutMs: 20 });
    expect(eff.problems.map((p) => p.code)).toEqual(['read_timeout']);
    expect(eff.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('null / undefined managed areas are "no policy"', async () => {
    for (const v of [null, undefined, {}]) {
      const eff = await loadEffectiveSettings(adapter(async () => v));
      expect(eff.problems).toEqual([]);
      expect(eff.managedPresent).toBe(false);
    }
  });

  it('merges, locks and reports', async () => {
    const eff = await loadEffectiveSettings(
      adapter(
        async () => ({ idleEndMinutes: 30, wipeScope: 'nope', keepSites: ['caf.fr', '.*'] }),
        async () => ({ idleEndMinutes: 5, structureName: 'Médiathèque', closeTabsAtEnd: 'yes' }),
      ),
    );
    expect(eff.settings.idleEndMinutes).toBe(30);
    expect(eff.settings.structureName).toBe('Médiathèque');
    expect(eff.settings.keepSites).toEqual(['caf.fr']);
    expect(eff.locked).toEqual(['idleEndMinutes', 'keepSites']);
    expect(eff.problems.map((p) => p.key)).toEqual(['wipeScope', 'keepSites[1]']);
    expect(eff.helperProblems.map((p) => p.key)).toEqual(['closeTabsAtEnd']);
    expect(eff.managedPresent).toBe(true);
  });

  it('corrupted helper storage never breaks loading', async () => {
    for (const local of ['garbage', 42, [1, 2], null]) {
      const eff = await loadEffectiveSettings(adapter(async () => ({}), async () => local));
      expect(eff.settings).toEqual(DEFAULT_SETTINGS);
    }
  });
});

describe('browser adapter (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads managed and local storage, writes local', async () => {
    await fakeBrowser.storage.managed.set({ structureName: 'CCAS', idleEndMinutes: 999 });
    await fakeBrowser.storage.local.set({ [SETTINGS_STORAGE_KEY]: { reviewBeforeSubmit: false } });
    const eff = await loadEffectiveSettings();
    expect(eff.settings.structureName).toBe('CCAS');
    expect(eff.settings.reviewBeforeSubmit).toBe(false);
    expect(eff.locked).toEqual(['structureName']);
    expect(eff.problems.map((p) => p.code)).toEqual(['out_of_range']);

    await browserSettingsAdapter().writeLocal!({ idleEndMinutes: 12 });
    expect((await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]).toEqual({ idleEndMinutes: 12 });
  });

  it('watchSettings re-reads on managed and local changes, and stops', async () => {
    const seen: string[] = [];
    const stop = watchSettings((eff) => seen.push(eff.settings.structureName), { debounceMs: 1 });
    await fakeBrowser.storage.managed.set({ structureName: 'Première' });
    await vi.waitFor(() => expect(seen).toEqual(['Première']));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.managed.set({ structureName: 'Seconde' });
    await vi.waitFor(() => expect(seen).toEqual(['Première', 'Seconde']));
    stop();
    await fakeBrowser.storage.managed.set({ structureName: 'Ignorée' });
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toEqual(['Première', 'Seconde']);
  });
});
