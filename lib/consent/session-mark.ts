/**
 * Registers the session mark (entrypoints/session-mark.ts) as a content script while a session runs, and removes
 * it when the session ends, so the guard in every frame knows at load whether to ask for the session's state
 * (lib/consent/content/session-mark.ts says why). Chrome MV3: scripting.registerContentScripts, not kept across
 * browser restarts (a restart ends the session: the next start wipes it); the registration outlives the service
 * worker, so a restarted worker finds it and leaves it. Firefox MV2: contentScripts.register, whose registration
 * lives as long as the background page that made it.
 */

import { GUARD_MATCHES } from './content/session-mark';

export const SESSION_MARK_ID = 'parenthese-session-mark';
export const SESSION_MARK_FILE = 'session-mark.js';

export interface SessionMarkApis {
  /** Chrome MV3 */
  scripting?: {
    registerContentScripts(scripts: Array<{
      id: string;
      js: string[];
      matches: string[];
      allFrames: boolean;
      runAt: 'document_start';
      matchOriginAsFallback: boolean;
      persistAcrossSessions: boolean;
    }>): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<Array<{ id: string }>>;
  };
  /** Firefox MV2 */
  contentScripts?: {
    register(options: {
      js: Array<{ file: string }>;
      matches: string[];
      allFrames: boolean;
      runAt: 'document_start';
      matchAboutBlank: boolean;
    }): Promise<{ unregister(): Promise<void> | void }>;
  };
}

export interface SessionMarkRegistrar {
  /**
   * Makes the registration match the session: `sessionRuns` is read when this change's turn comes (changes run one
   * at a time), so a late call never undoes a newer state. Rejects, saying why, if the browser refused.
   */
  sync(sessionRuns: () => boolean | Promise<boolean>): Promise<void>;
}

export function sessionMarkRegistrar(apis: () => SessionMarkApis): SessionMarkRegistrar {
  let firefoxHandle: { unregister(): Promise<void> | void } | null = null;
  // One change at a time: a start and an end close together must not interleave their calls.
  let queue: Promise<unknown> = Promise.resolve();

  const apply = async (sessionRuns: () => boolean | Promise<boolean>): Promise<void> => {
    const { scripting, contentScripts } = apis();
    const on = await sessionRuns();
    if (scripting?.registerContentScripts) {
      const registered = (await scripting.getRegisteredContentScripts({ ids: [SESSION_MARK_ID] })).length > 0;
      if (on && !registered) {
        await scripting.registerContentScripts([
          {
            id: SESSION_MARK_ID,
            js: [SESSION_MARK_FILE],
            matches: GUARD_MATCHES,
            allFrames: true,
            runAt: 'document_start',
            // about:blank, srcdoc and data: frames, like the guard's matchAboutBlank
            matchOriginAsFallback: true,
            persistAcrossSessions: false,
          },
        ]);
      } else if (!on && registered) {
        await scripting.unregisterContentScripts({ ids: [SESSION_MARK_ID] });
      }
      return;
    }
    if (contentScripts?.register) {
      if (on && !firefoxHandle) {
        firefoxHandle = await contentScripts.register({
          js: [{ file: `/${SESSION_MARK_FILE}` }],
          matches: GUARD_MATCHES,
          allFrames: true,
          runAt: 'document_start',
          matchAboutBlank: true,
        });
      } else if (!on && firefoxHandle) {
        const handle = firefoxHandle;
        firefoxHandle = null;
        await handle.unregister();
      }
      return;
    }
    throw new Error('session mark: no content-script registration API');
  };

  return {
    sync(sessionRuns) {
      const run = queue.then(() => apply(sessionRuns));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
