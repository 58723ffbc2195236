import { collectText, textOfIds } from '../../detect/dom';

/** DOM helpers for the fields the guard watches. Tag checks, not instanceof: they work across worlds and frames. */

const NON_TEXT_INPUTS = new Set([
  'button', 'submit', 'reset', 'image', 'hidden', 'checkbox', 'radio', 'file', 'range', 'color',
]);

export type GuardedField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLElement;

/**
 * The editable element an event is about. At window level a field inside an open shadow root shows up as its
 * host: only then is `composedPath()[0]` needed (it builds the whole path, which costs on every key).
 * A closed root hides its inside from composedPath too, so nothing is lost.
 */
export function fieldOf(event: Event): GuardedField | null {
  const target = event.target as Element | null;
  if (target && !(target as Element).shadowRoot) return editable(target);
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return editable((path[0] ?? target) as Element | null);
}

export function editable(target: EventTarget | null): GuardedField | null {
  const el = target as Element | null;
  if (!el || typeof el.tagName !== 'string') return null;
  const tag = el.tagName;
  if (tag === 'INPUT') {
    const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
    return NON_TEXT_INPUTS.has(type) ? null : (el as HTMLInputElement);
  }
  if (tag === 'TEXTAREA' || tag === 'SELECT') return el as HTMLTextAreaElement;
  if ((el as HTMLElement).isContentEditable) {
    // the editing host, not an inner <b>
    let node: HTMLElement = el as HTMLElement;
    while (node.parentElement?.isContentEditable) node = node.parentElement;
    return node;
  }
  return null;
}

export function isValueField(el: Element): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function valueOf(el: Element): string {
  if (isValueField(el)) return el.value;
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}

export function setValue(el: Element, value: string): void {
  if (isValueField(el)) {
    if (el.value !== value) el.value = value;
  } else if ((el.textContent ?? '') !== value) {
    el.textContent = value;
  }
}

function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The field's visible name for the review panel: its label, aria-label, aria-labelledby, placeholder, name. The
 * label's text is read as the classifier reads it (collectText: nested controls' text and hint blocks left out).
 */
export function labelOf(el: Element): string {
  const labels = (el as HTMLInputElement).labels;
  const label = labels && labels.length > 0 ? collectText(labels[0]!).text : '';
  if (label) return label;
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  const named = labelledBy ? textOfIds(el, labelledBy).replace(/\s+/g, ' ').trim() : '';
  if (named) return named;
  return (el.getAttribute('placeholder') ?? el.getAttribute('name') ?? el.getAttribute('id') ?? '').trim();
}

export function inputType(el: Element): string {
  return el.tagName === 'INPUT' ? ((el as HTMLInputElement).type || 'text').toLowerCase() : el.tagName.toLowerCase();
}

/** Label of a button-ish element (text, value, aria-label). */
export function buttonLabel(el: Element): string {
  return `${el.getAttribute('aria-label') ?? ''} ${el.tagName === 'INPUT' ? (el as HTMLInputElement).value : textOf(el)}`.trim();
}
