/**
 * Detection of result amounts in euros, as French pages write them (issue #8: "C'est une estimation").
 *
 * Recognised: "245,30 €", "245€", "1 234 €" (space, U+00A0, U+202F or U+2009 as thousands separator),
 * "1.234,56 €", "€ 245", "245 euros", "1 euro", "245,30 EUR", optionally followed by a period
 * ("par mois", "/mois", "par an"...).
 * Not amounts: numbers without a currency mark (years, percentages, phone numbers, dates), per-minute /
 * per-call phone rates ("0,06 €/min"), numbers glued to letters ("A320 €"), and a number directly preceded by
 * another number group ("01 23 45 67 89 €", "2024 245 €": ambiguous, skipped rather than misread).
 * Zero amounts are returned by findEuroAmounts (value 0) but are not a *result* for containsResultAmount:
 * "0 €" / "0,00 €" is what empty forms and carts show before any computation.
 *
 * Performance: every quantifier is bounded, so the work per start position is constant and a scan is linear
 * in the text length, including on adversarial input (tested on 100k-character strings).
 */

export interface EuroAmount {
  /** The matched text, e.g. "1 234,56 €". */
  raw: string;
  /** Value in euros (1234.56). */
  value: number;
  /** Offset of `raw` in the input. */
  index: number;
  /** Period written right after the amount, if any. */
  period: 'month' | 'year' | 'week' | 'day' | null;
}

const SP = '[ \\u00A0\\u202F\\u2009]';
const NUM = `(?:\\d{1,3}(?:[ \\u00A0\\u202F\\u2009.]\\d{3}){1,4}|\\d{1,9})(?:[,.]\\d{1,2})?`;
// Not glued to a letter/number/decimal mark before, and not the tail of a space-separated number group.
const BEFORE = `(?<![\\p{L}\\p{N}.,])(?<!\\p{N}${SP})`;
const MARK = '(?:€|euros?(?!\\p{L})|eur(?!\\p{L}))';
const AMOUNT_RE = new RegExp(
  `€${SP}?(?<pre>${NUM})(?![\\p{N}]|[.,]\\p{N})|${BEFORE}(?<post>${NUM})${SP}?${MARK}`,
  'giu',
);
const RATE_AFTER = /^[ \u00A0\u202F\u2009]{0,2}(?:ttc[ \u00A0\u202F\u2009]{0,2})?(?:\/|par|la)[ \u00A0\u202F\u2009]{0,2}(?:min\b|minute|appel)/i;
const PERIOD_AFTER =
  /^[ \u00A0\u202F\u2009]{0,2}(?:ttc[ \u00A0\u202F\u2009]{0,2}|net[ \u00A0\u202F\u2009]{0,2}|brut[ \u00A0\u202F\u2009]{0,2})?(?:\/|par|chaque|tous les|toutes les)[ \u00A0\u202F\u2009]{0,2}(mois|mensuel|an|année|annee|semaine|jour)/i;
const MAX_TEXT = 1_000_000;

function parseValue(num: string): number {
  const dec = /[,.](\d{1,2})$/.exec(num);
  const intPart = dec ? num.slice(0, dec.index) : num;
  const digits = intPart.replace(/\D/g, '');
  return Number(digits || '0') + (dec ? Number(`0.${dec[1]}`) : 0);
}

function periodOf(word: string | undefined): EuroAmount['period'] {
  switch (word?.toLowerCase()) {
    case 'mois':
    case 'mensuel':
      return 'month';
    case 'an':
    case 'année':
    case 'annee':
      return 'year';
    case 'semaine':
      return 'week';
    case 'jour':
      return 'day';
    default:
      return null;
  }
}

/** All euro amounts in `text`, in order. Input beyond 1,000,000 characters is ignored. */
export function findEuroAmounts(text: string): EuroAmount[] {
  const s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const out: EuroAmount[] = [];
  AMOUNT_RE.lastIndex = 0;
  for (let m = AMOUNT_RE.exec(s); m; m = AMOUNT_RE.exec(s)) {
    const num = m.groups?.pre ?? m.groups?.post ?? '';
    const end = m.index + m[0].length;
    const after = s.slice(end, end + 32);
    if (RATE_AFTER.test(after)) continue;
    out.push({ raw: m[0], value: parseValue(num), index: m.index, period: periodOf(PERIOD_AFTER.exec(after)?.[1]) });
  }
  return out;
}

/** True when `text` shows at least one non-zero euro amount (a simulator result, typically). */
export function containsResultAmount(text: string): boolean {
  if (!text || !/€|eur/i.test(text)) return false;
  return findEuroAmounts(text).some((a) => a.value > 0);
}

function countResultAmounts(text: string): number {
  if (!text || !/€|eur/i.test(text)) return 0;
  let n = 0;
  for (const a of findEuroAmounts(text)) if (a.value > 0) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------------
// DOM helpers (work in any DOM: the page, jsdom in tests). No layout reads, no getComputedStyle.

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'svg']);

export interface AmountScanOptions {
  /** Elements to leave out with their subtree (e.g. Parenthèse's own banner). */
  ignore?: (el: Element) => boolean;
}

function skipped(el: Element, options: AmountScanOptions): boolean {
  return SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || options.ignore?.(el) === true;
}

/**
 * The smallest elements under `root` (root included when it is an element) that show a result amount:
 * an element is returned when its text holds more amounts than its child elements hold separately, so
 * `<p>Vous recevrez <strong>245,30 €</strong></p>` gives the <strong>, and `<p><b>245</b>,30 €</p>`
 * (amount split across nodes) gives the <p>. Document order, ancestors before descendants.
 */
export function amountElementsIn(root: ParentNode, options: AmountScanOptions = {}): Element[] {
  const starts: Element[] = [];
  const r = root as Node;
  if (r.nodeType === ELEMENT_NODE) starts.push(root as Element);
  else if (r.nodeType === DOCUMENT_NODE) {
    const de = (root as Document).documentElement;
    if (de) starts.push(de);
  } else starts.push(...Array.from(root.children));

  const found: Element[] = [];
  // Iterative post-order walk: text of an element = its text nodes + its children's texts.
  for (const start of starts) {
    if (skipped(start, options)) continue;
    type Frame = { el: Element; parts: string[]; childCount: number; next: number; kids: ChildNode[] };
    const order: { el: Element; count: number }[] = [];
    const stack: Frame[] = [{ el: start, parts: [], childCount: 0, next: 0, kids: Array.from(start.childNodes) }];
    const results = new Map<Element, number>();
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      if (f.next < f.kids.length) {
        const node = f.kids[f.next++]!;
        if (node.nodeType === TEXT_NODE) f.parts.push((node as Text).data);
        else if (node.nodeType === ELEMENT_NODE && !skipped(node as Element, options)) {
          stack.push({ el: node as Element, parts: [], childCount: 0, next: 0, kids: Array.from(node.childNodes) });
        }
        continue;
      }
      stack.pop();
      const text = f.parts.join('');
      const count = countResultAmounts(text);
      if (count > f.childCount) results.set(f.el, count);
      order.push({ el: f.el, count });
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.parts.push(text);
        parent.childCount += count;
      }
    }
    // Post-order gives descendants first; report in document order.
    const inDocOrder: Element[] = [];
    for (const { el } of order) if (results.has(el)) inDocOrder.push(el);
    inDocOrder.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
    found.push(...inDocOrder);
  }
  return found;
}

/** The subset of a MutationRecord used here (so tests and callers can build records by hand). */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes?: ArrayLike<Node>;
}

/** What `seen` remembers of an element: the non-zero amounts it shows. */
export function amountKey(el: Element): string {
  return findEuroAmounts(el.textContent ?? '')
    .filter((a) => a.value > 0)
    .map((a) => a.value)
    .join('|');
}

/**
 * For a MutationObserver callback: elements that *now* show an amount they did not show when last seen
 * (first appearance, or a changed amount, e.g. a simulator result rendered late by script).
 * `seen` remembers, per element, the amounts already reported; keep one per page.
 */
export function newAmountElements(
  records: Iterable<MutationLike>,
  seen: WeakMap<Element, string>,
  options: AmountScanOptions = {},
): Element[] {
  // Element additions are scanned as they are; text changes scan the text's parent, and one level up when
  // the parent alone shows nothing (an amount split as <b>245</b>,30 € inside a <p>).
  const candidates = new Map<Element, boolean>();
  const addText = (node: Node) => {
    const parent = node.parentElement;
    if (parent && !candidates.has(parent)) candidates.set(parent, true);
  };
  for (const rec of records) {
    if (rec.type === 'characterData') addText(rec.target);
    else if (rec.type === 'childList') {
      for (const node of Array.from(rec.addedNodes ?? [])) {
        if (node.nodeType === ELEMENT_NODE) candidates.set(node as Element, false);
        else if (node.nodeType === TEXT_NODE) addText(node);
      }
    }
  }
  const scan = new Set<Element>();
  for (const [el, climb] of candidates) {
    if (!el.isConnected) continue;
    if (climb && el.parentElement && amountElementsIn(el, options).length === 0) scan.add(el.parentElement);
    else scan.add(el);
  }
  const out: Element[] = [];
  const done = new Set<Element>();
  for (const c of scan) {
    for (const el of amountElementsIn(c, options)) {
      if (done.has(el)) continue;
      done.add(el);
      const key = amountKey(el);
      if (seen.get(el) === key) continue;
      seen.set(el, key);
      out.push(el);
    }
  }
  return out;
}
