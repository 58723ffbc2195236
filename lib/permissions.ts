/**
 * The manifest permissions, with the reason for each. The README's permission table and the
 * permission test read this list: a permission that is not here cannot reach the manifest.
 */
export type TargetBrowser = 'chrome' | 'firefox';

export interface PermissionEntry {
  name: string;
  browsers: readonly TargetBrowser[];
  why: string;
}

export const PERMISSIONS: readonly PermissionEntry[] = [
  { name: 'storage', browsers: ['chrome', 'firefox'], why: 'Keep the session record (ids and timestamps only) and the helper\'s settings; read the structure\'s managed policy.' },
  { name: 'privacy', browsers: ['chrome', 'firefox'], why: 'Turn password saving and address/card autofill off during a session, and restore them after.' },
  { name: 'alarms', browsers: ['chrome', 'firefox'], why: 'Update the elapsed-time badge every minute without keeping the background awake.' },
];

export function manifestPermissions(browser: TargetBrowser): string[] {
  return PERMISSIONS.filter((p) => p.browsers.includes(browser)).map((p) => p.name);
}
