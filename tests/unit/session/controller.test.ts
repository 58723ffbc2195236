import { describe, expect, it } from 'vitest';
import { SessionController, type EndStep } from '../../../lib/session/controller';
import { sessionRecordSchema } from '../../../lib/session/record';
import { FakePrivacy, ids, MemoryStore } from './fakes';

function setup(options: { keepOff?: boolean; endSteps?: EndStep[] } = {}) {
  const store = new MemoryStore();
  const privacy = new FakePrivacy();
  let now = 1_000_000;
  const make = () =>
    new SessionController({
      store,
      privacy,
      now: () => now,
      newId: ids(),
      settings: () => ({ keepPasswordSavingOff: options.keepOff ?? false }),
      endSteps: options.endSteps,
    });
  return { store, privacy, make, advance: (ms: number) => (now += ms) };
}

describe('SessionController', () => {
  it('turns saving and autofill off at start and gives the user their values back at the end', async () => {
    const { privacy, make } = setup();
    privacy.userValue.autofillAddressEnabled = false;
    const controller = make();
    const started = await controller.start();
    expect(started.ok).toBe(true);
    expect(started.status.guard).toEqual({ passwordSavingEnabled: 'guarded', autofillAddressEnabled: 'guarded', autofillCreditCardEnabled: 'guarded' });
    expect((await privacy.get('passwordSavingEnabled'))?.value).toBe(false);

    const ended = await controller.end('button');
    expect(ended.ok && ended.report.ok).toBe(true);
    expect(await privacy.get('passwordSavingEnabled')).toEqual({ value: true, levelOfControl: 'controllable_by_this_extension' });
    expect(await privacy.get('autofillAddressEnabled')).toEqual({ value: false, levelOfControl: 'controllable_by_this_extension' });
    expect((await controller.status()).phase).toBe('idle');
  });

  it('puts back the value we held before, when we already held one', async () => {
    const { privacy, make } = setup();
    privacy.held.passwordSavingEnabled = true;
    const controller = make();
    await controller.start();
    await controller.end('button');
    expect(await privacy.get('passwordSavingEnabled')).toEqual({ value: true, levelOfControl: 'controlled_by_this_extension' });
  });

  it('keeps them off at the end when settings say so', async () => {
    const { privacy, make } = setup({ keepOff: true });
    const controller = make();
    await controller.start();
    const ended = await controller.end('button');
    expect(ended.ok && ended.report.ok).toBe(true);
    expect((await privacy.get('passwordSavingEnabled'))?.value).toBe(false);
  });

  it('says plainly what a policy or another extension holds, and what this browser lacks', async () => {
    const { privacy, make } = setup();
    privacy.control.passwordSavingEnabled = 'not_controllable';
    privacy.userValue.passwordSavingEnabled = false;
    privacy.control.autofillAddressEnabled = 'controlled_by_other_extensions';
    privacy.missing.add('autofillCreditCardEnabled');
    const started = await make().start();
    expect(started.status.guard).toEqual({
      passwordSavingEnabled: 'already_off_by_policy',
      autofillAddressEnabled: 'controlled_by_other',
      autofillCreditCardEnabled: 'unavailable',
    });
  });

  it('reports a policy that keeps saving on, since set() resolves but changes nothing', async () => {
    const { privacy, make } = setup();
    privacy.control.passwordSavingEnabled = 'not_controllable';
    const started = await make().start();
    expect(started.ok).toBe(true);
    expect(started.status.guard.passwordSavingEnabled).toBe('locked_on_by_policy');
  });

  it('still starts when a browser API rejects, and says what could not be guarded', async () => {
    const { privacy, make } = setup();
    privacy.rejectSet.add('autofillAddressEnabled');
    const started = await make().start();
    expect(started.ok).toBe(true);
    expect(started.status.phase).toBe('active');
    expect(started.status.guard.autofillAddressEnabled).toBe('failed');
    expect(started.status.guard.passwordSavingEnabled).toBe('guarded');
  });

  it('refuses to start twice and to end when idle', async () => {
    const { make } = setup();
    const controller = make();
    expect(await controller.end('button')).toEqual({ ok: false, error: 'not_active' });
    const first = await controller.start();
    const second = await controller.start();
    expect(second).toMatchObject({ ok: false, error: 'already_active' });
    expect(second.status.startedAt).toBe(first.status.startedAt);
  });

  it('survives a worker restart mid-session: a new controller over the same storage sees the session', async () => {
    const { store, make, advance } = setup();
    const first = make();
    await first.recoverAtStartup();
    const started = await first.start();
    advance(45_000);
    // The worker is stopped and started again within the same browser run: the marker is still there.
    const second = make();
    expect(await second.recoverAtStartup()).toBeNull();
    const status = await second.status();
    expect(status.phase).toBe('active');
    expect(status.startedAt).toBe(started.status.startedAt);
    expect(store.record).toBeDefined();
  });

  it('ends a session left over from a previous browser run, restoring settings', async () => {
    const { store, privacy, make } = setup();
    const before = await privacy.get('passwordSavingEnabled');
    await make().recoverAtStartup();
    await make().start();
    store.restartBrowser();
    const report = await make().recoverAtStartup();
    expect(report?.reason).toBe('interrupted');
    expect(report?.ok).toBe(true);
    expect(await privacy.get('passwordSavingEnabled')).toEqual(before);
    expect(store.record).toBeUndefined();
  });

  it('resumes an end that was cut short (worker killed mid-wipe), even within the same browser run', async () => {
    let calls = 0;
    const { store, make } = setup({ endSteps: [{ name: 'wipe', run: async () => ({ step: 'wipe', ok: true, details: [`run-${++calls}`] }) }] });
    const controller = make();
    await controller.recoverAtStartup();
    await controller.start();
    const record = sessionRecordSchema.parse(store.record);
    store.record = { ...record, phase: 'ending', endReason: 'button' };
    const report = await controller.recoverAtStartup();
    expect(report?.reason).toBe('button');
    expect(calls).toBe(1);
    expect(store.record).toBeUndefined();
  });

  it('runs every end step even when one throws, and reports the failure', async () => {
    const ran: string[] = [];
    const { make } = setup({
      endSteps: [
        { name: 'cookies', run: async () => { ran.push('cookies'); throw new Error('boom'); } },
        { name: 'history', run: async () => { ran.push('history'); return { step: 'history', ok: true }; } },
      ],
    });
    const controller = make();
    await controller.start();
    const ended = await controller.end('button');
    expect(ran).toEqual(['cookies', 'history']);
    if (!ended.ok) throw new Error('end refused');
    expect(ended.report.ok).toBe(false);
    expect(ended.report.results.find((r) => r.step === 'cookies')).toEqual({ step: 'cookies', ok: false, details: ['error'] });
  });

  it('two ends at once run one end', async () => {
    let runs = 0;
    const { make } = setup({ endSteps: [{ name: 'wipe', run: async () => { runs++; await new Promise((r) => setTimeout(r, 20)); return { step: 'wipe', ok: true }; } }] });
    const controller = make();
    await controller.start();
    const [a, b] = await Promise.all([controller.end('button'), controller.end('idle')]);
    expect(runs).toBe(1);
    expect(a.ok).toBe(true);
    expect(b.ok).toBe(true);
  });

  it('remembers sites and downloads during the session only, with no duplicates', async () => {
    const { store, make } = setup();
    const controller = make();
    await controller.remember({ site: 'https://before.example' });
    expect(store.record).toBeUndefined();
    await controller.start();
    await controller.remember({ site: 'https://www.caf.fr' });
    await controller.remember({ site: 'https://www.caf.fr' });
    await controller.remember({ downloadId: 7 });
    expect(sessionRecordSchema.parse(store.record)).toMatchObject({ sites: ['https://www.caf.fr'], downloadIds: [7] });
  });

  it('drops a corrupt record instead of blocking every future session', async () => {
    const { store, make } = setup();
    store.record = { v: 99, hello: 'world' };
    const controller = make();
    expect((await controller.status()).phase).toBe('idle');
    expect((await controller.start()).ok).toBe(true);
  });

  it('stores only ids, timestamps, settings snapshots, origins and download ids', async () => {
    const { store, make } = setup();
    const controller = make();
    await controller.start();
    await controller.remember({ site: 'https://www.impots.gouv.fr' });
    expect(Object.keys(store.record as object).sort()).toEqual(['downloadIds', 'guard', 'id', 'phase', 'privacyBefore', 'sites', 'startedAt', 'v']);
  });
});

describe('SessionController when storage fails (full disk, broken profile)', () => {
  it('a start that cannot be recorded turns nothing off: no session the next start could not restore', async () => {
    const { store, privacy, make } = setup();
    store.saveRecord = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(make().start()).rejects.toThrow('quota');
    expect(await privacy.get('passwordSavingEnabled')).toEqual({ value: true, levelOfControl: 'controllable_by_this_extension' });
  });

  it('an end whose "ending" mark cannot be written still wipes and restores, and reports the storage failure', async () => {
    const ran: string[] = [];
    const { store, privacy, make } = setup({ endSteps: [{ name: 'wipe', run: async () => (ran.push('wipe'), { step: 'wipe', ok: true }) }] });
    const controller = make();
    await controller.start();
    store.saveRecord = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const ended = await controller.end('button');
    if (!ended.ok) throw new Error('end refused');
    expect(ran).toEqual(['wipe']);
    expect((await privacy.get('passwordSavingEnabled'))?.value).toBe(true);
    expect(ended.report.ok).toBe(false);
    expect(ended.report.results[0]).toEqual({ step: 'record', ok: false, details: ['storage_write_failed'] });
  });

  it('remembering a site when storage is full does not break the session, and the end still wipes it', async () => {
    const seen: { sites: string[]; downloadIds: number[] }[] = [];
    const { store, make } = setup({ endSteps: [{ name: 'wipe', run: async (r) => (seen.push({ sites: r.sites, downloadIds: r.downloadIds }), { step: 'wipe', ok: true }) }] });
    const controller = make();
    await controller.start();
    const save = store.saveRecord.bind(store);
    store.saveRecord = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(controller.remember({ site: 'https://www.caf.fr' })).rejects.toThrow();
    await expect(controller.remember({ downloadId: 9 })).rejects.toThrow();
    store.saveRecord = save;
    expect((await controller.status()).phase).toBe('active');
    // What could not be written is still wiped by this run's end.
    const ended = await controller.end('button');
    expect(ended.ok).toBe(true);
    expect(seen).toEqual([{ sites: ['https://www.caf.fr'], downloadIds: [9] }]);
  });
});
