import { classifyField } from '../../../lib/detect';

/**
 * One form per test case, in a fresh document: the one-field-at-a-time label index is cached per document, so a
 * case reusing the previous document would see its labels. jsdom environment.
 */
let doc: Document | undefined;

export function mount(html: string): void {
  doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
}

/** An element of the form last mounted; throws when the selector finds nothing (a typo must not pass as `none`). */
export function element(selector: string): Element {
  const el = doc?.querySelector(selector);
  if (!el) throw new Error(`no element ${selector}`);
  return el;
}

export function categoryOf(selector: string): string {
  return classifyField(element(selector)).category;
}
