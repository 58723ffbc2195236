import { loadEffectiveSettings, watchSettings, type EffectiveSettings, type Settings } from '../policy';

/**
 * One cached copy of the effective settings (defaults ← helper ← structure) for the whole background,
 * re-read when managed storage or the helper's options change. Reading never throws (lib/policy).
 */
export function createSettingsService() {
  let current: Promise<EffectiveSettings> = loadEffectiveSettings();
  const listeners: ((effective: EffectiveSettings) => void)[] = [];
  watchSettings((effective) => {
    current = Promise.resolve(effective);
    listeners.forEach((listener) => listener(effective));
  });
  return {
    effective: (): Promise<EffectiveSettings> => current,
    settings: async (): Promise<Settings> => (await current).settings,
    onChange(listener: (effective: EffectiveSettings) => void) {
      listeners.push(listener);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
