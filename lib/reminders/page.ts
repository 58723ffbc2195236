import { browser } from 'wxt/browser';
import { isRejectedReply } from '../messaging/catalog';
import type { ReminderAnswer } from './background';
import { amountElementsIn, amountKey, newAmountElements } from './amounts';
import { showAmountNote, showBanner, type OverlayHandle } from './page-ui';

const SESSION_KEY = 'session.v1';

/**
 * The content-script side of the reminders: asks the background what applies to this page, shows it, and
 * watches for a result amount rendered later (single-page simulators) and for client-side navigation.
 * Outside a session it does one query at load and then only listens for a session to start.
 */
export function startReminders(options: { isTest: boolean; signal: AbortSignal }) {
  const banners: OverlayHandle[] = [];
  const notes = new Map<Element, OverlayHandle>();
  const seen = new WeakMap<Element, string>();
  let observer: MutationObserver | null = null;
  let lastUrl = location.href;
  let amountNote = '';

  const isOurs = (node: Node) => node instanceof Element && node.tagName === 'PARENTHESE-REMINDER';

  const clear = () => {
    banners.splice(0).forEach((b) => b.remove());
    notes.forEach((n) => n.remove());
    notes.clear();
    observer?.disconnect();
    observer = null;
  };

  const noteAmounts = (elements: Element[]) => {
    for (const element of elements) {
      notes.get(element)?.remove();
      notes.set(element, showAmountNote(element, amountNote, options.isTest));
    }
  };

  const watchAmounts = () => {
    // Amounts already there at load are the page's own text ("jusqu'à 250 €"); the note is for results
    // that appear after the helper fills the simulator in.
    for (const element of amountElementsIn(document.body, { ignore: isOurs })) seen.set(element, amountKey(element));
    observer = new MutationObserver((records) => {
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        void evaluate();
        return;
      }
      noteAmounts(newAmountElements(records, seen, { ignore: isOurs }));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };

  const evaluate = async () => {
    const headings = [...document.querySelectorAll('h1, h2')].slice(0, 6).map((h) => (h.textContent ?? '').trim().slice(0, 300));
    let answer: ReminderAnswer | null = null;
    try {
      const reply: unknown = await browser.runtime.sendMessage({
        type: 'page.reminders.query',
        url: location.href.slice(0, 2000),
        title: document.title.slice(0, 300),
        headings,
      });
      if (!isRejectedReply(reply)) answer = reply as ReminderAnswer;
    } catch {
      answer = null; // background unreachable (extension reloading): show nothing rather than something stale
    }
    clear();
    if (!answer?.active || !answer.labels) {
      watchNavigationOnly();
      return;
    }
    const labels = answer.labels;
    let offset = 0;
    if (answer.simulator) {
      const { texts, acknowledged } = answer.simulator;
      amountNote = answer.simulator.amountNote;
      banners.push(
        showBanner('simulator', { label: labels.banner, title: texts.title, intro: texts.intro, items: texts.items, dismiss: labels.dismiss, expand: labels.expand, collapse: labels.collapse }, {
          collapsed: acknowledged,
          isTest: options.isTest,
          offsetTop: offset,
          onAcknowledge: () => void browser.runtime.sendMessage({ type: 'page.reminders.ack', kind: 'simulator' }).catch(() => undefined),
        }),
      );
      offset += 70;
      watchAmounts();
    }
    if (answer.email) {
      const { texts, acknowledged } = answer.email;
      banners.push(
        showBanner('email', { label: labels.banner, title: texts.title, items: texts.lines, dismiss: labels.dismiss, expand: labels.expand, collapse: labels.collapse }, {
          collapsed: acknowledged,
          isTest: options.isTest,
          offsetTop: offset,
          onAcknowledge: () => void browser.runtime.sendMessage({ type: 'page.reminders.ack', kind: 'email' }).catch(() => undefined),
        }),
      );
    }
    if (!observer) watchNavigationOnly();
  };

  // Client-side navigation changes the URL without reloading: look again when it does.
  const watchNavigationOnly = () => {
    observer = new MutationObserver(() => {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      void evaluate();
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  };

  // The record is rewritten at every site the session visits; only a start or an end changes what shows here.
  const phaseOf = (value: unknown) => (value as { phase?: string } | undefined)?.phase ?? 'idle';
  const onStorage = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[SESSION_KEY];
    if (area === 'local' && change && phaseOf(change.oldValue) !== phaseOf(change.newValue)) void evaluate();
  };
  browser.storage.onChanged.addListener(onStorage);
  const onPop = () => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      void evaluate();
    }
  };
  window.addEventListener('popstate', onPop);
  options.signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    window.removeEventListener('popstate', onPop);
    clear();
  });
  void evaluate();
}
