import { browser } from 'wxt/browser';
import type { SessionStore } from '../session/controller';
import { SESSION_RECORD_KEY, type SessionRecord } from '../session/record';

const RUN_MARKER_KEY = 'browserRun';

// Firefox MV2 keeps the background page alive for the whole browser run, so memory is a faithful
// stand-in where storage.session is missing.
let memoryRunMarker: string | null = null;

/** storage.session (memory only, emptied when the browser restarts), or null where this browser lacks it. */
export function sessionArea() {
  return (browser.storage as unknown as { session?: typeof browser.storage.local }).session ?? null;
}

export const browserSessionStore: SessionStore = {
  async loadRecord() {
    const got = await browser.storage.local.get(SESSION_RECORD_KEY);
    return got[SESSION_RECORD_KEY];
  },
  async saveRecord(record: SessionRecord) {
    await browser.storage.local.set({ [SESSION_RECORD_KEY]: record });
  },
  async clearRecord() {
    await browser.storage.local.remove(SESSION_RECORD_KEY);
  },
  async readRunMarker() {
    const area = sessionArea();
    if (!area) return memoryRunMarker;
    const got = await area.get(RUN_MARKER_KEY);
    const value = got[RUN_MARKER_KEY];
    return typeof value === 'string' ? value : null;
  },
  async writeRunMarker(id: string) {
    const area = sessionArea();
    if (!area) {
      memoryRunMarker = id;
      return;
    }
    await area.set({ [RUN_MARKER_KEY]: id });
  },
};
