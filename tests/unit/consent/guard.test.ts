// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyField } from '../../../lib/detect/classify';
import { ConsentGuard, type GuardDeps } from '../../../lib/consent/content/guard';
import type { GuardUi } from '../../../lib/consent/content/ui';
import { guardUi } from '../../../lib/consent/content/ui-bundle';
import type { ConsentStateReply } from '../../../lib/consent/protocol';

const ACTIVE: ConsentStateReply = { active: true, site: 'www.caf.fr', answers: {}, categories: ['identity_name', 'national_id', 'email', 'phone'], review: true };

let current: ConsentGuard | null = null;

/** A guard on this document, installed: an active session by default, the real classifier, the UI handed over. */
function installGuard(deps: Partial<GuardDeps> = {}): ConsentGuard {
  const guard = new ConsentGuard({
    win: window,
    classify: (el) => classifyField(el).category,
    fetchState: async () => structuredClone(ACTIVE),
    sendAnswer: async () => undefined,
    t: (k) => k,
    lang: 'fr',
    loadUi: () => guardUi,
    ...deps,
  });
  guard.install();
  current = guard;
  return guard;
}

function setup(state: ConsentStateReply | null = ACTIVE, loadUi: () => GuardUi | Promise<GuardUi> = () => guardUi) {
  document.body.innerHTML = `
    <form id="f"><label for="nom">Nom</label><input id="nom" name="nom" value="Ancien">
    <label for="ref">Référence</label><input id="ref" name="ref"></form>`;
  const sendAnswer = vi.fn(async () => undefined);
  const guard = installGuard({
    fetchState: async () => (state ? structuredClone(state) : { active: false, site: null, answers: {}, categories: [], review: false }),
    sendAnswer,
    t: (key, subs) => (subs ? `${key}:${([] as string[]).concat(subs).join('|')}` : key),
    testMode: true,
    loadUi,
  });
  return { guard, sendAnswer, nom: document.getElementById('nom') as HTMLInputElement, ref: document.getElementById('ref') as HTMLInputElement };
}

const key = (el: Element, k: string) => {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
};
const promptInfo = () => {
  const host = document.querySelector('parenthese-ui[data-parenthese-test]');
  return host ? (JSON.parse(host.getAttribute('data-parenthese-test')!) as { kind: string; question: string }) : null;
};

describe('consent guard (jsdom)', () => {
  afterEach(() => {
    current?.uninstall();
    current = null;
  });
  beforeEach(() => {
    document.querySelectorAll('parenthese-ui').forEach((n) => n.remove());
  });

  it('outside a session, nothing is blocked and nothing is classified', async () => {
    const { guard, nom } = setup(null);
    await guard.refresh();
    expect(guard.active).toBe(false);
    expect(key(nom, 'a')).toBe(false);
    expect(document.querySelector('parenthese-ui')).toBeNull();
  });

  it('outside a session the guard observes nothing; the document.open() watch starts with the first active state', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    try {
      const { guard } = setup(null);
      await guard.refresh();
      expect(observe).not.toHaveBeenCalled();
      guard.apply(ACTIVE);
      guard.apply({ ...ACTIVE, answers: { identity_name: 'yes' } });
      expect(observe.mock.calls).toEqual([[document, { childList: true }]]);
    } finally {
      observe.mockRestore();
    }
  });

  it('blocks keys, paste and autofill on a personal field until the person answers; the old value stays', async () => {
    const { guard, nom } = setup();
    await guard.refresh();
    expect(key(nom, 'a')).toBe(true);
    expect(key(nom, 'Tab')).toBe(false);
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    nom.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    nom.value = 'Autofill';
    nom.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    expect(nom.value).toBe('Ancien');
  });

  it('a synthetic click cannot answer; the prompt lives in a closed shadow root', async () => {
    const { guard, nom, sendAnswer } = setup();
    await guard.refresh();
    guard.ask(nom, 'identity_name');
    const host = document.querySelector('parenthese-ui')!;
    expect(host.shadowRoot).toBeNull();
    expect(promptInfo()?.question).toBe('consent_question:consent_cat_identity_name|www.caf.fr');
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    (host as HTMLElement).click();
    expect(sendAnswer).not.toHaveBeenCalled();
    expect(document.querySelector('parenthese-ui')).not.toBeNull();
    expect(nom.getAttributeNames().sort()).toEqual(['id', 'name', 'value']);
  });

  it('a page removing the prompt host gets it back, and the field stays locked', async () => {
    const { guard, nom } = setup();
    await guard.refresh();
    guard.ask(nom, 'identity_name');
    document.querySelector('parenthese-ui')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('parenthese-ui')).not.toBeNull();
    expect(key(nom, 'b')).toBe(true);
  });

  it('uninstall removes every listener it added, the document.open() probe and the shadow-root ones included', async () => {
    const { guard, nom } = setup();
    const removeSpy = vi.spyOn(window, 'removeEventListener');
    await guard.refresh();
    expect(key(nom, 'a')).toBe(true);
    guard.uninstall();
    const removed = removeSpy.mock.calls.map((call) => call[0]);
    removeSpy.mockRestore();
    expect(removed).toEqual(expect.arrayContaining(['focusin', 'mousedown', 'keydown', 'beforeinput', 'paste', 'drop', 'input', 'submit', 'click', 'pageshow']));
    expect(removed.some((type) => type.startsWith('parenthese-'))).toBe(true);
    // even with an active state, a removed guard no longer sees the keys
    guard.apply(ACTIVE);
    expect(key(nom, 'b')).toBe(false);
  });

  it('a yes from the background unlocks typing; a no keeps the lock', async () => {
    const { guard, nom } = setup();
    guard.apply({ ...ACTIVE, answers: { identity_name: 'yes' } });
    expect(key(nom, 'a')).toBe(false);
    guard.apply({ ...ACTIVE, answers: { identity_name: 'no' } });
    expect(key(nom, 'a')).toBe(true);
    guard.apply({ ...ACTIVE, active: false });
    expect(key(nom, 'a')).toBe(false);
  });

  it('a form inside a shadow root (its submit event never reaches the window) still gets the review', async () => {
    const { guard } = setup({ ...ACTIVE, answers: { identity_name: 'yes' } });
    await guard.refresh();
    const widget = document.createElement('x-form');
    document.body.append(widget);
    const root = widget.attachShadow({ mode: 'open' });
    root.innerHTML = '<form><label for="n">Nom</label><input id="n" name="nom"><button>Envoyer</button></form>';
    const form = root.querySelector('form')!;
    const field = root.querySelector('input')!;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent++;
    });
    const submit = () => {
      const event = new Event('submit', { bubbles: true, cancelable: true });
      form.dispatchEvent(event);
      return event;
    };
    // nothing typed with consent yet: the form goes as the site wants
    expect(submit().defaultPrevented).toBe(true);
    expect(sent).toBe(1);
    field.value = 'Dupont';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 't' }));
    submit();
    expect(sent).toBe(1);
    const review = document.querySelector('parenthese-ui[data-parenthese-test]');
    expect(review && JSON.parse(review.getAttribute('data-parenthese-test')!).kind).toBe('review');
    widget.remove();
  });

  it('a NIR typed into an unclassified field is taken back and the field then waits for an answer', async () => {
    const { guard, ref } = setup();
    await guard.refresh();
    ref.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    ref.value = '185057800608491';
    ref.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '1' }));
    expect(ref.value).toBe('');
    expect(key(ref, '1')).toBe(true);
  });

  it('the UI loads on first need only; keys stay blocked while it loads; a failed load is retried', async () => {
    const loads: { resolve(ui: GuardUi): void; reject(error: Error): void }[] = [];
    const { guard, nom } = setup(ACTIVE, () => new Promise<GuardUi>((resolve, reject) => loads.push({ resolve, reject })));
    await guard.refresh();
    expect(key(nom, 'a')).toBe(true);
    expect(loads).toHaveLength(0);
    guard.ask(nom, 'identity_name');
    expect(loads).toHaveLength(1);
    expect(key(nom, 'b')).toBe(true);
    loads[0]!.reject(new Error('no injection'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('parenthese-ui')).toBeNull();
    expect(key(nom, 'c')).toBe(true);
    guard.ask(nom, 'identity_name');
    guard.ask(nom, 'identity_name');
    expect(loads).toHaveLength(2);
    loads[1]!.resolve(guardUi);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(promptInfo()?.kind).toBe('prompt');
    expect(nom.value).toBe('Ancien');
  });

  it('a prompt still loading when the answer arrives from elsewhere never opens', async () => {
    let resolveUi: (ui: GuardUi) => void = () => undefined;
    const { guard, nom } = setup(ACTIVE, () => new Promise<GuardUi>((resolve) => (resolveUi = resolve)));
    await guard.refresh();
    guard.ask(nom, 'identity_name');
    guard.apply({ ...ACTIVE, answers: { identity_name: 'yes' } });
    resolveUi(guardUi);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('parenthese-ui')).toBeNull();
    expect(key(nom, 'a')).toBe(false);
  });

  it('applies a session state only once prepare (the vocabulary) has resolved; a failed prepare still applies it', async () => {
    document.body.innerHTML = '<label for="n">Nom</label><input id="n">';
    let release: () => void = () => undefined;
    const classify = vi.fn((el: Element) => classifyField(el).category);
    const make = (prepare: () => Promise<void>) => installGuard({ classify, prepare });
    const guard = make(() => new Promise<void>((resolve) => (release = resolve)));
    const refreshed = guard.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(guard.active, 'waiting for the vocabulary').toBe(false);
    expect(classify).not.toHaveBeenCalled();
    release();
    await refreshed;
    expect(guard.active).toBe(true);
    guard.uninstall();

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failing = make(async () => {
      throw new Error('injection refused');
    });
    await failing.refresh();
    expect(failing.active, 'the session goes on without the vocabulary').toBe(true);
    expect(warn).toHaveBeenCalledWith('parenthese: vocabulary not loaded', 'Error: injection refused');
    warn.mockRestore();
  });

  it('classifies a field on its first event only, never at load', async () => {
    const classify = vi.fn(() => 'none' as const);
    document.body.innerHTML = '<input id="q">';
    const guard = installGuard({ classify });
    await guard.refresh();
    expect(classify).not.toHaveBeenCalled();
    const q = document.getElementById('q')!;
    q.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    key(q, 'a');
    key(q, 'b');
    expect(classify).toHaveBeenCalledTimes(1);
  });
});
