import type { Category, PersonalCategory } from '../categories';
import { gateAction, GATED_EVENTS, recognisePasted, recogniseTyped } from '../gate';
import type { ConsentStateReply } from '../protocol';
import { isReviewable, looksLikeSendButton, type ReviewField } from '../review';
import { promptTexts, type Translate } from '../texts';
import { buttonLabel, editable, fieldOf, inputType, isValueField, labelOf, setValue, valueOf, type GuardedField } from './fields';
import type { GuardUi, UiMark, UiPromptHandle } from './ui';

export interface GuardDeps {
  win: Window;
  /** lib/detect's classifyField(el).category */
  classify(el: Element): Category;
  fetchState(): Promise<ConsentStateReply>;
  /**
   * What the classifier needs before a session's state is applied (the content script: the vocabulary, which comes
   * with the session mark). Until it resolves the guard stays as it was, as while the state itself is on its way.
   */
  prepare?(): Promise<void> | void;
  sendAnswer(category: PersonalCategory, answer: 'yes' | 'no'): Promise<unknown>;
  t: Translate;
  lang: 'fr' | 'en';
  testMode?: boolean;
  now?: () => number;
  /**
   * The prompt, review and mark UI (lib/consent/content/ui.ts). The content script gets it from the background
   * on first need (asynchronous); unit tests hand it over directly. Events stay blocked while it loads.
   */
  loadUi(): GuardUi | Promise<GuardUi>;
}

/** A prompt asked for: `handle` is null while the UI loads; `closed` if it was closed before it could open. */
interface PendingPrompt {
  handle: UiPromptHandle | null;
  closed: boolean;
  field: Element;
  category: PersonalCategory;
}

/** A mark or review panel that may still be waiting for the UI. */
class LazyUi<T extends { remove?(): void; close?(): void; place?(): void }> {
  value: T | null = null;
  gone = false;
  place(): void {
    this.value?.place?.();
  }
  remove(): void {
    this.gone = true;
    this.value?.remove?.();
    this.value?.close?.();
  }
  close(): void {
    this.remove();
  }
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
  #state: ConsentStateReply | null = null;
  /** Each field's category: lib/detect's on first use, or what its value was recognised as (one lookup per event). */
  #categories = new WeakMap<Element, Category>();
  #snapshots = new WeakMap<Element, string>();
  #focusValues = new WeakMap<Element, string>();
  /** Personal fields that received data with consent: what the review shows. Emptied when sent and at the end. */
  #touched = new Map<Element, PersonalCategory>();
  #marks = new Map<Element, LazyUi<UiMark>>();
  #prompt: PendingPrompt | null = null;
  #review: LazyUi<{ close(): void }> | null = null;
  #ui: GuardUi | null = null;
  #uiLoading: Promise<GuardUi> | null = null;
  #bypassSubmit = false;
  #lastInteraction = Number.NEGATIVE_INFINITY;
  #generation = 0;
  #markFrame = 0;
  #layoutListened = false;
  /** The last event target that was an input, textarea or select (see fieldOf). */
  #lastTarget: EventTarget | null = null;
  #lastField: GuardedField | null = null;
  /** Test builds: milliseconds spent in this script's handlers (classification included). */
  cost = 0;
  /** Test builds: of which classifying fields. */
  classifyCost = 0;
  /** Test builds: fields classified so far. */
  classified = 0;
  /** Test builds: `cost` per event type (`mutation` for the document.open() watch), with the number of calls. */
  costByEvent?: Record<string, { ms: number; calls: number }>;

  readonly #deps: GuardDeps;

  constructor(deps: GuardDeps) {
    this.#deps = deps;
  }

  /**
   * When an event happened: its timeStamp, on the clock of performance.now() (for trusted input, the input's
   * time). Not a clock read per key press: `window.performance.now()` from the content script's world was
   * measured at about 5 µs a call on 28/11 (a third of a keydown's handling), 0.1–0.5 µs on 29/11's Chromium 150;
   * the event's own timeStamp costs nothing on any of them.
   */
  #timeOf(event: Event): number {
    return this.#deps.now ? this.#deps.now() : event.timeStamp;
  }

  get active(): boolean {
    return this.#state !== null;
  }

  /**
   * What removes every listener this guard added (null once uninstalled). Not an AbortController: the first
   * AbortController of an isolated world costs about 0.1 ms to set up, on every page load, for an uninstall that
   * happens at most once (document.open(), tests).
   */
  #listeners: Array<() => void> | null = null;

  /** addEventListener, remembered for uninstall; a no-op once uninstalled. */
  #listen(target: EventTarget, type: string, listener: (event: never) => void, options: AddEventListenerOptions | boolean): void {
    if (!this.#listeners) return;
    const handler = listener as EventListener;
    target.addEventListener(type, handler, options);
    this.#listeners.push(() => target.removeEventListener(type, handler, options));
  }

  #removeListeners(): void {
    const removers = this.#listeners ?? [];
    this.#listeners = null;
    for (const remove of removers) remove();
  }
  /** Shadow roots that got the submit listener (touch). */
  #shadowRootsListened = new WeakSet<Node>();

  /** Watches for document.open() (see watchForReopen); started with the first session state. */
  #reopenWatch: MutationObserver | null = null;
  /** An event name only this guard knows: hearing it on the window proves the listeners are still there. */
  readonly #probe = `parenthese-${Math.random().toString(36).slice(2)}`;
  #heard = false;

  /**
   * Listeners only, on the window: nothing here touches the document. Outside a session that is all the guard
   * does at load (the first use of `document` in the isolated world alone costs 0.15–0.35 ms per frame, measured
   * 29/11); the document.open() watch starts with the first active state (apply).
   */
  install(): void {
    this.#addListeners();
  }

  #addListeners(): void {
    const { win } = this.#deps;
    this.#listeners = [];
    const capture = true;
    this.#listen(win, 'focusin', this.#measured(this.#onFocusIn), capture);
    // mousedown, not pointerdown: the first pointer (or touch, scroll) listener of a frame makes Chromium update its
    // input-handler registry at once (0.1–0.4 ms on every page load). A mouse or touch press that focuses a field
    // fires mousedown too, before the focus.
    this.#listen(win, 'mousedown', this.#measured(this.#onPress), capture);
    for (const type of GATED_EVENTS) this.#listen(win, type, this.#measured(this.#onGated), capture);
    this.#listen(win, 'submit', this.#measured(this.#onSubmit), capture);
    this.#listen(win, 'click', this.#measured(this.#onClick), capture);
    // back/forward cache: the page comes back as it was, the answers may have changed (the first load already asked)
    this.#listen(win, 'pageshow', (event: PageTransitionEvent) => void (event.persisted && this.refresh()), false);
    this.#listen(win, this.#probe, () => void (this.#heard = true), false);
  }

  /**
   * document.open() erases every event listener of the window and the document, this script's too (HTML standard,
   * "document open steps"): a page could write itself anew and have fields nobody guards. The listeners are
   * checked with the probe event (a page cannot listen for a name it does not know) and put back if gone.
   */
  #ensureListeners(): void {
    if (!this.#listeners) return;
    this.#heard = false;
    this.#deps.win.dispatchEvent(new Event(this.#probe));
    if (this.#heard) return;
    this.#removeListeners();
    this.#layoutListened = false;
    this.#shadowRootsListened = new WeakSet();
    this.#addListeners();
    if (this.#marks.size > 0) this.#listenToLayout();
  }

  /**
   * From the first active state on: document.open() also replaces the document's children, which a
   * MutationObserver (not a listener: it stays) sees; each batch of the document's own children is followed by
   * the probe. Before the observer's callback (a microtask after the page's script), no input can come. A page
   * that called open() before the session state arrived is caught by the check made when the watch starts.
   */
  #watchForReopen(): void {
    if (this.#reopenWatch || !this.#listeners) return;
    this.#ensureListeners();
    this.#reopenWatch = new MutationObserver(this.#measured(() => this.#ensureListeners()));
    this.#reopenWatch.observe(this.#deps.win.document, { childList: true });
  }

  /** Scroll and resize only move the refused marks: listened to from the first mark on. */
  #listenToLayout(): void {
    if (this.#layoutListened || !this.#listeners) return;
    this.#layoutListened = true;
    const { win } = this.#deps;
    this.#listen(win, 'scroll', this.#onLayout, { capture: true, passive: true });
    this.#listen(win, 'resize', this.#onLayout, { passive: true });
  }

  uninstall(): void {
    this.#removeListeners();
    this.#reopenWatch?.disconnect();
    this.#reopenWatch = null;
    this.#shadowRootsListened = new WeakSet();
    this.#layoutListened = false;
    this.#state = null;
    this.#teardown();
  }

  #measured<E>(handler: (event: E) => void): (event: E) => void {
    if (import.meta.env.MODE !== 'test' || !this.#deps.testMode) return handler;
    const clock = this.#deps.win.performance;
    return (event: E) => {
      const start = clock.now();
      try {
        handler(event);
      } finally {
        const ms = clock.now() - start;
        this.cost += ms;
        const type = (event as { type?: unknown } | null)?.type;
        const entry = ((this.costByEvent ??= {})[typeof type === 'string' ? type : 'mutation'] ??= { ms: 0, calls: 0 });
        entry.ms += ms;
        entry.calls++;
      }
    };
  }

  /** Re-reads this site's answers from the background (at start, and when told they changed). */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    let next: ConsentStateReply | null;
    try {
      next = await this.#deps.fetchState();
    } catch {
      next = null;
    }
    if (next?.active && this.#deps.prepare) {
      try {
        await this.#deps.prepare();
      } catch (error) {
        // the session goes on: fields the classifier cannot name are still caught by what is typed into them
        console.warn('parenthese: vocabulary not loaded', String(error));
      }
    }
    if (generation !== this.#generation) return;
    this.apply(next);
  }

  apply(next: ConsentStateReply | null): void {
    const start = import.meta.env.MODE === 'test' && this.#deps.testMode ? this.#deps.win.performance.now() : 0;
    this.#state = next && next.active ? next : null;
    if (!this.#state) {
      this.#teardown();
    } else {
      this.#watchForReopen();
      for (const [field, mark] of this.#marks) {
        if (this.#answerFor(this.categoryOf(field)) !== 'no') {
          mark.remove();
          this.#marks.delete(field);
        }
      }
      if (this.#prompt && this.#answerFor(this.#prompt.category) !== undefined) this.#closePrompt();
    }
    if (import.meta.env.MODE === 'test' && this.#deps.testMode) this.cost += this.#deps.win.performance.now() - start;
  }

  #closePrompt(): void {
    const prompt = this.#prompt;
    this.#prompt = null;
    if (!prompt) return;
    prompt.closed = true;
    prompt.handle?.close();
  }

  /**
   * Runs `render` with the UI: at once when it is loaded, else when it arrives (unless the session ended
   * meanwhile). A failed load calls `failed` and is retried on the next need; the field stays locked in between.
   */
  #withUi(render: (ui: GuardUi) => void, failed: () => void): void {
    if (this.#ui) {
      render(this.#ui);
      return;
    }
    if (!this.#uiLoading) {
      let loaded: GuardUi | Promise<GuardUi>;
      try {
        loaded = this.#deps.loadUi();
      } catch (error) {
        loaded = Promise.reject(error);
      }
      if (typeof (loaded as Partial<Promise<GuardUi>>).then !== 'function') {
        this.#ui = loaded as GuardUi;
        render(this.#ui);
        return;
      }
      this.#uiLoading = (loaded as Promise<GuardUi>).then(
        (ui) => (this.#ui = ui),
        (error: unknown) => {
          this.#uiLoading = null;
          console.warn('parenthese: consent UI not loaded', String(error));
          throw error;
        },
      );
    }
    this.#uiLoading.then(
      (ui) => {
        if (this.#state) render(ui);
      },
      () => failed(),
    );
  }

  #teardown(): void {
    this.#closePrompt();
    this.#review?.close();
    this.#review = null;
    for (const mark of this.#marks.values()) mark.remove();
    this.#marks.clear();
    this.#touched.clear();
    this.#categories = new WeakMap();
    this.#lastTarget = this.#lastField = null;
    this.#snapshots = new WeakMap();
    this.#focusValues = new WeakMap();
  }

  #needs(category: Category): category is PersonalCategory {
    return this.#state !== null && category !== 'none' && this.#state.categories.includes(category);
  }

  #answerFor(category: Category): 'yes' | 'no' | undefined {
    return this.#state?.answers[category];
  }

  categoryOf(el: Element): Category {
    let category = this.#categories.get(el);
    if (category === undefined) {
      const start = import.meta.env.MODE === 'test' && this.#deps.testMode ? this.#deps.win.performance.now() : 0;
      try {
        category = this.#deps.classify(el);
      } catch {
        category = 'none';
      }
      this.#categories.set(el, category);
      if (import.meta.env.MODE === 'test' && this.#deps.testMode) {
        this.classifyCost += this.#deps.win.performance.now() - start;
        this.classified++;
      }
    }
    return category;
  }

  #snapshot(el: Element): void {
    if (this.#snapshots.has(el)) return;
    this.#snapshots.set(el, this.#focusValues.get(el) ?? valueOf(el));
  }

  /** Value before anything slipped in: the snapshot, else the value the server rendered. */
  #lockedValue(el: Element): string {
    const saved = this.#snapshots.get(el);
    if (saved !== undefined) return saved;
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).defaultValue;
    if (el.tagName === 'SELECT') {
      const options = Array.from((el as HTMLSelectElement).options);
      return (options.find((o) => o.defaultSelected) ?? options[0])?.value ?? '';
    }
    return '';
  }

  #stop(event: Event): void {
    if (event.cancelable) event.preventDefault();
    event.stopImmediatePropagation();
  }

  readonly #onPress = (event: Event): void => {
    if (event.isTrusted) this.#lastInteraction = this.#timeOf(event);
  };

  /**
   * The field an event is about. Typing sends four or five events per key to the same input: the last input,
   * textarea or select found is remembered, so those events skip the DOM reads. (If the page then turns that
   * input into a checkbox, it stays treated as a field: locked at most, never let through.)
   */
  #fieldOf(event: Event): GuardedField | null {
    const target = event.target;
    if (target !== null && target === this.#lastTarget) return this.#lastField;
    const field = fieldOf(event);
    if (field !== null && field === target && isValueField(field)) {
      this.#lastTarget = target;
      this.#lastField = field;
    }
    return field;
  }

  readonly #onFocusIn = (event: FocusEvent): void => {
    if (!this.#state) return;
    const field = this.#fieldOf(event);
    if (!field) return;
    if (!this.#focusValues.has(field)) this.#focusValues.set(field, valueOf(field));
    if (this.#prompt) return;
    const category = this.categoryOf(field);
    if (!this.#needs(category)) return;
    const answer = this.#answerFor(category);
    if (answer === 'yes') return;
    this.#snapshot(field);
    if (answer === 'no') this.#showMark(field, category);
    else if (event.isTrusted && this.#timeOf(event) - this.#lastInteraction < INTERACTION_WINDOW_MS) this.ask(field, category);
  };

  readonly #onGated = (event: Event): void => {
    if (!this.#state) return;
    if (event.type === 'keydown' && event.isTrusted) this.#lastInteraction = this.#timeOf(event);
    const field = this.#fieldOf(event);
    if (!field) return;
    const category = this.categoryOf(field);
    if (this.#needs(category)) {
      const answer = this.#answerFor(category);
      if (answer === 'yes') {
        if (event.type === 'input' || event.type === 'change') this.#touch(field, category);
        return;
      }
      this.#gate(event, field, category, answer);
      return;
    }
    if (category !== 'none') return;
    this.#recognise(event, field);
  };

  #gate(event: Event, field: Element, category: PersonalCategory, answer: 'no' | undefined): void {
    const action = gateAction(event as KeyboardEvent & InputEvent);
    if (action === 'allow') return;
    if (action === 'restore') {
      setValue(field, this.#lockedValue(field));
      this.#stop(event);
      return;
    }
    this.#snapshot(field);
    this.#stop(event);
    if (answer === 'no') this.#showMark(field, category);
    else if (event.isTrusted && !this.#prompt) this.ask(field, category);
  }

  /** Unclassified field: does what is pasted, dropped or typed look like a NIR, IBAN, card, e-mail, phone? */
  #recognise(event: Event, field: Element): void {
    let found: PersonalCategory | null;
    if (event.type === 'paste' || event.type === 'drop') {
      const data = (event as ClipboardEvent).clipboardData ?? (event as DragEvent).dataTransfer;
      found = recognisePasted(data?.getData('text/plain') ?? data?.getData('text') ?? '');
    } else if (event.type === 'input') {
      found = recogniseTyped(valueOf(field));
    } else {
      return;
    }
    if (!found || !this.#needs(found)) return;
    this.#categories.set(field, found);
    const answer = this.#answerFor(found);
    if (answer === 'yes') {
      this.#touch(field, found);
      return;
    }
    const before = this.#focusValues.get(field) ?? '';
    this.#snapshots.set(field, before);
    if (event.type === 'input') setValue(field, before);
    this.#stop(event);
    if (answer === 'no') this.#showMark(field, found);
    else if (!this.#prompt) this.ask(field, found);
  }

  /** Opens the question to the person. */
  ask(field: Element, category: PersonalCategory): void {
    if (!this.#state || this.#prompt) return;
    const { win, t, lang } = this.#deps;
    const mandate = this.#state.mandate && this.#state.mandateCategories?.includes(category) ? this.#state.mandate : null;
    const texts = promptTexts(category, this.#state.site ?? win.location.hostname, lang, t, mandate);
    const prompt: PendingPrompt = { handle: null, closed: false, field, category };
    this.#prompt = prompt;
    this.#withUi((ui) => {
      if (prompt.closed || this.#prompt !== prompt) return;
      prompt.handle = ui.prompt(
        win.document,
        texts,
        {
          onAnswer: (answer) => {
            if (this.#prompt === prompt) this.#answered(field, category, answer);
          },
          onDismiss: () => {
            if (this.#prompt === prompt) this.#dismissed(field);
          },
        },
        { testMode: this.#deps.testMode },
      );
    }, () => {
      if (this.#prompt === prompt) this.#prompt = null;
    });
  }

  #answered(field: Element, category: PersonalCategory, answer: 'yes' | 'no'): void {
    const state = this.#state;
    this.#prompt = null;
    if (!state) return;
    state.answers = { ...state.answers, [category]: answer };
    void this.#deps.sendAnswer(category, answer).catch((error) => console.warn('parenthese: answer not recorded', String(error)));
    if (answer === 'yes') {
      for (const [marked, mark] of this.#marks) {
        if (this.categoryOf(marked) === category) {
          mark.remove();
          this.#marks.delete(marked);
        }
      }
    } else {
      this.#showMark(field, category);
    }
    this.#refocus(field);
  }

  #dismissed(field: Element): void {
    this.#prompt = null;
    this.#refocus(field);
  }

  #refocus(field: Element): void {
    const target = field as HTMLElement;
    if (typeof target.focus !== 'function' || !target.isConnected) return;
    // A programmatic focus: onFocusIn only asks after a real interaction, and this one is not.
    this.#lastInteraction = Number.NEGATIVE_INFINITY;
    // The dialog's own focus restoration leaves the caret out of the field in Chromium: focus it again for real.
    const root = target.getRootNode() as Document | ShadowRoot;
    if (root.activeElement === target) target.blur();
    target.focus({ preventScroll: true });
  }

  #showMark(field: Element, category: PersonalCategory): void {
    if (this.#marks.has(field)) {
      this.#marks.get(field)!.place();
      return;
    }
    const mark = new LazyUi<UiMark>();
    this.#marks.set(field, mark);
    this.#listenToLayout();
    const tooltip = this.#deps.t('consent_refused_tooltip');
    this.#withUi((ui) => {
      if (mark.gone) return;
      mark.value = ui.mark(
        this.#deps.win.document,
        field,
        tooltip,
        () => {
          if (!this.#prompt) this.ask(field, category);
        },
        this.#deps.testMode === true,
      );
    }, () => {
      if (this.#marks.get(field) === mark) this.#marks.delete(field);
    });
  }

  readonly #onLayout = (): void => {
    if (this.#marks.size === 0 || this.#markFrame) return;
    this.#markFrame = this.#deps.win.requestAnimationFrame(() => {
      this.#markFrame = 0;
      for (const mark of this.#marks.values()) mark.place();
    });
  };

  /** The fields as the review shows them (what is compared before sending): personal ones holding something. */
  #fieldsForReview(fields: Element[]): ReviewField[] {
    return fields.map((field): ReviewField => ({
      label: labelOf(field),
      value: field.tagName === 'SELECT' ? ((field as HTMLSelectElement).selectedOptions[0]?.text ?? '') : valueOf(field),
      type: inputType(field),
      category: this.#touched.get(field) ?? this.categoryOf(field),
      autocomplete: field.getAttribute('autocomplete') ?? undefined,
      name: field.getAttribute('name') ?? field.getAttribute('id') ?? undefined,
    })).filter(isReviewable);
  }

  /**
   * A field received personal data with consent: the review will show it. A form inside a shadow root sends a
   * submit event that does not leave the root (not composed): the window never sees it, so the root gets the same
   * listener, the first time one of its fields is touched (the page's own listeners on the form come after it).
   */
  #touch(field: Element, category: PersonalCategory): void {
    this.#touched.set(field, category);
    const root = field.getRootNode();
    if (root === this.#deps.win.document || !this.#listeners || this.#shadowRootsListened.has(root)) return;
    if ((root as Node).nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE: a shadow root */) return;
    this.#shadowRootsListened.add(root);
    this.#listen(root, 'submit', this.#measured(this.#onSubmit), true);
  }

  #touchedIn(scope: (field: Element) => boolean): Element[] {
    return [...this.#touched.keys()].filter((field) => field.isConnected && scope(field));
  }

  readonly #onSubmit = (event: Event): void => {
    if (!this.#state?.review) return;
    if (this.#bypassSubmit) {
      this.#bypassSubmit = false;
      return;
    }
    const form = event.target as HTMLFormElement | null;
    if (!form || form.tagName !== 'FORM' || this.#touched.size === 0) return;
    const fields = this.#touchedIn((field) => (field as HTMLInputElement).form === form || form.contains(field));
    const items = this.#fieldsForReview(fields);
    if (items.length === 0) return;
    this.#stop(event);
    const submitter = (event as SubmitEvent).submitter ?? null;
    // What is sent is what the panel showed: if the page changed values or labels (or detached the fields)
    // while the panel was open, nothing is sent and the panel shows the new content instead (issue #9).
    const sendAfterReview = (shown: typeof items) => (): void => {
      const now = this.#fieldsForReview(fields.filter((field) => field.isConnected));
      if (JSON.stringify(now) !== JSON.stringify(shown)) {
        if (now.length > 0 && form.isConnected) this.#openReview(now, fields, true, sendAfterReview(now));
        return;
      }
      for (const field of fields) this.#touched.delete(field);
      this.#bypassSubmit = true;
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
        this.#bypassSubmit = false;
      }
    };
    this.#openReview(items, fields, true, sendAfterReview(items));
  };

  /** Sites that send by script on a button click: a non-blocking review, so the site never breaks. */
  readonly #onClick = (event: Event): void => {
    if (!this.#state?.review || this.#touched.size === 0 || !event.isTrusted) return;
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
      fields = this.#touchedIn((field) => container.contains(field));
      scope = scope.parentElement;
    }
    const items = this.#fieldsForReview(fields);
    if (items.length === 0) return;
    for (const field of fields) this.#touched.delete(field);
    this.#openReview(items, fields, false, () => undefined);
  };

  #openReview(items: ReviewField[], fields: Element[], blocking: boolean, onSend: () => void): void {
    const { t, lang, win } = this.#deps;
    this.#review?.close();
    const review = new LazyUi<{ close(): void }>();
    this.#review = review;
    const texts = {
      lang,
      title: t('consent_prompt_title'),
      question: t('consent_review_question'),
      noticeQuestion: t('consent_review_notice'),
      send: t('consent_review_send'),
      fix: t('consent_review_fix'),
      ok: t('consent_review_ok'),
      noLabel: t('consent_review_no_label'),
    };
    this.#withUi((ui) => {
      if (review.gone) return;
      review.value = ui.review(
        win.document,
        items,
        texts,
        {
          onSend: () => {
            if (this.#review === review) this.#review = null;
            onSend();
          },
          onFix: () => {
            if (this.#review === review) this.#review = null;
            const first = fields.find((field) => field.isConnected) as HTMLElement | undefined;
            first?.focus();
          },
        },
        blocking,
        { testMode: this.#deps.testMode },
      );
    }, () => {
      if (this.#review === review) this.#review = null;
    });
  }

  /** For tests: is this field locked right now? */
  isLocked(el: Element): boolean {
    const field = editable(el);
    if (!field || !this.#state) return false;
    const category = this.categoryOf(field);
    return this.#needs(category) && this.#answerFor(category) !== 'yes';
  }
}
