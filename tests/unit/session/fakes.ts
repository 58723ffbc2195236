import type { SessionStore } from '../../../lib/session/controller';
import type { PrivacyApi } from '../../../lib/session/privacy-guard';
import type { LevelOfControl, PrivacyKey, PrivacySnapshot, SessionRecord } from '../../../lib/session/record';

/** A privacy API that behaves like the browsers measured in ../shared/notes/browsers.md. */
export class FakePrivacy implements PrivacyApi {
  userValue: Partial<Record<PrivacyKey, boolean>> = { passwordSavingEnabled: true, autofillAddressEnabled: true, autofillCreditCardEnabled: true };
  held: Partial<Record<PrivacyKey, boolean>> = {};
  control: Partial<Record<PrivacyKey, LevelOfControl>> = {};
  missing = new Set<PrivacyKey>();
  rejectSet = new Set<PrivacyKey>();

  async get(key: PrivacyKey): Promise<PrivacySnapshot | null> {
    if (this.missing.has(key)) return null;
    const forced = this.control[key];
    if (forced === 'not_controllable' || forced === 'controlled_by_other_extensions') {
      return { value: this.userValue[key] ?? true, levelOfControl: forced };
    }
    if (key in this.held) return { value: this.held[key]!, levelOfControl: 'controlled_by_this_extension' };
    return { value: this.userValue[key] ?? true, levelOfControl: 'controllable_by_this_extension' };
  }
  async set(key: PrivacyKey, value: boolean): Promise<void> {
    if (this.rejectSet.has(key)) throw new Error('rejected');
    // Like the browsers: a policy-held setting resolves but nothing changes.
    if (this.control[key] === 'not_controllable' || this.control[key] === 'controlled_by_other_extensions') return;
    this.held[key] = value;
  }
  async clear(key: PrivacyKey): Promise<void> {
    delete this.held[key];
  }
}

export class MemoryStore implements SessionStore {
  record: unknown = undefined;
  marker: string | null = null;
  writes = 0;
  async loadRecord() {
    return this.record === undefined ? undefined : structuredClone(this.record);
  }
  async saveRecord(record: SessionRecord) {
    this.writes++;
    this.record = structuredClone(record);
  }
  async clearRecord() {
    this.record = undefined;
  }
  async readRunMarker() {
    return this.marker;
  }
  async writeRunMarker(id: string) {
    this.marker = id;
  }
  /** What a browser restart does: storage.session is emptied, storage.local stays. */
  restartBrowser() {
    this.marker = null;
  }
}

export function ids() {
  let n = 0;
  return () => `id-${String(++n).padStart(8, '0')}`;
}
