import { browser } from 'wxt/browser';
import type { BackgroundModule } from '../background/app';
import type { SenderInfo } from '../messaging/catalog';
import { route } from '../background/router';
import type { PersonalCategory } from './categories';
import { ConsentLedger, type ConsentEntry } from './ledger';
import { CONSENT_CHANGED, consentPageRequests, consentUiRequests, siteOf, type ConsentStateReply } from './messages';
import { DEFAULT_CONSENT_OPTIONS, normaliseOptions, type ConsentOptionsSource } from './options';
import { z } from 'zod';
import { t, uiLanguage } from '../i18n';
import { mandateCategoriesFor, mandateTexts } from './mandate';
import { sessionArea } from '../platform/session-store';
import { SESSION_MARK_FILE, type SessionMarkRegistrar } from './session-mark';

/** Key of the mirror in storage.session (memory-only: never written to disk). */
export const CONSENT_STORAGE_KEY = 'consent.v1';

const entrySchema = z.object({
  id: z.string().max(64),
  site: z.string().max(253),
  category: z.string(),
  answer: z.enum(['yes', 'no']),
  at: z.number(),
});

/** The UI script (entrypoints/guard-ui.ts), injected into the asking frame only, on the guard's first need. */
export const GUARD_UI_FILE = '/guard-ui.js';

interface InjectionApis {
  scripting?: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[]; documentIds?: string[] };
      files: string[];
      injectImmediately?: boolean;
    }): Promise<unknown>;
  };
  tabs: { executeScript?(tabId: number, details: { file: string; frameId: number; runAt: string; matchAboutBlank?: boolean }): Promise<unknown> };
}

/**
 * Chrome MV3: scripting.executeScript, aimed at the sender's document when the browser names it (so a frame that
 * navigated meanwhile gets nothing), without waiting for the page to finish loading. Firefox MV2: no scripting
 * API without the permission, tabs.executeScript at document_start (the default, document_idle, would wait for
 * a slow page). Both land in the same isolated world as the guard content script.
 */
async function injectIntoSender(file: string, tabId: number, frameId: number, documentId: string | undefined): Promise<void> {
  const apis = browser as unknown as InjectionApis;
  if (apis.scripting?.executeScript) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await apis.scripting.executeScript({ target, files: [file], injectImmediately: true });
  } else if (apis.tabs.executeScript) {
    await apis.tabs.executeScript(tabId, { file, frameId, runAt: 'document_start', matchAboutBlank: true });
  } else {
    throw new Error(`${file}: no script injection API`);
  }
}

export interface ConsentModuleOptions {
  /** Settings getter (lib/policy plugs in here); defaults: every category, per site and category, review on. */
  options?: ConsentOptionsSource;
  now?: () => number;
  /**
   * Registers the session mark while a session runs (lib/consent/session-mark.ts). Without it (unit tests), the
   * guards are woken by the state-change message only.
   */
  sessionMark?: SessionMarkRegistrar;
}

/**
 * The consent ledger lives in the background. Content scripts ask for the answers of their own site and
 * report the person's answer; they cannot list, withdraw or answer for another site.
 */
export function createConsentModule(moduleOptions: ConsentModuleOptions = {}): BackgroundModule {
  return (app) => {
    const ledger = new ConsentLedger(moduleOptions.now);
    const getOptions = async () => normaliseOptions(await (moduleOptions.options ?? (() => DEFAULT_CONSENT_OPTIONS))());
    let active = false;

    const persist = async () => {
      const area = sessionArea();
      if (!area) return;
      if (ledger.list().length === 0) await area.remove(CONSENT_STORAGE_KEY);
      else await area.set({ [CONSENT_STORAGE_KEY]: ledger.list() });
    };

    /** Every frame re-reads its answers; no payload, so nothing leaks to a page. */
    const broadcast = async () => {
      try {
        const tabs = await browser.tabs.query({});
        await Promise.all(
          tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, { type: CONSENT_CHANGED }).catch(() => undefined))),
        );
      } catch {
        // no tabs API in this context (unit tests)
      }
    };

    /**
     * The mark follows the session (read when the change's turn comes). Should the browser refuse it, the guards
     * of the pages the session opens are woken one by one instead, when their document is parsed (the guard,
     * there since document_start, is listening by then): refused is logged, never left silent.
     */
    const sessionRuns = async () => (await app.controller.status()).phase === 'active';
    let markMissing = false;
    let refuseNextMark = false;
    const markSession = async () => {
      try {
        if (import.meta.env.MODE === 'test' && refuseNextMark) {
          refuseNextMark = false;
          throw new Error('refused by the test bridge');
        }
        await moduleOptions.sessionMark?.sync(sessionRuns);
        markMissing = false;
      } catch (error) {
        markMissing = true;
        console.error('parenthese: session mark not updated; pages are woken one by one', String(error));
      }
    };
    // Registered synchronously so an MV3 worker woken by the event gets it.
    browser.webNavigation?.onDOMContentLoaded.addListener((details) => {
      if (!markMissing || !active) return;
      void browser.tabs.sendMessage(details.tabId, { type: CONSENT_CHANGED }, { frameId: details.frameId }).catch(() => undefined);
    });

    // After a worker restart, pick the session's answers back up from memory-only storage.
    const restored = (async () => {
      try {
        active = await sessionRuns();
        await markSession();
        const area = sessionArea();
        if (!area || !active) return;
        const got = await area.get(CONSENT_STORAGE_KEY);
        const parsed = z.array(entrySchema).max(1000).safeParse(got[CONSENT_STORAGE_KEY]);
        if (parsed.success) ledger.load(parsed.data as ConsentEntry[]);
      } catch {
        // start empty
      }
    })();

    const endOfSession = async () => {
      ledger.clear();
      await persist().catch(() => undefined);
    };
    // A session is reported started once its mark is registered: a page opened right after gets its guard awake.
    app.onStatusChange(async (status) => {
      const now = status.phase === 'active';
      if (now !== active || !now) {
        active = now;
        if (!now) void endOfSession();
        await markSession();
        void broadcast();
      }
    });
    app.onSessionEnded(() => void endOfSession());

    const isActive = async () => {
      await restored;
      return sessionRuns();
    };

    /** A guard asks for one of the extension's scripts in its own frame; outside a session it needs none of them. */
    const injectDuringSession = (file: string) => async (_message: unknown, sender: SenderInfo) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error(`${file}: no tab`);
      if (!(await isActive())) return { loaded: false };
      await injectIntoSender(file, tabId, sender.frameId ?? 0, (sender as { documentId?: string }).documentId);
      return { loaded: true };
    };

    const mandate = (url: string, options: { mandateOverrides?: unknown; mandateExtraDomains?: readonly string[] }) => {
      const mandateCategories = mandateCategoriesFor(url, options.mandateExtraDomains);
      return mandateCategories.length === 0 ? {} : { mandateCategories, mandate: mandateTexts(uiLanguage(), options.mandateOverrides, t) };
    };

    const state = async (url: string | undefined): Promise<ConsentStateReply> => {
      const options = await getOptions();
      const site = siteOf(url);
      if (!(await isActive()) || !site) {
        return { active: false, site, answers: {}, categories: [], review: false };
      }
      return {
        active: true,
        site,
        answers: ledger.answersFor(site, options.consentCategories, options.consentGranularity),
        categories: [...options.consentCategories],
        review: options.reviewBeforeSubmit,
        ...mandate(url!, options),
      };
    };

    return {
      routes: [
        route({
          type: 'page.consent.state',
          from: 'content_script',
          schema: consentPageRequests.state,
          handle: (_message, sender) => state(sender.url),
        }),
        route({
          type: 'page.consent.answer',
          from: 'content_script',
          schema: consentPageRequests.answer,
          handle: async (message, sender) => {
            const site = siteOf(sender.url);
            if (!site) throw new Error('page.consent.answer: no site');
            if (!(await isActive())) return { recorded: false };
            const options = await getOptions();
            const category = message.category as PersonalCategory;
            if (!options.consentCategories.includes(category)) return { recorded: false };
            ledger.record(site, category, message.answer);
            await persist();
            void broadcast();
            return { recorded: true };
          },
        }),
        route({ type: 'page.consent.loadUi', from: 'content_script', schema: consentPageRequests.loadUi, handle: injectDuringSession(GUARD_UI_FILE) }),
        // the session mark, which brings the vocabulary, into a frame that was open before the session
        route({
          type: 'page.consent.loadVocabulary',
          from: 'content_script',
          schema: consentPageRequests.loadVocabulary,
          handle: injectDuringSession(`/${SESSION_MARK_FILE}`),
        }),
        route({
          type: 'ui.consent.list',
          from: 'extension_page',
          schema: consentUiRequests.list,
          handle: async () => {
            await restored;
            return ledger.list();
          },
        }),
        route({
          type: 'ui.consent.withdraw',
          from: 'extension_page',
          schema: consentUiRequests.withdraw,
          handle: async (message) => {
            await restored;
            const withdrawn = ledger.withdraw(message.id);
            if (withdrawn) {
              await persist();
              void broadcast();
            }
            return { withdrawn, entries: ledger.list() };
          },
        }),
      ],
      testOps: {
        'consent.list': async () => ledger.list(),
        'consent.options': async () => ({ options: await getOptions(), active: await isActive() }),
        ...(import.meta.env.MODE === 'test'
          ? {
              'consent.refuseNextMark': async () => {
                refuseNextMark = true;
                return true;
              },
            }
          : {}),
        'consent.withdrawAll': async () => {
          for (const entry of ledger.list()) ledger.withdraw(entry.id);
          await persist();
          await broadcast();
          return ledger.list();
        },
      },
    };
  };
}
