import { browser } from 'wxt/browser';
import type { BackgroundApp } from '../background/app';
import { t } from '../i18n';
import { IdleTimer, type IdleSettings } from './idle';

/* eslint-disable @typescript-eslint/no-explicit-any -- action vs browserAction, feature-detected */
const api = browser as any;
const ALARM = 'parenthese-idle';

/**
 * Idle auto-end wiring: inert unless the structure sets idleEndMinutes > 0. Activity = the system's input
 * (idle API, 15 s resolution); the warning is a countdown on the toolbar badge and title (one update a second,
 * which also keeps Chrome's worker awake during the warning); at zero the session ends with reason "idle".
 * Only the timer logic (idle.ts) is unit-tested; this wiring has no e2e journey yet.
 */
export function wireIdleEnd(app: BackgroundApp, getSettings: () => Promise<IdleSettings>): void {
  if (!api.idle?.queryState || !api.alarms) return;
  let countdown: ReturnType<typeof setInterval> | null = null;
  const action = api.action ?? api.browserAction;
  const stopCountdown = () => {
    if (countdown) clearInterval(countdown);
    countdown = null;
  };
  const timer = new IdleTimer(
    { idleEndMinutes: 0, warningSeconds: 60 },
    {
      onWarning: () => {
        stopCountdown();
        const show = () => {
          const left = timer.secondsLeft(Date.now());
          if (left === null) return stopCountdown();
          void action?.setBadgeBackgroundColor?.({ color: '#a3332b' });
          void action?.setBadgeText?.({ text: `${left}s` });
          void action?.setTitle?.({ title: t('endpage_idle_warning', [String(left)]) });
          void api.idle.queryState(15).then((state: string) => {
            if (state === 'active') timer.activity(Date.now());
          });
          timer.tick(Date.now());
        };
        show();
        countdown = setInterval(show, 1000);
      },
      onWarningCancelled: stopCountdown,
      onExpire: () => {
        stopCountdown();
        void app.controller.end('idle');
      },
    },
  );

  app.onStatusChange((status) => {
    if (status.phase !== 'active' || status.startedAt === null) {
      timer.stop();
      void api.alarms.clear(ALARM);
      return;
    }
    if (timer.current.phase !== 'off') return;
    void getSettings().then((settings) => {
      timer.start(Date.now(), settings);
      if (timer.current.phase !== 'off') void api.alarms.create(ALARM, { periodInMinutes: 0.5 });
    });
  });
  api.idle.onStateChanged?.addListener((state: string) => {
    if (state === 'active') timer.activity(Date.now());
  });
  api.alarms.onAlarm.addListener(async (alarm: { name: string }) => {
    if (alarm.name !== ALARM) return;
    if ((await api.idle.queryState(15)) === 'active') timer.activity(Date.now());
    timer.tick(Date.now());
  });
}
