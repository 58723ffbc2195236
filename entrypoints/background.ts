import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage, type RouterDeps } from '../lib/background/router';
import type { RejectedReply } from '../lib/messaging/catalog';
import { showSessionBadge } from '../lib/platform/badge';
import { browserPrivacyApi } from '../lib/platform/privacy';
import { browserSessionStore } from '../lib/platform/session-store';
import { SessionController, type EndReport, type SessionStatus } from '../lib/session/controller';
import { createTestOps } from '../lib/testing/bridge-ops';

const BADGE_ALARM = 'parenthese-badge';
const LAST_REPORT_KEY = 'lastEndReport';

export default defineBackground(() => {
  const refreshBadge = (status: SessionStatus) => {
    showSessionBadge(status, Date.now()).catch((error) => console.warn('badge', error));
    if (status.phase === 'active') void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
    else void browser.alarms.clear(BADGE_ALARM);
  };

  const controller = new SessionController({
    store: browserSessionStore,
    privacy: browserPrivacyApi,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: () => ({ keepPasswordSavingOff: false }),
    onChange: refreshBadge,
  });

  // The last report stays in memory-only storage: it is gone when the browser closes.
  const saveReport = async (report: EndReport) => {
    const area = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
    if (area) await area.set({ [LAST_REPORT_KEY]: report });
    else memoryReport = report;
  };
  let memoryReport: EndReport | null = null;
  const lastReport = async (): Promise<EndReport | null> => {
    const area = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
    if (!area) return memoryReport;
    const got = await area.get(LAST_REPORT_KEY);
    return (got[LAST_REPORT_KEY] as EndReport | undefined) ?? null;
  };

  const deps: RouterDeps = {
    controller,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    lastReport,
    testOps: import.meta.env.MODE === 'test' ? createTestOps(controller, lastReport) : undefined,
  };

  // Startup recovery runs before any message is answered, so nobody can start a new session on top of
  // an interrupted one.
  const ready = controller
    .recoverAtStartup()
    .then(async (report) => {
      if (report) await saveReport(report);
    })
    .catch((error) => console.error('startup recovery failed', error))
    .finally(() => controller.status().then(refreshBadge));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return ready
      .then(() => routeMessage(message, sender, deps))
      .then(async (result) => {
        if (result && typeof result === 'object' && 'report' in result) await saveReport((result as { report: EndReport }).report);
        return result;
      })
      .catch((error: unknown): RejectedReply => ({ rejected: error instanceof Error ? error.message : 'error' }));
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void controller.status().then(refreshBadge);
  });
});
