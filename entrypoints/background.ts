import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { BackgroundApp, BackgroundModule } from '../lib/background/app';
import { createRouter, type Route } from '../lib/background/router';
import type { RejectedReply } from '../lib/messaging/catalog';
import { showSessionBadge } from '../lib/platform/badge';
import { browserPrivacyApi } from '../lib/platform/privacy';
import { browserSessionStore, sessionArea } from '../lib/platform/session-store';
import { SessionController, type EndReport, type EndStep, type SessionStatus } from '../lib/session/controller';
import { sessionRoutes } from '../lib/session/messages';
import { sessionTestOps, testRoute, type TestOps } from '../lib/testing/bridge-ops';
import { browserWipeApis } from '../lib/platform/wipe-apis';
import { wipeModule } from '../lib/wipe';
import { createSettingsService } from '../lib/background/settings-service';
import { remindersModule } from '../lib/reminders/background';
import { createConsentModule } from '../lib/consent/background';
import { sessionMarkRegistrar, type SessionMarkApis } from '../lib/consent/session-mark';
import { holdPasswordSavingOff } from '../lib/session/privacy-guard';
import { policyRoutes, policyTestOps } from '../lib/policy/background';

const BADGE_ALARM = 'parenthese-badge';
const LAST_REPORT_KEY = 'lastEndReport';

/** Capabilities plug in here; each keeps its wiring in its own lib/ module. */
const MODULES: BackgroundModule[] = [];

export default defineBackground(() => {
  const settingsService = createSettingsService();
  MODULES.push(
    wipeModule({
      apis: () => browserWipeApis(),
      getOptions: async () => {
        const s = await settingsService.settings();
        return { scope: s.wipeScope, dataTypes: s.wipeDataTypes, deleteDownloadedFiles: s.deleteDownloadedFiles, closeTabsAtEnd: s.closeTabsAtEnd, keepSites: s.keepSites };
      },
      getIdleSettings: async () => {
        const s = await settingsService.settings();
        return { idleEndMinutes: s.idleEndMinutes, warningSeconds: s.idleWarningSeconds };
      },
    }),
  );
  MODULES.push(remindersModule(settingsService.settings));
  MODULES.push(
    createConsentModule({
      options: settingsService.settings,
      sessionMark: sessionMarkRegistrar(() => browser as unknown as SessionMarkApis),
    }),
  );
  const statusListeners: ((status: SessionStatus) => void | Promise<void>)[] = [];
  const endedListeners: ((report: EndReport) => void)[] = [];
  const endSteps: EndStep[] = [];

  const controller = new SessionController({
    store: browserSessionStore,
    privacy: browserPrivacyApi,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: async () => ({ keepPasswordSavingOff: (await settingsService.settings()).passwordSavingAlwaysOff }),
    endSteps,
    // Every listener runs, whatever another one does; a failing one is logged, never blocks the session.
    onChange: async (status) => {
      await Promise.all(
        statusListeners.map(async (listener) => {
          try {
            await listener(status);
          } catch (error) {
            console.error('status listener', error);
          }
        }),
      );
    },
  });

  // The last report lives in memory-only storage: gone when the browser closes.
  let memoryReport: EndReport | null = null;
  const saveReport = async (report: EndReport) => {
    const area = sessionArea();
    if (area) await area.set({ [LAST_REPORT_KEY]: report });
    else memoryReport = report;
    endedListeners.forEach((listener) => listener(report));
  };
  const lastReport = async (): Promise<EndReport | null> => {
    const area = sessionArea();
    if (!area) return memoryReport;
    const got = await area.get(LAST_REPORT_KEY);
    return (got[LAST_REPORT_KEY] as EndReport | undefined) ?? null;
  };

  const app: BackgroundApp = {
    controller,
    endSteps,
    onStatusChange: (listener) => statusListeners.push(listener),
    onSessionEnded: (listener) => endedListeners.push(listener),
  };

  const refreshBadge = (status: SessionStatus) => {
    showSessionBadge(status, Date.now()).catch((error) => console.warn('badge', error));
    if (status.phase === 'active') void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
    else void browser.alarms.clear(BADGE_ALARM);
  };
  app.onStatusChange(refreshBadge);

  // "Keep password saving off always": held outside sessions too (a session holds it anyway).
  const applyAlwaysOff = async () => {
    const settings = await settingsService.settings();
    if (settings.passwordSavingAlwaysOff && (await controller.status()).phase === 'idle') await holdPasswordSavingOff(browserPrivacyApi);
  };
  settingsService.onChange(() => void applyAlwaysOff().catch((error) => console.warn('always-off', error)));

  const routes: Route[] = [...sessionRoutes(controller, lastReport), ...policyRoutes(settingsService)];
  const testOps: TestOps = {};
  for (const install of MODULES) {
    const contribution = install(app);
    routes.push(...(contribution.routes ?? []));
    Object.assign(testOps, contribution.testOps ?? {});
  }
  // Test builds only: the condition is a build-time constant, so release builds carry none of this.
  if (import.meta.env.MODE === 'test') {
    routes.push(testRoute({ ...testOps, ...sessionTestOps(controller, lastReport), ...policyTestOps(settingsService) }));
  }

  const routeMessage = createRouter({ ownId: browser.runtime.id, ownOrigin: browser.runtime.getURL('/'), routes });

  // Startup recovery runs before any message is answered, so nobody can start a new session on top of
  // an interrupted one.
  const ready = controller
    .recoverAtStartup()
    .then(async (report) => {
      if (report) await saveReport(report);
    })
    .catch((error) => console.error('startup recovery failed', error))
    .then(() => applyAlwaysOff())
    .catch((error) => console.error('password saving hold failed', error))
    .finally(() => controller.status().then(refreshBadge));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    return ready
      .then(() => routeMessage(message, sender))
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
