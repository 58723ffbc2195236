import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReminders } from '../lib/reminders/page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startReminders({ isTest: import.meta.env.MODE === 'test', signal: controller.signal });
  },
});
