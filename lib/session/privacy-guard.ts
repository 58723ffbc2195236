import { PRIVACY_KEYS, type GuardStatus, type PrivacyKey, type PrivacySnapshot } from './record';

/** The slice of `browser.privacy.services` the guard needs; null when this browser has no such switch. */
export interface PrivacyApi {
  get(key: PrivacyKey): Promise<PrivacySnapshot | null>;
  set(key: PrivacyKey, value: boolean): Promise<void>;
  clear(key: PrivacyKey): Promise<void>;
}

export interface GuardOutcome {
  before: Partial<Record<PrivacyKey, PrivacySnapshot>>;
  guard: Partial<Record<PrivacyKey, GuardStatus>>;
}

/**
 * Turns every switch off and reads it back. `set()` resolves without doing anything when a browser policy
 * holds the setting (measured in Chromium and Firefox), so the read-back, not the promise, decides.
 */
export async function turnOffSavingAndAutofill(api: PrivacyApi): Promise<GuardOutcome> {
  const outcome: GuardOutcome = { before: {}, guard: {} };
  for (const key of PRIVACY_KEYS) {
    let before: PrivacySnapshot | null;
    try {
      before = await api.get(key);
    } catch {
      outcome.guard[key] = 'failed';
      continue;
    }
    if (!before) {
      outcome.guard[key] = 'unavailable';
      continue;
    }
    outcome.before[key] = before;
    if (before.levelOfControl === 'not_controllable') {
      outcome.guard[key] = before.value ? 'locked_on_by_policy' : 'already_off_by_policy';
      continue;
    }
    if (before.levelOfControl === 'controlled_by_other_extensions') {
      outcome.guard[key] = before.value ? 'controlled_by_other' : 'guarded';
      continue;
    }
    try {
      await api.set(key, false);
      const after = await api.get(key);
      outcome.guard[key] = after && !after.value ? 'guarded' : 'failed';
    } catch {
      outcome.guard[key] = 'failed';
    }
  }
  return outcome;
}

export interface RestoreOutcome {
  restored: PrivacyKey[];
  keptOff: PrivacyKey[];
  failed: PrivacyKey[];
}

/**
 * Gives each switch back as it was. If we did not hold it before the session, we release it (`clear`) so the
 * person's own browser preference shows through again; if we already held it (an "always off" setting from a
 * previous run), we put back the value we held.
 */
export async function restoreSavingAndAutofill(
  api: PrivacyApi,
  before: Partial<Record<PrivacyKey, PrivacySnapshot>>,
  guard: Partial<Record<PrivacyKey, GuardStatus>>,
  options: { keepOff: boolean },
): Promise<RestoreOutcome> {
  const outcome: RestoreOutcome = { restored: [], keptOff: [], failed: [] };
  for (const key of PRIVACY_KEYS) {
    const snapshot = before[key];
    if (!snapshot || guard[key] !== 'guarded') continue;
    if (snapshot.levelOfControl === 'controlled_by_other_extensions' || snapshot.levelOfControl === 'not_controllable') continue;
    try {
      if (options.keepOff) {
        await api.set(key, false);
        outcome.keptOff.push(key);
        continue;
      }
      if (snapshot.levelOfControl === 'controlled_by_this_extension') await api.set(key, snapshot.value);
      else await api.clear(key);
      const now = await api.get(key);
      if (now && now.value === snapshot.value) outcome.restored.push(key);
      else outcome.failed.push(key);
    } catch {
      outcome.failed.push(key);
    }
  }
  return outcome;
}

/** Outside sessions, when the structure wants password saving off for good. */
export async function holdPasswordSavingOff(api: PrivacyApi): Promise<GuardStatus> {
  const outcome = await turnOffSavingAndAutofill({
    ...api,
    get: (key) => (key === 'passwordSavingEnabled' ? api.get(key) : Promise.resolve(null)),
  });
  return outcome.guard.passwordSavingEnabled ?? 'unavailable';
}
