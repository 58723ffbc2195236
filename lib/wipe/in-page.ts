import type { InPageResult, InPageTarget } from './apis';

/**
 * Runs INSIDE each frame of a session tab (scripting.executeScript in Chrome MV3, tabs.executeScript in
 * Firefox MV2), where the site's own storage is reachable: Firefox's browsingData cannot remove cache storage
 * at all and leaves live localStorage, and sessionStorage has no browsingData key anywhere.
 * Self-contained on purpose (it is serialised): no imports, no helpers, no named inner functions.
 * Returns counts only, never a stored value.
 */
export async function inPageClear(target: InPageTarget): Promise<InPageResult> {
  const out: InPageResult = { origin: location.origin, topLevel: window.top === window, cleared: false, localStorage: 0, caches: 0, databases: 0, serviceWorkers: 0, errors: [] };
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return out;
  const host = location.hostname.toLowerCase();
  const scheme = location.protocol.slice(0, -1);
  const kept = target.keepRules.some(
    (rule) => (rule.scheme === '*' || rule.scheme === scheme) && (host === rule.host || (rule.subdomains && host.endsWith('.' + rule.host))),
  );
  if (kept || !(target.everySite || target.sites.includes(location.origin))) return out;
  out.cleared = true;
  const settle = <T>(promise: Promise<T>, fallback: T): Promise<T> =>
    Promise.race([promise.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), 1500))]);
  try {
    localStorage.clear();
    out.localStorage = localStorage.length;
  } catch {
    out.errors.push('localStorage');
  }
  try {
    sessionStorage.clear();
  } catch {
    out.errors.push('sessionStorage');
  }
  if (typeof caches !== 'undefined') {
    try {
      const keys = await settle(caches.keys(), [] as string[]);
      await Promise.all(keys.map((key) => settle(caches.delete(key), false)));
      out.caches = (await settle(caches.keys(), ['?'])).length;
    } catch {
      out.errors.push('caches');
    }
  }
  if (typeof navigator.serviceWorker !== 'undefined') {
    try {
      const registrations = await settle(navigator.serviceWorker.getRegistrations(), [] as readonly ServiceWorkerRegistration[]);
      await Promise.all(registrations.map((r) => settle(r.unregister(), false)));
      out.serviceWorkers = (await settle(navigator.serviceWorker.getRegistrations(), [] as readonly ServiceWorkerRegistration[])).length;
    } catch {
      out.errors.push('serviceWorkers');
    }
  }
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    try {
      const databases = await settle(indexedDB.databases(), [] as IDBDatabaseInfo[]);
      await Promise.all(
        databases.map((db) =>
          settle(
            new Promise<boolean>((resolve) => {
              if (!db.name) return resolve(false);
              const request = indexedDB.deleteDatabase(db.name);
              request.onsuccess = () => resolve(true);
              request.onerror = () => resolve(false);
              // Blocked by the page's own open connection: it completes when the tab closes.
              request.onblocked = () => resolve(false);
            }),
            false,
          ),
        ),
      );
      out.databases = (await settle(indexedDB.databases(), [] as IDBDatabaseInfo[])).length;
    } catch {
      out.errors.push('indexedDB');
    }
  }
  return out;
}
