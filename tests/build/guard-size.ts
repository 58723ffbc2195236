import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Issue #6: the guard content script, which runs in every frame of every page, at most 20 KB gzip. */
export const GUARD_GZIP_BUDGET = 20 * 1024;

/** gzip level 9 (Node's zlib) size of a built file; null when it is not built. */
export function gzipBytes(path: string): number | null {
  return existsSync(path) ? gzipSync(readFileSync(path), { level: 9 }).length : null;
}
