// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { amountElementsIn, newAmountElements } from '../../../lib/reminders/amounts';

afterEach(() => {
  document.body.innerHTML = '';
});

const ids = (els: Element[]) => els.map((e) => e.id);

describe('amountElementsIn', () => {
  it('returns the smallest element holding the amount', () => {
    document.body.innerHTML = '<main id="m"><p id="p">Vous recevrez <strong id="s">245,30 €</strong> par mois.</p></main>';
    expect(ids(amountElementsIn(document))).toEqual(['s']);
    expect(ids(amountElementsIn(document.getElementById('m')!))).toEqual(['s']);
  });

  it('returns the parent when the amount is split across nodes', () => {
    document.body.innerHTML = '<div id="d"><p id="p"><b id="b">1 234</b>,56 €</p></div>';
    expect(ids(amountElementsIn(document.body))).toEqual(['p']);
  });

  it('returns every amount holder, in document order', () => {
    document.body.innerHTML =
      '<section id="r"><div id="a">Prime : <span id="x">120 €</span></div><div id="b">APL : <span id="y">245 €</span></div></section>';
    expect(ids(amountElementsIn(document.body))).toEqual(['x', 'y']);
  });

  it('includes a parent that has its own amount besides a child amount', () => {
    document.body.innerHTML = '<p id="p">Total 300 € dont <span id="s">245 €</span></p>';
    expect(ids(amountElementsIn(document.body))).toEqual(['p', 's']);
  });

  it('ignores zero amounts, scripts, hidden subtrees and ignored elements', () => {
    document.body.innerHTML = `
      <p id="zero">Total : 0,00 €</p>
      <script>var x = "245 €";</script>
      <div id="h" hidden>245 €</div>
      <div id="ah" aria-hidden="true">245 €</div>
      <div id="own" data-parenthese>C'est une estimation : 245 €</div>
      <p id="text">Hausse de 12 % en 2024</p>`;
    expect(amountElementsIn(document.body, { ignore: (el) => el.hasAttribute('data-parenthese') })).toEqual([]);
  });

  it('works on a fragment', () => {
    const frag = document.createRange().createContextualFragment('<span id="f">€ 99</span><span>rien</span>');
    expect(ids(amountElementsIn(frag))).toEqual(['f']);
  });
});

describe('newAmountElements with a MutationObserver', () => {
  async function flush(): Promise<void> {
    await new Promise((r) => setTimeout(r, 0));
  }

  it('reports an amount rendered late by script, once, and again when it changes', async () => {
    document.body.innerHTML = '<div id="result">Calcul en cours…</div>';
    const seen = new WeakMap<Element, string>();
    const reported: string[][] = [];
    const observer = new MutationObserver((records) => {
      const els = newAmountElements(records, seen);
      if (els.length) reported.push(ids(els));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    const result = document.getElementById('result')!;
    result.innerHTML = 'Votre aide : <strong id="amount">245,30 €</strong> par mois';
    await flush();
    expect(reported).toEqual([['amount']]);

    // Same amount re-rendered: not new.
    document.getElementById('amount')!.textContent = '245,30 €';
    await flush();
    expect(reported).toEqual([['amount']]);

    // The amount changes (text node edited in place): reported again.
    (document.getElementById('amount')!.firstChild as Text).data = '260 €';
    await flush();
    expect(reported).toEqual([['amount'], ['amount']]);

    // Unrelated text: nothing.
    const p = document.createElement('p');
    p.textContent = 'Merci de votre visite';
    document.body.append(p);
    await flush();
    expect(reported).toHaveLength(2);
    observer.disconnect();
  });

  it('climbs one level for a text node completing a split amount', () => {
    document.body.innerHTML = '<p id="p"><b id="b"></b>,30 €</p>';
    const b = document.getElementById('b')!;
    const text = document.createTextNode('245');
    b.append(text);
    const found = newAmountElements([{ type: 'childList', target: b, addedNodes: [text] }], new WeakMap());
    expect(ids(found)).toEqual(['p']);
  });

  it('skips nodes that are no longer in the document', () => {
    const detached = document.createElement('div');
    detached.textContent = '245 €';
    expect(newAmountElements([{ type: 'childList', target: document.body, addedNodes: [detached] }], new WeakMap())).toEqual([]);
  });
});
