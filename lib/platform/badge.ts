import { browser } from 'wxt/browser';
import { elapsedBadgeText } from '../session/badge';
import type { SessionStatus } from '../session/controller';
import { t } from '../i18n';

type ActionApi = typeof browser.action;

// MV3 (Chrome) has `action`, Firefox MV2 has `browserAction`, with the same badge calls.
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export async function showSessionBadge(status: SessionStatus, now: number): Promise<void> {
  const action = actionApi();
  if (!action) return;
  if (status.phase === 'idle' || status.startedAt === null) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: t('badge_title_idle') });
    return;
  }
  const text = status.phase === 'ending' ? '…' : elapsedBadgeText(status.startedAt, now);
  await action.setBadgeBackgroundColor({ color: '#1f6f5c' });
  await action.setBadgeText({ text });
  const minutes = String(Math.max(0, Math.floor((now - status.startedAt) / 60_000)));
  await action.setTitle({ title: t('badge_title_active', [minutes]) });
}
