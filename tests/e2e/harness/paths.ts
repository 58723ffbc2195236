import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const CHROME_TEST_BUILD = join(ROOT, '.output/chrome-mv3-test');
export const FIREFOX_TEST_BUILD = join(ROOT, '.output/firefox-mv2-test');

export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
