import { z } from 'zod';
import type { BackgroundModule } from '../background/app';
import { route } from '../background/router';
import { t, uiLanguage } from '../i18n';
import { reminderFor, type ReminderOptions } from './index';
import { emailReminderTexts, reminderText, simulatorReminderTexts, type ReminderTextOverrides } from './texts';

/** The structure's whole-text overrides (policy `reminderTextOverrides`), one per reminder and language. */
export interface PolicyReminderTexts {
  simulatorFr?: string;
  simulatorEn?: string;
  emailFr?: string;
  emailEn?: string;
  mandateFr?: string;
  mandateEn?: string;
}

export interface ReminderSettings extends ReminderOptions {
  reminderTextOverrides?: PolicyReminderTexts;
}

/**
 * A structure's text replaces the body of a reminder (the title stays, so the helper still recognises it):
 * the simulator's intro and its four points become that one text; likewise for the e-mail reminder.
 */
export function overridesFromPolicy(texts: PolicyReminderTexts | undefined): { overrides: ReminderTextOverrides; replaced: { simulator: boolean; email: boolean } } {
  const pick = (fr?: string, en?: string) => ({ ...(fr?.trim() ? { fr } : {}), ...(en?.trim() ? { en } : {}) });
  const simulator = pick(texts?.simulatorFr, texts?.simulatorEn);
  const email = pick(texts?.emailFr, texts?.emailEn);
  const mandate = pick(texts?.mandateFr, texts?.mandateEn);
  const lang = uiLanguage();
  return {
    overrides: { simulatorIntro: simulator, emailReadable: email, mandateNote: mandate },
    replaced: { simulator: lang in simulator, email: lang in email },
  };
}

const queryRequest = z.object({
  type: z.literal('page.reminders.query'),
  /** The page's current URL: after client-side navigation it differs from the browser's record of the load. */
  url: z.string().max(2000).optional(),
  title: z.string().max(500).default(''),
  headings: z.array(z.string().max(500)).max(10).default([]),
});
const ackRequest = z.object({ type: z.literal('page.reminders.ack'), kind: z.enum(['simulator', 'email']) });

export interface ReminderAnswer {
  active: boolean;
  simulator?: { texts: { title: string; intro: string; items: string[] }; amountNote: string; acknowledged: boolean };
  email?: { texts: { title: string; lines: string[] }; acknowledged: boolean };
  labels?: { banner: string; dismiss: string; expand: string; collapse: string };
}

/**
 * The background decides which reminders a page gets, from the browser's record of the page's URL
 * (never from what the page claims) and the structure's settings. "Acknowledged once per site per session"
 * lives in memory and is forgotten when the session ends.
 */
export function remindersModule(getSettings: () => Promise<ReminderSettings>): BackgroundModule {
  return (app) => {
    const acknowledged = new Set<string>();
    app.onStatusChange((status) => {
      if (status.phase !== 'active') acknowledged.clear();
    });
    // A page may only name a path on its own origin (what pushState can do anyway), never another site.
    const sameOrigin = (claimed: string | undefined, actual: string) => {
      try {
        return claimed !== undefined && new URL(claimed).origin === new URL(actual).origin;
      } catch {
        return false;
      }
    };
    const siteOf = (url: string | undefined) => {
      try {
        return new URL(url ?? '').hostname;
      } catch {
        return '';
      }
    };
    return {
      routes: [
        route({
          type: 'page.reminders.query',
          from: 'content_script',
          schema: queryRequest,
          handle: async (message, sender): Promise<ReminderAnswer> => {
            if ((await app.controller.status()).phase !== 'active' || !sender.url) return { active: false };
            const settings = await getSettings();
            const url = sameOrigin(message.url, sender.url) ? message.url! : sender.url;
            const applicable = reminderFor(url, { title: message.title, headings: message.headings }, settings);
            const lang = uiLanguage();
            const host = siteOf(sender.url);
            const { overrides, replaced } = overridesFromPolicy(settings.reminderTextOverrides);
            const simulatorTexts = simulatorReminderTexts(lang, overrides, t);
            const emailTexts = emailReminderTexts(lang, overrides, t);
            return {
              active: true,
              labels: {
                banner: t('reminder_banner_label'),
                dismiss: t('reminder_dismiss'),
                expand: t('reminder_expand'),
                collapse: t('reminder_collapse'),
              },
              simulator: applicable.simulator
                ? {
                    texts: replaced.simulator ? { ...simulatorTexts, items: [] } : simulatorTexts,
                    amountNote: reminderText('resultAmount', lang, overrides, t),
                    acknowledged: acknowledged.has(`simulator:${host}`),
                  }
                : undefined,
              email: applicable.emailSignup
                ? {
                    texts: replaced.email ? { ...emailTexts, lines: [emailTexts.lines[0]] } : emailTexts,
                    acknowledged: acknowledged.has(`email:${host}`),
                  }
                : undefined,
            };
          },
        }),
        route({
          type: 'page.reminders.ack',
          from: 'content_script',
          schema: ackRequest,
          handle: async (message, sender) => {
            if ((await app.controller.status()).phase !== 'active') return false;
            acknowledged.add(`${message.kind}:${siteOf(sender.url)}`);
            return true;
          },
        }),
      ],
    };
  };
}
