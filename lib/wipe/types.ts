/**
 * What "end session" wipes, as plain data. The options mirror the structure's settings (lib/policy:
 * wipeScope, wipeDataTypes, deleteDownloadedFiles, closeTabsAtEnd, keepSites) without importing them,
 * so the policy can be plugged in through `getOptions` without a dependency cycle.
 */
export const WIPE_DATA_TYPES = [
  'history',
  'downloads',
  'cookies',
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
  'cache',
  'formData',
  'passwords',
] as const;
export type WipeDataType = (typeof WIPE_DATA_TYPES)[number];

export interface WipeOptions {
  scope: 'session' | 'all';
  dataTypes: Record<WipeDataType, boolean>;
  deleteDownloadedFiles: boolean;
  closeTabsAtEnd: boolean;
  /** Host names or match patterns ("caf.fr", "https://*.intranet.fr/*"): their data is never removed by site. */
  keepSites: string[];
}

export function defaultWipeOptions(): WipeOptions {
  return {
    scope: 'session',
    dataTypes: Object.fromEntries(WIPE_DATA_TYPES.map((type) => [type, true])) as Record<WipeDataType, boolean>,
    deleteDownloadedFiles: true,
    closeTabsAtEnd: true,
    keepSites: [],
  };
}

/** Every line of the report. Data types plus what is not a browsingData type. */
export const WIPE_ITEMS = [...WIPE_DATA_TYPES, 'files', 'tabs', 'closedTabs'] as const;
export type WipeItem = (typeof WIPE_ITEMS)[number];

export type ItemStatus = 'ok' | 'failed' | 'skipped';

/**
 * How an item was checked:
 *  verified — read back through a browser API and found empty;
 *  in_page — emptied and read back from inside the session's open pages;
 *  api_only — the browser's removal resolved, and the browser offers no way to read this data back.
 */
export type Check = 'verified' | 'in_page' | 'api_only';

export interface ItemOutcome {
  item: WipeItem;
  status: ItemStatus;
  check?: Check;
  retried?: boolean;
  /** Short codes ("remove_failed", "left:3", "file:attestation.pdf" — base names only, memory-only report). */
  details: string[];
}

export type Engine = 'chromium' | 'firefox';
