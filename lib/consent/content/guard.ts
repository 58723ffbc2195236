import type { Category, PersonalCategory } from '../categories';
import { gateAction, GATED_EVENTS, recognisePasted, recogniseTyped } from '../gate';
import type { ConsentStateReply } from '../protocol';
import { looksLikeSendButton, reviewItems, type ReviewField } from '../review';
import { promptTexts, type Translate } from '../texts';
import { buttonLabel, editable, fieldOf, inputType, labelOf, setValue, valueOf } from './fields';
import { RefusedMark } from './mark';
import { openConsentPrompt, type PromptHandle } from './prompt';
import { openReviewPanel } from './review-ui';

export interface GuardDeps {
  win: Window;
  /** lib/detect's classifyField(el).category */
  classify(el: Element): Category;
  fetchState(): Promise<ConsentStateReply>;
  sendAnswer(category: PersonalCategory, answer: 'yes' | 'no'): Promise<unknown>;
  t: Translate;
  lang: 'fr' | 'en';
  testMode?: boolean;
  now?: () => number;
}

/** A focus counts as the helper's when it follows a real click or key press this recently. */
const INTERACTION_WINDOW_MS = 1500;

/**
 * The gate, in one content script per frame. Event delegation at window level, capture phase: fields added
 * later by single-page apps, open shadow roots (composedPath) and client-side navigation are covered without
 * scanning the page. Outside a session every handler returns at its first line.
 *
 * The lock lives here, in the isolated world's memory; the DOM holds nothing that tells the page the state.
 */
export class ConsentGuard {
  private state: ConsentStateReply | null = null;
  private categories = new WeakMap<Element, Category>();
  private recognised = new WeakMap<Element, PersonalCategory>();
  private snapshots = new WeakMap<Element, string>();
  private focusValues = new WeakMap<Element, string>();
  /** Personal fields that received data with consent: what the review shows. Emptied when sent and at the end. */
  private touched = new Map<Element, PersonalCategory>();
  private marks = new Map<Element, RefusedMark>();
  private prompt: { handle: PromptHandle; field: Element; category: PersonalCategory } | null = null;
  private review: { close(): void } | null = null;
  private bypassSubmit = false;
  private lastInteraction = Number.NEGATIVE_INFINITY;
  private generation = 0;
  private markFrame = 0;
  /** Test builds: milliseconds spent in this script's handlers. */
  cost = 0;

  constructor(private readonly deps: GuardDeps) {}

  private now(): number {
    return this.deps.now ? this.deps.now() : this.deps.win.performance.now();
  }

  get active(): boolean {
    return this.state !== null;
  }

  private listeners: AbortController | null = null;

  install(): void {
    const { win } = this.deps;
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    const capture = { capture: true, signal } as const;
    win.addEventListener('focusin', this.measured(this.onFocusIn), capture);
    win.addEventListener('pointerdown', this.measured(this.onPointerDown), capture);
    for (const type of GATED_EVENTS) win.addEventListener(type, this.measured(this.onGated), capture);
    win.addEventListener('submit', this.measured(this.onSubmit), capture);
    win.addEventListener('click', this.measured(this.onClick), capture);
    win.addEventListener('scroll', this.onLayout, { capture: true, passive: true, signal });
    win.addEventListener('resize', this.onLayout, { passive: true, signal });
    win.addEventListener('pageshow', () => void this.refresh(), { signal });
  }

  uninstall(): void {
    this.listeners?.abort();
    this.listeners = null;
    this.state = null;
    this.teardown();
  }

  private measured<E extends Event>(handler: (event: E) => void): (event: E) => void {
    if (import.meta.env.MODE !== 'test' || !this.deps.testMode) return handler;
    return (event: E) => {
      const start = this.deps.win.performance.now();
      try {
        handler(event);
      } finally {
        this.cost += this.deps.win.performance.now() - start;
      }
    };
  }

  /** Re-reads this site's answers from the background (at start, and when told they changed). */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    let next: ConsentStateReply | null;
    try {
      next = await this.deps.fetchState();
    } catch {
      next = null;
    }
    if (generation !== this.generation) return;
    this.apply(next);
  }

  apply(next: ConsentStateReply | null): void {
    const start = this.deps.win.performance.now();
    this.state = next && next.active ? next : null;
    if (!this.state) {
      this.teardown();
    } else {
      for (const [field, mark] of this.marks) {
        if (this.answerFor(this.categoryOf(field)) !== 'no') {
          mark.remove();
          this.marks.delete(field);
        }
      }
      if (this.prompt && this.answerFor(this.prompt.category) !== undefined) {
        const { handle } = this.prompt;
        this.prompt = null;
        handle.close();
      }
    }
    if (import.meta.env.MODE === 'test' && this.deps.testMode) this.cost += this.deps.win.performance.now() - start;
  }

  private teardown(): void {
    this.prompt?.handle.close();
    this.prompt = null;
    this.review?.close();
    this.review = null;
    for (const mark of this.marks.values()) mark.remove();
    this.marks.clear();
    this.touched.clear();
    this.categories = new WeakMap();
    this.recognised = new WeakMap();
    this.snapshots = new WeakMap();
    this.focusValues = new WeakMap();
  }

  private needs(category: Category): category is PersonalCategory {
    return this.state !== null && category !== 'none' && this.state.categories.includes(category);
  }

  private answerFor(category: Category): 'yes' | 'no' | undefined {
    return this.state?.answers[category];
  }

  categoryOf(el: Element): Category {
    const recognised = this.recognised.get(el);
    if (recognised) return recognised;
    let category = this.categories.get(el);
    if (category === undefined) {
      try {
        category = this.deps.classify(el);
      } catch {
        category = 'none';
      }
      this.categories.set(el, category);
    }
    return category;
  }

  private snapshot(el: Element): void {
    if (this.snapshots.has(el)) return;
    this.snapshots.set(el, this.focusValues.get(el) ?? valueOf(el));
  }

  /** Value before anything slipped in: the snapshot, else the value the server rendered. */
  private lockedValue(el: Element): string {
    const saved = this.snapshots.get(el);
    if (saved !== undefined) return saved;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).defaultValue;
    if (el.tagName === 'SELECT') {
      const options = Array.from((el as HTMLSelectElement).options);
      return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
    }
    return '';
  }

  private stop(event: Event): void {
    if (event.cancelable) event.preventDefault();
    event.stopImmediatePropagation();
  }

  private readonly onPointerDown = (event: Event): void => {
    if (event.isTrusted) this.lastInteraction = this.now();
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (!this.state) return;
    const field = fieldOf(event);
    if (!field) return;
    if (!this.focusValues.has(field)) this.focusValues.set(field, valueOf(field));
    if (this.prompt) return;
    const category = this.categoryOf(field);
    if (!this.needs(category)) return;
    const answer = this.answerFor(category);
    if (answer === 'yes') return;
    this.snapshot(field);
    if (answer === 'no') this.showMark(field, category);
    else if (event.isTrusted && this.now() - this.lastInteraction < INTERACTION_WINDOW_MS) this.ask(field, category);
  };

  private readonly onGated = (event: Event): void => {
    if (!this.state) return;
    if (event.type === 'keydown' && event.isTrusted) this.lastInteraction = this.now();
    const field = fieldOf(event);
    if (!field) return;
    const category = this.categoryOf(field);
    if (this.needs(category)) {
      const answer = this.answerFor(category);
      if (answer === 'yes') {
        if (event.type === 'input' || event.type === 'change') this.touched.set(field, category);
        return;
      }
      this.gate(event, field, category, answer);
      return;
    }
    if (category !== 'none') return;
    this.recognise(event, field);
  };

  private gate(event: Event, field: Element, category: PersonalCategory, answer: 'no' | undefined): void {
    const action = gateAction(event as KeyboardEvent & InputEvent);
    if (action === 'allow') return;
    if (action === 'restore') {
      setValue(field, this.lockedValue(field));
      this.stop(event);
      return;
    }
    this.snapshot(field);
    this.stop(event);
    if (answer === 'no') this.showMark(field, category);
    else if (event.isTrusted && !this.prompt) this.ask(field, category);
  }

  /** Unclassified field: does what is pasted, dropped or typed look like a NIR, IBAN, card, e-mail, phone? */
  private recognise(event: Event, field: Element): void {
    let found: PersonalCategory | null;
    if (event.type === 'paste' || event.type === 'drop') {
      const data = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
      found = recognisePasted(data?.getData('text/plain') ?? data?.getData('text') ?? '');
    } else if (event.type === 'input') {
      found = recogniseTyped(valueOf(field));
    } else {
      return;
    }
    if (!found || !this.needs(found)) return;
    this.recognised.set(field, found);
    const answer = this.answerFor(found);
    if (answer === 'yes') {
      this.touched.set(field, found);
      return;
    }
    const before = this.focusValues.get(field) ?? '';
    this.snapshots.set(field, before);
    if (event.type === 'input') setValue(field, before);
    this.stop(event);
    if (answer === 'no') this.showMark(field, found);
    else if (!this.prompt) this.ask(field, found);
  }

  /** Opens the question to the person. */
  ask(field: Element, category: PersonalCategory): void {
    if (!this.state || this.prompt) return;
    const { win, t, lang } = this.deps;
    const mandate = this.state.mandate && this.state.mandateCategories?.includes(category) ? this.state.mandate : null;
    const texts = promptTexts(category, this.state.site ?? win.location.hostname, lang, t, mandate);
    const handle = openConsentPrompt(
      win.document,
      texts,
      {
        onAnswer: (answer) => this.answered(field, category, answer),
        onDismiss: () => this.dismissed(field),
      },
      { testMode: this.deps.testMode },
    );
    this.prompt = { handle, field, category };
  }

  private answered(field: Element, category: PersonalCategory, answer: 'yes' | 'no'): void {
    const state = this.state;
    this.prompt = null;
    if (!state) return;
    state.answers = { ...state.answers, [category]: answer };
    void this.deps.sendAnswer(category, answer).catch((error) => console.warn('parenthese: answer not recorded', String(error)));
    if (answer === 'yes') {
      for (const [marked, mark] of this.marks) {
        if (this.categoryOf(marked) === category) {
          mark.remove();
          this.marks.delete(marked);
        }
      }
    } else {
      this.showMark(field, category);
    }
    this.refocus(field);
  }

  private dismissed(field: Element): void {
    this.prompt = null;
    this.refocus(field);
  }

  private refocus(field: Element): void {
    const target = field as HTMLElement;
    if (typeof target.focus !== 'function' || !target.isConnected) return;
    // A programmatic focus: onFocusIn only asks after a real interaction, and this one is not.
    this.lastInteraction = Number.NEGATIVE_INFINITY;
    // The dialog's own focus restoration leaves the caret out of the field in Chromium: focus it again for real.
    const root = target.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === target) target.blur();
    target.focus({ preventScroll: true });
  }

  private showMark(field: Element, category: PersonalCategory): void {
    if (this.marks.has(field)) {
      this.marks.get(field)!.place();
      return;
    }
    const mark = new RefusedMark(
      this.deps.win.document,
      field,
      this.deps.t('consent_refused_tooltip'),
      () => {
        if (!this.prompt) this.ask(field, category);
      },
      this.deps.testMode,
    );
    this.marks.set(field, mark);
  }

  private readonly onLayout = (): void => {
    if (this.marks.size === 0 || this.markFrame) return;
    this.markFrame = this.deps.win.requestAnimationFrame(() => {
      this.markFrame = 0;
      for (const mark of this.marks.values()) mark.place();
    });
  };

  private fieldsForReview(fields: Element[]): ReviewField[] {
    return fields.map((field) => ({
      label: labelOf(field),
      value: field.tagName === 'SELECT' ? ((field as HTMLSelectElement).selectedOptions[0]?.text ?? '') : valueOf(field),
      type: inputType(field),
      category: this.touched.get(field) ?? this.categoryOf(field),
      autocomplete: field.getAttribute('autocomplete') ?? undefined,
      name: field.getAttribute('name') ?? field.getAttribute('id') ?? undefined,
    }));
  }

  private touchedIn(scope: (field: Element) => boolean): Element[] {
    return [...this.touched.keys()].filter((field) => field.isConnected && scope(field));
  }

  private readonly onSubmit = (event: Event): void => {
    if (!this.state?.review) return;
    if (this.bypassSubmit) {
      this.bypassSubmit = false;
      return;
    }
    const form = event.target as HTMLFormElement | null;
    if (!form || form.tagName !== 'FORM' || this.touched.size === 0) return;
    const fields = this.touchedIn((field) => (field as HTMLInputElement).form === form || form.contains(field));
    const items = reviewItems(this.fieldsForReview(fields), this.deps.t('consent_review_no_label'));
    if (items.length === 0) return;
    this.stop(event);
    const submitter = (event as SubmitEvent).submitter ?? null;
    this.openReview(items, fields, true, () => {
      for (const field of fields) this.touched.delete(field);
      this.bypassSubmit = true;
      try {
        const own = submitter && (submitter as HTMLButtonElement).form === form ? submitter : null;
        if (own) form.requestSubmit(own);
        else form.requestSubmit();
      } catch {
        try {
          form.requestSubmit();
        } catch {
          // the form is gone
        }
      } finally {
        this.bypassSubmit = false;
      }
    });
  };

  /** Sites that send by script on a button click: a non-blocking review, so the site never breaks. */
  private readonly onClick = (event: Event): void => {
    if (!this.state?.review || this.touched.size === 0 || !event.isTrusted) return;
    const target = (event.composedPath()[0] ?? event.target) as Element | null;
    const button = target?.closest?.('button, [role="button"], input[type="button"], input[type="submit"]');
    if (!button) return;
    const type = (button.getAttribute('type') ?? (button.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
    if ((type === 'submit' || type === 'image') && (button as HTMLButtonElement).form) return; // the submit event handles it
    if (!looksLikeSendButton(buttonLabel(button))) return;
    let scope: Element | null = button.parentElement;
    let fields: Element[] = [];
    while (scope && fields.length === 0) {
      const container = scope;
      fields = this.touchedIn((field) => container.contains(field));
      scope = scope.parentElement;
    }
    const items = reviewItems(this.fieldsForReview(fields), this.deps.t('consent_review_no_label'));
    if (items.length === 0) return;
    for (const field of fields) this.touched.delete(field);
    this.openReview(items, fields, false, () => undefined);
  };

  private openReview(items: ReturnType<typeof reviewItems>, fields: Element[], blocking: boolean, onSend: () => void): void {
    const { t, lang, win } = this.deps;
    this.review?.close();
    this.review = openReviewPanel(
      win.document,
      items,
      {
        lang,
        title: t('consent_prompt_title'),
        question: t('consent_review_question'),
        noticeQuestion: t('consent_review_notice'),
        send: t('consent_review_send'),
        fix: t('consent_review_fix'),
        ok: t('consent_review_ok'),
      },
      {
        onSend: () => {
          this.review = null;
          onSend();
        },
        onFix: () => {
          this.review = null;
          const first = fields.find((field) => field.isConnected) as HTMLElement | undefined;
          first?.focus();
        },
      },
      blocking,
      { testMode: this.deps.testMode },
    );
  }

  /** For tests: is this field locked right now? */
  isLocked(el: Element): boolean {
    const field = editable(el);
    if (!field || !this.state) return false;
    const category = this.categoryOf(field);
    return this.needs(category) && this.answerFor(category) !== 'yes';
  }
}
