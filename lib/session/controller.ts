import { stateOf, transition, type SessionPhase, type TransitionError } from './machine';
import { restoreSavingAndAutofill, turnOffSavingAndAutofill, type PrivacyApi } from './privacy-guard';
import { parseSessionRecord, type EndReason, type GuardStatus, type PrivacyKey, type SessionRecord } from './record';

/** Where the record lives (storage.local: survives a crash) and the per-browser-run marker (storage.session). */
export interface SessionStore {
  loadRecord(): Promise<unknown>;
  saveRecord(record: SessionRecord): Promise<void>;
  clearRecord(): Promise<void>;
  /** Emptied by the browser when it restarts, kept across service-worker restarts. */
  readRunMarker(): Promise<string | null>;
  writeRunMarker(id: string): Promise<void>;
}

export interface EndStepResult {
  step: string;
  ok: boolean;
  /** Short, non-personal codes the end page turns into plain French (never a value or a URL). */
  details?: string[];
}

/** One piece of "end session": restore settings, wipe, close tabs… Each runs even if another failed. */
export interface EndStep {
  name: string;
  run(record: SessionRecord, context: { reason: EndReason }): Promise<EndStepResult | EndStepResult[]>;
}

export interface EndReport {
  sessionId: string;
  reason: EndReason;
  startedAt: number;
  endedAt: number;
  results: EndStepResult[];
  ok: boolean;
}

export interface SessionStatus {
  phase: SessionPhase;
  startedAt: number | null;
  guard: Partial<Record<PrivacyKey, GuardStatus>>;
}

export interface SessionSettings {
  keepPasswordSavingOff: boolean;
}

export interface SessionDeps {
  store: SessionStore;
  privacy: PrivacyApi;
  now: () => number;
  newId: () => string;
  settings: () => Promise<SessionSettings> | SessionSettings;
  /** Steps after the settings are restored (the wipe, closing tabs…). */
  endSteps?: EndStep[];
  /** Awaited when a session starts (what must be in place before it is reported started); not on the way out. */
  onChange?: (status: SessionStatus) => void | Promise<void>;
}

export type StartResult = { ok: true; status: SessionStatus } | { ok: false; error: TransitionError; status: SessionStatus };
export type EndResult = { ok: true; report: EndReport } | { ok: false; error: TransitionError };

export class SessionController {
  private pendingEnd: Promise<EndResult> | null = null;
  private readonly unsaved = { sites: new Set<string>(), downloadIds: new Set<number>() };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SessionDeps) {}

  /** Serialises every read-modify-write of the record, so a late "site visited" can't resurrect an ended session. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readRecord(): Promise<SessionRecord | null> {
    const { record, corrupt } = parseSessionRecord(await this.deps.store.loadRecord());
    if (corrupt) {
      // Unreadable (hand-edited, or written by a future version): none of it can be trusted, not even the start
      // time a wipe would need, so it is dropped rather than left to block every new session.
      await this.deps.store.clearRecord();
      return null;
    }
    return record;
  }

  async status(): Promise<SessionStatus> {
    const record = await this.readRecord();
    return statusOf(record);
  }

  start(): Promise<StartResult> {
    return this.exclusive(async () => {
      const current = await this.readRecord();
      const draft: SessionRecord = {
        v: 1,
        id: this.deps.newId(),
        phase: 'active',
        startedAt: this.deps.now(),
        privacyBefore: {},
        guard: {},
        sites: [],
        downloadIds: [],
      };
      const step = transition(stateOf(current), { type: 'start', record: draft });
      if (!step.ok) return { ok: false, error: step.error, status: statusOf(current) };
      // Persist before touching the browser: if we die between the two, the next start restores and wipes.
      await this.deps.store.saveRecord(draft);
      const outcome = await turnOffSavingAndAutofill(this.deps.privacy);
      const record: SessionRecord = { ...draft, privacyBefore: outcome.before, guard: outcome.guard };
      await this.deps.store.saveRecord(record);
      const status = statusOf(record);
      await this.deps.onChange?.(status);
      return { ok: true, status };
    });
  }

  /** Adds what the wipe will need (a site, a download id). Ignored outside an active session. */
  remember(update: { site?: string; downloadId?: number }): Promise<void> {
    return this.exclusive(async () => {
      const record = await this.readRecord();
      if (!record || record.phase !== 'active') return;
      let changed = false;
      if (update.site && !record.sites.includes(update.site) && record.sites.length < 5000) {
        record.sites.push(update.site);
        changed = true;
      }
      if (update.downloadId !== undefined && !record.downloadIds.includes(update.downloadId)) {
        record.downloadIds.push(update.downloadId);
        changed = true;
      }
      if (!changed) return;
      try {
        await this.deps.store.saveRecord(record);
      } catch (error) {
        // Storage refused (full?): keep it in memory so this run's end still wipes it, and say so.
        if (update.site) this.unsaved.sites.add(update.site);
        if (update.downloadId !== undefined) this.unsaved.downloadIds.add(update.downloadId);
        throw error;
      }
    });
  }

  /** Two ends at once (double click, idle timer and button) share one run and one report. */
  end(reason: EndReason): Promise<EndResult> {
    if (this.pendingEnd) return this.pendingEnd;
    const run = this.exclusive(async (): Promise<EndResult> => {
      const current = await this.readRecord();
      const step = transition(stateOf(current), { type: 'end', reason });
      if (!step.ok || step.state.phase !== 'ending') return { ok: false, error: step.ok ? 'not_active' : step.error };
      const ending = {
        ...step.state.record,
        sites: [...new Set([...step.state.record.sites, ...this.unsaved.sites])],
        downloadIds: [...new Set([...step.state.record.downloadIds, ...this.unsaved.downloadIds])],
      };
      this.unsaved.sites.clear();
      this.unsaved.downloadIds.clear();
      // "ending" is on disk before any step runs: a crash or a killed worker mid-wipe resumes at next start.
      // If storage refuses the write (full, broken), wiping now still matters more than the resume marker.
      const persisted = await this.deps.store.saveRecord(ending).then(
        () => true,
        () => false,
      );
      void this.deps.onChange?.(statusOf(ending));
      const report = await this.runEndSteps(ending, ending.endReason ?? reason);
      if (!persisted) report.results.unshift({ step: 'record', ok: false, details: ['storage_write_failed'] });
      return { ok: true, report: { ...report, ok: report.ok && persisted } };
    }).finally(() => {
      this.pendingEnd = null;
    });
    this.pendingEnd = run;
    return run;
  }

  private async runEndSteps(record: SessionRecord, reason: EndReason): Promise<EndReport> {
    const results: EndStepResult[] = [];
    const settings = await this.deps.settings();
    try {
      const restore = await restoreSavingAndAutofill(this.deps.privacy, record.privacyBefore, record.guard, {
        keepOff: settings.keepPasswordSavingOff,
      });
      results.push({ step: 'privacy', ok: restore.failed.length === 0, details: restore.failed.map((k) => `failed:${k}`) });
    } catch {
      results.push({ step: 'privacy', ok: false, details: ['error'] });
    }
    for (const endStep of this.deps.endSteps ?? []) {
      try {
        const out = await endStep.run(record, { reason });
        results.push(...(Array.isArray(out) ? out : [out]));
      } catch {
        results.push({ step: endStep.name, ok: false, details: ['error'] });
      }
    }
    // A record that can't be cleared would end (and wipe) again at next start: harmless, but say so.
    const cleared = await this.deps.store.clearRecord().then(
      () => true,
      () => false,
    );
    if (!cleared) results.push({ step: 'record', ok: false, details: ['storage_clear_failed'] });
    const report: EndReport = {
      sessionId: record.id,
      reason,
      startedAt: record.startedAt,
      endedAt: this.deps.now(),
      results,
      ok: results.every((r) => r.ok),
    };
    void this.deps.onChange?.(statusOf(null));
    return report;
  }

  /**
   * Called at every background start. `runtime.onStartup` did not fire here after a crash or a relaunch,
   * so the browser-run marker in storage.session tells a new browser run from a restarted worker.
   */
  async recoverAtStartup(): Promise<EndReport | null> {
    const marker = await this.deps.store.readRunMarker();
    const newBrowserRun = marker === null;
    if (newBrowserRun) await this.deps.store.writeRunMarker(this.deps.newId());
    const record = await this.exclusive(() => this.readRecord());
    if (!record) return null;
    if (record.phase === 'ending' || newBrowserRun) {
      const result = await this.end(record.phase === 'ending' ? (record.endReason ?? 'interrupted') : 'interrupted');
      return result.ok ? result.report : null;
    }
    return null;
  }
}

function statusOf(record: SessionRecord | null): SessionStatus {
  const state = stateOf(record);
  return {
    phase: state.phase,
    startedAt: record?.startedAt ?? null,
    guard: record?.guard ?? {},
  };
}
