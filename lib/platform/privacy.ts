import { browser } from 'wxt/browser';
import type { PrivacyApi } from '../session/privacy-guard';
import { LEVELS_OF_CONTROL, type LevelOfControl, type PrivacyKey } from '../session/record';

interface BrowserSetting {
  get(details: object): Promise<{ value: unknown; levelOfControl: string }>;
  set(details: { value: unknown }): Promise<void>;
  clear(details: object): Promise<void>;
}

function settingFor(key: PrivacyKey): BrowserSetting | null {
  // Firefox has only passwordSavingEnabled; feature-detect rather than branch on the browser name.
  const services = (browser.privacy as unknown as { services?: Record<string, BrowserSetting | undefined> } | undefined)?.services;
  return services?.[key] ?? null;
}

export const browserPrivacyApi: PrivacyApi = {
  async get(key) {
    const setting = settingFor(key);
    if (!setting) return null;
    const { value, levelOfControl } = await setting.get({});
    if (typeof value !== 'boolean' || !LEVELS_OF_CONTROL.includes(levelOfControl as LevelOfControl)) return null;
    return { value, levelOfControl: levelOfControl as LevelOfControl };
  },
  async set(key, value) {
    const setting = settingFor(key);
    if (!setting) throw new Error(`privacy.services.${key} is not available`);
    await setting.set({ value });
  },
  async clear(key) {
    const setting = settingFor(key);
    if (!setting) throw new Error(`privacy.services.${key} is not available`);
    await setting.clear({});
  },
};
