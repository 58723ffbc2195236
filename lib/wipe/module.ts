import { browser } from 'wxt/browser';
import type { BackgroundModule } from '../background/app';
import type { EndStep } from '../session/controller';
import type { TestOps } from '../testing/bridge-ops';
import type { WipeApis } from './apis';
import { toStepResults } from './report';
import { siteOf } from './sites';
import { defaultWipeOptions, WIPE_ITEMS, type WipeItem, type WipeOptions } from './types';
import { FaultInjector, runWipe, type WipeRun } from './wipe';
import { wipeTestOps } from './test-ops';
import { END_PAGE_PATH } from './paths';
import type { IdleSettings } from './idle';
import { wireIdleEnd } from './idle-wiring';
import { sessionArea } from '../platform/session-store';

/** Memory-only (storage.session): the ids of the closed tabs listed at the session's start (see closedBeforeStart). */
const CLOSED_AT_START_KEY = 'wipe.closedAtStart';
interface ClosedAtStart {
  startedAt: number;
  ids: string[];
}


export interface WipeModuleConfig {
  apis: () => WipeApis;
  /** The structure's settings (lib/policy), plugged in by background.ts; defaults until then. */
  getOptions?: () => Promise<WipeOptions>;
  /** Idle auto-end (policy idleEndMinutes / idleWarningSeconds); absent or 0 minutes: off. */
  getIdleSettings?: () => Promise<IdleSettings>;
}

/**
 * Tracks what the session touches (origins of committed navigations in every tab and frame, download ids),
 * into the session record so it is on disk before any crash, and wipes it all when the session ends.
 */
export function wipeModule(config: WipeModuleConfig): BackgroundModule {
  return (app) => {
    const faults = new FaultInjector();
    let optionsOverride: Partial<WipeOptions> | null = null;
    let lastRun: WipeRun | null = null;
    let timedEnd: { ms: number; ok: boolean; wipeMs: number | null; timings: Record<string, number>; outcomes: unknown[] } | null = null;
    const options = async (): Promise<WipeOptions> => {
      let base = defaultWipeOptions();
      try {
        if (config.getOptions) base = await config.getOptions();
      } catch {
        // Unreadable settings must never mean "wipe less": the defaults wipe everything.
        base = defaultWipeOptions();
      }
      return import.meta.env.MODE === 'test' && optionsOverride ? { ...base, ...optionsOverride } : base;
    };

    // Listeners are registered synchronously so an MV3 worker woken by the event gets it.
    browser.webNavigation?.onCommitted.addListener((details) => {
      const site = siteOf(details.url);
      if (site) void app.controller.remember({ site }).catch(() => undefined);
    });
    browser.downloads?.onCreated.addListener((item) => {
      void app.controller.remember({ downloadId: item.id }).catch(() => undefined);
    });

    // At the start, note which closed tabs were already there: the end's check must not take them for the session's.
    app.onStatusChange(async (status) => {
      if (status.phase !== 'active' || status.startedAt === null) return;
      const area = sessionArea();
      if (!area) return;
      const entries = await config.apis().recentlyClosed().catch(() => null);
      const snapshot: ClosedAtStart = { startedAt: status.startedAt, ids: (entries ?? []).flatMap((e) => (e.sessionId ? [e.sessionId] : [])) };
      await area.set({ [CLOSED_AT_START_KEY]: snapshot });
    });
    const closedAtStart = async (startedAt: number): Promise<string[]> => {
      try {
        const got = (await sessionArea()?.get(CLOSED_AT_START_KEY))?.[CLOSED_AT_START_KEY] as Partial<ClosedAtStart> | undefined;
        return got?.startedAt === startedAt && Array.isArray(got.ids) ? got.ids.filter((id) => typeof id === 'string') : [];
      } catch {
        return [];
      }
    };

    const step: EndStep = {
      name: 'wipe',
      async run(record, { reason }) {
        const endPageUrl = `${browser.runtime.getURL(END_PAGE_PATH as '/session-ended.html')}?s=${encodeURIComponent(record.id)}&r=${reason}`;
        const apis = config.apis();
        lastRun = await runWipe(
          apis,
          {
            startedAt: record.startedAt,
            sites: record.sites,
            downloadIds: record.downloadIds,
            endPageUrl,
            ownPagesPrefix: browser.runtime.getURL('/'),
            downloadIdsStale: reason === 'interrupted' && apis.engine === 'firefox',
            closedBeforeStart: await closedAtStart(record.startedAt),
          },
          await options(),
          import.meta.env.MODE === 'test' ? faults : null,
        );
        await sessionArea()?.remove(CLOSED_AT_START_KEY).catch(() => undefined);
        return toStepResults(lastRun.outcomes);
      },
    };
    app.endSteps.push(step);
    if (config.getIdleSettings) wireIdleEnd(app, config.getIdleSettings);

    const testOps: TestOps | undefined =
      import.meta.env.MODE === 'test'
        ? {
            ...wipeTestOps(config.apis),
            'wipe.armFault': async (item, times) => {
              if (!WIPE_ITEMS.includes(item as WipeItem)) throw new Error('unknown item');
              faults.arm(item as WipeItem, Number(times ?? 1));
              return true;
            },
            'wipe.faultAttempts': async () => Object.fromEntries(faults.attempts),
            'wipe.resetFaults': async () => {
              faults.reset();
              return true;
            },
            'wipe.setOptions': async (partial) => {
              optionsOverride = (partial as Partial<WipeOptions> | null) ?? null;
              return options();
            },
            'wipe.lastRun': async () =>
              lastRun && { outcomes: lastRun.outcomes, durationMs: lastRun.durationMs, steps: lastRun.plan.steps, timings: lastRun.timings, endTabId: lastRun.endTabId, reached: lastRun.reached, visited: lastRun.visited },
            // Starts "end session" and returns at once: the end closes the tab the bridge answers from.
            'wipe.startTimedEnd': async () => {
              timedEnd = null;
              const t0 = performance.now();
              void app.controller.end('button').then((result) => {
                timedEnd = {
                  ms: performance.now() - t0,
                  ok: result.ok && result.report.ok,
                  wipeMs: lastRun?.durationMs ?? null,
                  timings: lastRun?.timings ?? {},
                  outcomes: lastRun?.outcomes ?? [],
                };
              });
              return true;
            },
            'wipe.timedEndResult': async () => timedEnd,
            'wipe.record': async () => {
              const got = await browser.storage.local.get('session.v1');
              return got['session.v1'] ?? null;
            },
          }
        : undefined;
    return { routes: [], ...(testOps ? { testOps } : {}) };
  };
}
