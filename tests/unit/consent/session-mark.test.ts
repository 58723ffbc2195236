import { describe, expect, it, vi } from 'vitest';
import { SESSION_MARK_FILE, SESSION_MARK_ID, sessionMarkRegistrar, type SessionMarkApis } from '../../../lib/consent/session-mark';

/** Chrome's registry of dynamic content scripts, as far as the registrar uses it. */
function chromeScripting() {
  const registered = new Map<string, unknown>();
  const scripting = {
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string }>) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      for (const id of ids) if (!registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => ({ id }))),
  };
  return { scripting, registered };
}

describe('session mark registration', () => {
  it('Chrome: registered for the session at document_start in every frame (about:blank ones too), removed at the end', async () => {
    const { scripting, registered } = chromeScripting();
    const mark = sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis);
    await mark.sync(() => true);
    expect([...registered.values()]).toEqual([
      expect.objectContaining({
        id: SESSION_MARK_ID,
        js: [SESSION_MARK_FILE],
        allFrames: true,
        runAt: 'document_start',
        matchOriginAsFallback: true,
        persistAcrossSessions: false,
      }),
    ]);
    await mark.sync(() => true);
    expect(scripting.registerContentScripts).toHaveBeenCalledTimes(1);
    await mark.sync(() => false);
    expect(registered.size).toBe(0);
    await mark.sync(() => false);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledTimes(1);
  });

  it('Chrome: a restarted worker finds the registration in place and keeps it; an idle one removes a stale one', async () => {
    const { scripting, registered } = chromeScripting();
    await sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis).sync(() => true);
    await sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis).sync(() => true);
    expect(registered.size).toBe(1);
    await sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis).sync(() => false);
    expect(registered.size).toBe(0);
  });

  it('Firefox: contentScripts.register with matchAboutBlank, unregistered through its handle', async () => {
    const unregister = vi.fn(async () => undefined);
    const register = vi.fn(async () => ({ unregister }));
    const mark = sessionMarkRegistrar(() => ({ contentScripts: { register } }) as SessionMarkApis);
    await mark.sync(() => true);
    await mark.sync(() => true);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith(
      expect.objectContaining({ js: [{ file: `/${SESSION_MARK_FILE}` }], allFrames: true, runAt: 'document_start', matchAboutBlank: true }),
    );
    await mark.sync(() => false);
    await mark.sync(() => false);
    expect(unregister).toHaveBeenCalledTimes(1);
  });

  it('changes run one at a time and each reads the session when its turn comes: a late "start" after an end leaves nothing', async () => {
    const { scripting, registered } = chromeScripting();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    scripting.getRegisteredContentScripts.mockImplementationOnce(async (filter) => {
      await slow;
      return [...registered.keys()].filter((id) => filter.ids.includes(id)).map((id) => ({ id }));
    });
    let sessionRuns = true;
    const mark = sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis);
    const first = mark.sync(() => sessionRuns);
    sessionRuns = false;
    const second = mark.sync(() => sessionRuns);
    release();
    await Promise.all([first, second]);
    expect(registered.size).toBe(0);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('a refusal rejects with the browser\'s reason, and the next change still runs', async () => {
    const { scripting, registered } = chromeScripting();
    scripting.registerContentScripts.mockRejectedValueOnce(new Error('quota'));
    const mark = sessionMarkRegistrar(() => ({ scripting }) as SessionMarkApis);
    await expect(mark.sync(() => true)).rejects.toThrow('quota');
    await mark.sync(() => true);
    expect(registered.size).toBe(1);
  });

  it('without any registration API it says so', async () => {
    await expect(sessionMarkRegistrar(() => ({})).sync(() => true)).rejects.toThrow(/no content-script registration API/);
  });
});
