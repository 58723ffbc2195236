import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../lib/ids';
import type { BrowserName } from './driver';

/** Where each browser really reads machine policy on Debian (see ../shared/notes/browsers.md). */
export const POLICY_PATHS: Record<BrowserName, string> = {
  chromium: '/etc/chromium/policies/managed/parenthese-e2e.json',
  firefox: '/usr/lib/firefox-esr/distribution/policies.json',
};

export const canWriteMachinePolicy = () => process.getuid?.() === 0;

/**
 * Writes a real machine policy carrying Parenthèse's managed settings (plus extra browser policies) and
 * returns a function that puts the machine back as it was. These folders are machine-global: the e2e
 * suite runs with one worker.
 */
export function writeMachinePolicy(browser: BrowserName, extensionSettings: Record<string, unknown>, browserPolicies: Record<string, unknown> = {}): () => void {
  const path = POLICY_PATHS[browser];
  const previous = existsSync(path) ? readFileSync(path) : null;
  const body =
    browser === 'chromium'
      ? { ...browserPolicies, '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: extensionSettings } } }
      : { policies: { ...browserPolicies, '3rdparty': { Extensions: { [GECKO_ID]: extensionSettings } } } };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(body, null, 2), { mode: 0o644 });
  return () => {
    if (previous) writeFileSync(path, previous);
    else rmSync(path, { force: true });
  };
}
