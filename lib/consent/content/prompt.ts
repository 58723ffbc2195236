import type { PromptTexts } from '../texts';
import { createSecureHost, trusted, type SecureHost } from './host';
import { UI_CSS } from './styles';

export interface PromptCallbacks {
  onAnswer(answer: 'yes' | 'no'): void;
  /** Escape: no answer; the field stays locked. */
  onDismiss(): void;
}

export interface PromptHandle {
  readonly host: HTMLElement;
  /** Checks the prompt is still attached, styled, open and on top; repairs it if not. */
  check(): void;
  close(): void;
}

export interface ModalUiOptions {
  /** Test builds only: publish button rectangles on the host for coordinate clicks. */
  testMode?: boolean;
  /** Interval of the "still on top" check while open (ms). */
  checkEveryMs?: number;
}

/** A modal <dialog> in a closed shadow root, kept on top and attached while it is open. */
export class ModalSurface {
  readonly secure: SecureHost;
  readonly dialog: HTMLDialogElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  private closing = false;
  private raising = false;
  /**
   * Clickjacking (issue #9): a page element shown in the top layer after ours (popover, modal dialog,
   * fullscreen) is painted above it — and, under our modal, it is inert, so clicks fall through to our
   * buttons unseen. `baseline` is what the page had in the top layer when we last raised ours; anything new,
   * or any popover the page (re)opens since, means "covered": we raise ours again and refuse the click.
   */
  private baseline = new Set<Element>();
  private coveredSince = false;
  private readonly onPageToggle = (event: Event): void => {
    if ((event as Event & { newState?: string }).newState !== 'open' || event.target === this.secure.host) return;
    // 'toggle' is queued: only count it if the element is still open (not a stale event from before our raise)
    if (event.type === 'toggle') {
      try {
        if (!(event.target as Element).matches(':popover-open, :modal')) return;
      } catch {
        return;
      }
    }
    this.coveredSince = true;
  };
  /** Where focus goes when the page pulls it out of the modal (the question). */
  focusTarget: HTMLElement | null = null;
  onUnexpectedClose: (() => void) | null = null;
  onTestInfo: (() => Record<string, unknown>) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly modal: boolean,
    private readonly options: ModalUiOptions,
  ) {
    this.secure = createSecureHost(doc, UI_CSS, () => this.check());
    this.dialog = doc.createElement('dialog');
    if (!modal) this.dialog.className = 'notice';
    this.secure.root.append(this.dialog);
    this.dialog.addEventListener('close', () => {
      if (this.closing || this.raising) return;
      this.onUnexpectedClose?.();
    });
    // Keep keys typed in our dialog away from the page's listeners (it must not learn what was pressed).
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput']) {
      this.dialog.addEventListener(type, (event) => event.stopPropagation());
    }
    for (const type of ['beforetoggle', 'toggle']) doc.defaultView?.addEventListener(type, this.onPageToggle, true);
  }

  /** The page's elements in the top layer right now (light DOM: popovers, modal dialogs, fullscreen). */
  private pageTopLayer(): Element[] {
    const found: Element[] = [];
    for (const selector of [':popover-open', ':modal']) {
      try {
        found.push(...this.doc.querySelectorAll(selector));
      } catch {
        // selector unknown to this browser: nothing of that kind can be open
      }
    }
    const fullscreen = this.doc.fullscreenElement;
    if (fullscreen && fullscreen !== this.secure.host) found.push(fullscreen);
    return found;
  }

  /** Has the page put something above us since we last raised? */
  covered(): boolean {
    return this.coveredSince || this.pageTopLayer().some((el) => !this.baseline.has(el));
  }

  /** For our buttons: a real click counts only if nothing of the page was painted over us; else raise. */
  accepts(event: Event): boolean {
    if (!trusted(event)) return false;
    if (!this.covered()) return true;
    this.raise();
    return false;
  }

  open(): void {
    this.show();
    this.baseline = new Set(this.pageTopLayer());
    this.check();
    this.timer = setInterval(() => this.check(), this.options.checkEveryMs ?? 250);
  }

  private show(): void {
    try {
      if (this.modal) this.dialog.showModal();
      else this.dialog.show();
    } catch {
      // not connected yet, or already open: the next check repairs
      this.dialog.setAttribute('open', '');
    }
  }

  private raise(): void {
    this.raising = true;
    try {
      if (this.dialog.open) this.dialog.close();
      this.show();
      this.focusTarget?.focus({ preventScroll: true });
    } finally {
      this.raising = false;
    }
    this.baseline = new Set(this.pageTopLayer());
    this.coveredSince = false;
  }

  /** Re-attach, re-style, re-open, and re-raise if something of the page covers our centre. */
  check(): void {
    if (this.closing) return;
    const repaired = this.secure.repair();
    if (repaired || !this.dialog.open || this.covered()) this.raise();
    // The page pulled the focus out of our modal (blur(), or while it had detached us): bring it back.
    else if (this.modal && this.focusTarget && !this.secure.root.activeElement) this.focusTarget.focus({ preventScroll: true });
    const rect = this.dialog.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0 && typeof this.doc.elementFromPoint === 'function') {
      const hit = this.doc.elementFromPoint(rect.left + rect.width / 2, rect.top + Math.min(rect.height / 2, 40));
      if (hit !== this.secure.host) this.raise();
    }
    if (import.meta.env.MODE === 'test' && this.options.testMode) this.publishTestInfo();
  }

  private publishTestInfo(): void {
    const rects: Record<string, { x: number; y: number; w: number; h: number }> = {};
    for (const el of this.dialog.querySelectorAll<HTMLElement>('[data-role]')) {
      const r = el.getBoundingClientRect();
      rects[el.dataset.role!] = { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2), w: Math.round(r.width), h: Math.round(r.height) };
    }
    const info = { open: this.dialog.open, covered: this.covered(), rects, ...(this.onTestInfo?.() ?? {}) };
    this.secure.host.setAttribute('data-parenthese-test', JSON.stringify(info));
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    if (this.timer) clearInterval(this.timer);
    for (const type of ['beforetoggle', 'toggle']) this.doc.defaultView?.removeEventListener(type, this.onPageToggle, true);
    try {
      if (this.dialog.open) this.dialog.close();
    } catch {
      // already closed
    }
    this.secure.destroy();
  }

  /** Tab and Shift+Tab cycle inside the dialog. */
  trapFocus(first: () => HTMLElement[]): void {
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const items = first();
      if (items.length === 0) return;
      const active = this.secure.root.activeElement;
      const index = items.indexOf(active as HTMLElement);
      event.preventDefault();
      const next = event.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : index === -1 || index === items.length - 1 ? 0 : index + 1;
      items[next]!.focus();
    });
  }
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { text?: string; className?: string; role?: string } = {}): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.text !== undefined) node.textContent = props.text;
  if (props.className) node.className = props.className;
  if (props.role) node.dataset.role = props.role;
  return node;
}

type SpeechWindow = Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

export function canSpeak(win: SpeechWindow): boolean {
  try {
    return typeof win.speechSynthesis?.speak === 'function' && typeof win.SpeechSynthesisUtterance === 'function';
  } catch {
    return false;
  }
}

/** Reads the text aloud in the page's language; degrades quietly where speech is missing. */
export function speak(win: SpeechWindow, text: string, lang: string): void {
  try {
    if (!canSpeak(win) || !win.SpeechSynthesisUtterance) return;
    const utterance = new win.SpeechSynthesisUtterance(text);
    utterance.lang = lang === 'en' ? 'en-GB' : 'fr-FR';
    utterance.rate = 0.9;
    win.speechSynthesis.cancel();
    win.speechSynthesis.speak(utterance);
  } catch {
    // no voice: nothing to do
  }
}

/**
 * The question to the person. Initial focus is on the question itself, not on a button, so keys the helper
 * was still typing cannot answer by accident; Enter/Space on a focused button (trusted) or a real click do.
 */
export function openConsentPrompt(doc: Document, texts: PromptTexts, callbacks: PromptCallbacks, options: ModalUiOptions = {}): PromptHandle {
  const win = doc.defaultView ?? window;
  const surface = new ModalSurface(doc, true, options);
  const { dialog } = surface;
  dialog.setAttribute('aria-labelledby', 'pq');
  dialog.setAttribute('lang', texts.lang);

  const brand = el(doc, 'p', { text: texts.title, className: 'brand' });
  const question = el(doc, 'h1', { text: texts.question, role: 'question' });
  question.id = 'pq';
  question.tabIndex = -1;
  dialog.append(brand, question);
  if (texts.mandate) {
    const box = el(doc, 'div', { className: 'mandate', role: 'mandate' });
    box.append(el(doc, 'strong', { text: texts.mandate.title }), doc.createTextNode(texts.mandate.note));
    dialog.append(box);
  }
  const row = el(doc, 'div', { className: 'row' });
  const yes = el(doc, 'button', { text: texts.yes, className: 'yes', role: 'yes' });
  const no = el(doc, 'button', { text: texts.no, className: 'no', role: 'no' });
  yes.type = no.type = 'button';
  row.append(yes, no);
  dialog.append(row);
  const buttons: HTMLElement[] = [yes, no];
  if (canSpeak(win)) {
    const speakButton = el(doc, 'button', { text: `🔊 ${texts.speak}`, className: 'speak', role: 'speak' });
    speakButton.type = 'button';
    speakButton.addEventListener('click', (event) => {
      if (!trusted(event)) return;
      const mandate = texts.mandate ? ` ${texts.mandate.title}. ${texts.mandate.note}` : '';
      speak(win, `${texts.question}${mandate} ${texts.yes} ? ${texts.no} ?`, texts.lang);
    });
    dialog.append(speakButton);
    buttons.push(speakButton);
  }
  dialog.append(el(doc, 'p', { text: texts.close, className: 'hint' }));

  let done = false;
  const finish = (then: () => void) => {
    if (done) return;
    done = true;
    try {
      win.speechSynthesis?.cancel();
    } catch {
      // no speech
    }
    surface.close();
    then();
  };
  yes.addEventListener('click', (event) => {
    if (surface.accepts(event)) finish(() => callbacks.onAnswer('yes'));
  });
  no.addEventListener('click', (event) => {
    if (trusted(event)) finish(() => callbacks.onAnswer('no'));
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (trusted(event)) finish(() => callbacks.onDismiss());
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && trusted(event)) {
      event.preventDefault();
      finish(() => callbacks.onDismiss());
    }
  });
  surface.trapFocus(() => buttons);
  surface.focusTarget = question;
  surface.onUnexpectedClose = () => surface.check();
  surface.onTestInfo = () => ({ kind: 'prompt', question: texts.question, mandate: texts.mandate?.note ?? null });
  surface.open();
  question.focus({ preventScroll: true });

  return {
    host: surface.secure.host,
    check: () => surface.check(),
    close: () => finish(() => undefined),
  };
}
