// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAll, classifyField } from '../../../lib/detect';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/forms');

/** What a result says, signals included (read through the lazy getter). */
function summary(result: { category: string; confidence: number; signals: string[] }): string {
  return JSON.stringify([result.category, result.confidence, result.signals]);
}

/** The controls of a page in document order, a shadow tree after its host's children (as classifyAll walks). */
function controlsOf(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') found.push(el);
      visit(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** classifyAll (one walk, shared per-page work) must answer what classifyField answers for each control alone. */
function expectBatchToMatchSingle(root: ParentNode): number {
  const all = classifyAll(root);
  const controls = controlsOf(root);
  expect([...all.keys()]).toEqual(controls);
  for (const el of controls) expect(summary(all.get(el) as never)).toBe(summary(classifyField(el)));
  return controls.length;
}

describe('classifyAll and classifyField agree', () => {
  it.each(readdirSync(FIXTURES).filter((file) => file.endsWith('.html')))('on every control of %s', (file) => {
    // a document of its own: classifyField keeps a label index per document
    const page = new DOMParser().parseFromString(readFileSync(path.join(FIXTURES, file), 'utf8'), 'text/html');
    expect(expectBatchToMatchSingle(page)).toBeGreaterThan(0);
  });

  it('inside open shadow roots, nested ones, and from a root inside a form', () => {
    document.body.innerHTML = `<form role="search"><fieldset><legend>Date de naissance</legend>
      <div id="host"><input name="q"></div><label>Nom <input name="n"></label></fieldset></form>
      <x-card id="card"><input name="after"></x-card>`;
    const host = document.querySelector('#host') as Element;
    host.attachShadow({ mode: 'open' }).innerHTML = `<label for="e">E-mail</label><input id="e">
      <span id="inner"></span><div><input maxlength="2" name="jour"><input maxlength="2" name="mois"></div>`;
    (host.shadowRoot?.querySelector('#inner') as Element).attachShadow({ mode: 'open' }).innerHTML = '<input name="cp">';
    (document.querySelector('#card') as Element).attachShadow({ mode: 'open' }).innerHTML = '<textarea name="message"></textarea>';
    expect(expectBatchToMatchSingle(document)).toBe(8);
    expect(expectBatchToMatchSingle(document.querySelector('fieldset') as Element)).toBe(6);
    expect(expectBatchToMatchSingle(host.shadowRoot as ShadowRoot)).toBe(4);
  });
});
