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
  { name: 'browsingData', browsers: ['chrome', 'firefox'], why: 'End of session: remove the history, cookies, site storage, caches, form data and passwords the session left.' },
  { name: 'webNavigation', browsers: ['chrome', 'firefox'], why: 'Note the sites (origins only, never addresses) the session\'s tabs and frames open, so the end wipes them; should the browser refuse the session mark, wake the consent guard of each page the session opens.' },
  { name: 'downloads', browsers: ['chrome', 'firefox'], why: 'End of session: delete from disk the files downloaded during the session and erase them from the list.' },
  { name: 'history', browsers: ['chrome', 'firefox'], why: 'End of session: check that no history since the start remains.' },
  { name: 'cookies', browsers: ['chrome', 'firefox'], why: 'End of session: check (and, if needed, remove) the cookies of the session\'s sites, partitioned ones included.' },
  { name: 'tabs', browsers: ['chrome', 'firefox'], why: 'End of session: close the session\'s tabs and windows and see which sites they show.' },
  { name: 'sessions', browsers: ['chrome', 'firefox'], why: 'End of session: forget recently closed tabs (Firefox) and check that none of the session can be reopened.' },
  { name: 'scripting', browsers: ['chrome'], why: 'Inject the consent prompt\'s UI into a page only when a question must be asked (keeps the always-loaded script small); during a session only, register the one-line mark that tells the consent guard a session runs (outside one, pages load without the guard asking anything); end of session: clear sessionStorage and site storage from inside the session\'s open pages (Chrome MV3).' },
  { name: 'idle', browsers: ['chrome', 'firefox'], why: 'Optional automatic end after inactivity (off by default): notice that nobody has used the computer for a while.' },
  { name: 'clipboardWrite', browsers: ['chrome', 'firefox'], why: 'End page: empty the clipboard (the person may have copied a number or a password); never read.' },
  { name: '<all_urls>', browsers: ['chrome', 'firefox'], why: 'Host access: run the consent guard and the reminders on the sites the helper opens, inject the prompt UI when needed and register the session mark during a session (Firefox), read and remove the session sites\' cookies, and clear their storage from inside their pages. In Chrome MV3 this goes to host_permissions.' },
];

/** Host patterns: MV3 wants them in `host_permissions`, MV2 in `permissions`. */
export function isHostPermission(name: string): boolean {
  return name === '<all_urls>' || name.includes('://');
}

export function manifestPermissions(browser: TargetBrowser): string[] {
  return PERMISSIONS.filter((p) => p.browsers.includes(browser)).map((p) => p.name);
}
