/**
 * Reading the DOM around a form control with standard APIs only (works in content scripts and jsdom):
 * no layout, no innerText, no selector engine in the hot path (manual walks are much cheaper in jsdom).
 */

const SKIPPED_TAGS = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'svg']);

export interface CollectedText {
  text: string;
  hint: string;
}

/**
 * Hint classes, as whole tokens of the class attribute (what classList.contains tests: tokens are separated by
 * ASCII whitespace), without building a token list per element.
 */
const HINT_CLASS = /(?:^|[\t\n\f\r ])(?:fr-hint-text|hint|help-block|form-text|description)(?=$|[\t\n\f\r ])/;

function isHint(el: Element): boolean {
  const classes = el.getAttribute('class');
  return classes !== null && HINT_CLASS.test(classes);
}

/**
 * The text collectText gathers. The spaces of block elements are written only when more text follows: squeeze
 * collapses and trims the others anyway, and a label's text then stays the string of its text node, with nothing
 * to concatenate. `length` counts them all, as the limits always have.
 */
class TextBuffer {
  written = '';
  length = 0;
  private spacePending = false;

  clear(): void {
    this.written = '';
    this.length = 0;
    this.spacePending = false;
  }

  add(piece: string): void {
    this.length += piece.length;
    if (piece === '') return;
    if (this.spacePending && this.written !== '') this.written += ' ';
    this.spacePending = false;
    this.written += piece;
  }

  addSpace(): void {
    this.length++;
    this.spacePending = true;
  }
}

/** collectText's buffer and stacks, reused from call to call (it never calls itself) */
const collectedText = new TextBuffer();
const pendingNodes: Node[] = [];
const pendingInHint: boolean[] = [];

/**
 * Visible-ish text of a subtree, without the text of nested controls (a label that wraps a <select> must not
 * read its 200 country names). Hint blocks (DSFR `fr-hint-text`…) are set aside. Stops after `max` chars.
 */
export function collectText(node: Node, max = 120): CollectedText {
  // an element that holds text only (a legend, a table cell, most labels and hints): its text at once, as the walk
  // below would read it (its own block space is never written, and within the limit nothing is cut)
  if (node.nodeType === 1 && !(node as Element).firstElementChild) {
    const tag = (node as Element).tagName;
    if (!SKIPPED_TAGS.has(tag) && tag !== 'INPUT' && isHtmlDocument(node) && isHtml(node)) {
      const content = node.textContent ?? '';
      if ((BLOCK_TAGS.has(tag) ? 1 : 0) + content.length < max) return { text: squeeze(content, max), hint: '' };
    }
  }
  const text = collectedText;
  text.clear();
  let hint = '';
  let inHtmlDocument: boolean | undefined;
  // depth-first, in document order; two parallel stacks rather than a [node, inHint] pair allocated per node
  const nodes = pendingNodes;
  const inHints = pendingInHint;
  nodes.length = 0;
  inHints.length = 0;
  nodes.push(node);
  inHints.push(false);
  while (nodes.length > 0 && text.length + hint.length < max * 2) {
    const current = nodes.pop() as Node;
    const inHint = inHints.pop() as boolean;
    const type = current.nodeType;
    if (type === 3) {
      const value = current.nodeValue ?? '';
      if (inHint) hint += value;
      else if (text.length < max) text.add(value);
      continue;
    }
    if (type !== 1 && type !== 11 && type !== 9) continue;
    let hintHere = inHint;
    let block = false;
    if (type === 1) {
      const el = current as Element;
      const tag = el.tagName;
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'INPUT') {
        const type = el.getAttribute('type');
        // a wrapping label of a radio/checkbox never names it by its own value; submit buttons do carry text
        if (type === 'submit' || type === 'button') {
          text.addSpace();
          text.add(el.getAttribute('value') ?? '');
          text.addSpace();
        }
        continue;
      }
      if (el !== node && el.hasAttributes()) {
        if (el.getAttribute('aria-hidden') === 'true') continue;
        hintHere ||= isHint(el);
      }
      block = BLOCK_TAGS.has(tag);
    }
    if (block) text.addSpace();
    // an element that holds text only (a legend, a hint, a table cell): one textContent call rather than a wrapper
    // per text node, when all of it fits within the limits (else node by node below)
    if (type === 1 && !(current as Element).firstElementChild && (inHtmlDocument ??= isHtmlDocument(node)) && isHtml(current)) {
      const content = current.textContent ?? '';
      if (text.length + hint.length + content.length < max * 2 && (hintHere || text.length + content.length < max)) {
        if (hintHere) hint += content;
        else text.add(content);
        continue;
      }
    }
    // lastChild/previousSibling rather than childNodes: no NodeList allocation (costly in jsdom)
    for (let kid = current.lastChild; kid; kid = kid.previousSibling) {
      nodes.push(kid);
      inHints.push(hintHere);
    }
  }
  // let the nodes go (the stacks outlive the call)
  nodes.length = 0;
  inHints.length = 0;
  return { text: squeeze(text.written, max), hint: squeeze(hint, max) };
}

/*
 * textContent also counts CDATA sections, which collectText skips. HTML documents have none in HTML elements: the
 * parser only makes them in SVG and MathML, and createCDATASection refuses to.
 */
const htmlDocuments = new WeakMap<Document, boolean>();

function isHtmlDocument(node: Node): boolean {
  const doc = node.ownerDocument ?? (node as Document);
  let html = htmlDocuments.get(doc);
  if (html === undefined) htmlDocuments.set(doc, (html = doc.contentType === 'text/html'));
  return html;
}

function isHtml(el: Node): boolean {
  return (el as Element).namespaceURI === 'http://www.w3.org/1999/xhtml';
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TD', 'TH', 'BR', 'SPAN', 'LABEL', 'LEGEND']);

/** Whitespace that squeezing changes besides the ends: a run of two, or a tab, newline, no-break space… */
const LOOSE_WHITESPACE = /\s\s|[^\S ]/;
const WHITESPACE_RUNS = /\s+/g;

function squeeze(text: string, max: number): string {
  if (text === '') return text;
  // a regex test is much cheaper than a global replace, and most texts only need trimming
  const squeezed = LOOSE_WHITESPACE.test(text) ? text.replace(WHITESPACE_RUNS, ' ') : text;
  return cutAtWord(squeezed.trim(), max);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** At most `max` characters, without the word the cut falls in (« l'arrêt » of « l'arrêté du 9 février » is no sick leave). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  if (!WORD_CHARACTER.test(text.charAt(max)) || !WORD_CHARACTER.test(cut.charAt(max - 1))) return cut;
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}

/** label[for] index of one document or shadow root, for batch classification. */
export function buildLabelIndex(root: ParentNode): Map<string, Element[]> {
  const byFor = new Map<string, Element[]>();
  const labels = root.querySelectorAll('label[for]');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as Element;
    const target = label.getAttribute('for') as string;
    const list = byFor.get(target);
    if (list) list.push(label);
    else byFor.set(target, [label]);
  }
  return byFor;
}

interface CachedLabelIndex {
  index: Map<string, Element[]>;
  /** live list of the document's labels: when its length changes, the index is rebuilt */
  live: HTMLCollectionOf<Element>;
  count: number;
}
const documentIndexes = new WeakMap<Node, CachedLabelIndex>();

/**
 * label[for] index of the document (or shadow root) of `el`, kept across calls for one-field-at-a-time use:
 * `el.labels` scans the whole document in some engines (over a second on a 2,000-control page in jsdom).
 * Rebuilt when the number of labels changes; entries are re-checked on use, so an edited `for` is never trusted.
 */
export function cachedLabelIndex(el: Element, rebuild = false): Map<string, Element[]> {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (typeof (root as Document).getElementsByTagName !== 'function') return buildLabelIndex(root);
  let cached = documentIndexes.get(root);
  if (rebuild || !cached || cached.live.length !== cached.count) {
    const live = (root as Document).getElementsByTagName('label');
    cached = { index: buildLabelIndex(root), live, count: live.length };
    documentIndexes.set(root, cached);
  }
  return cached.index;
}

const NO_LABELS: readonly Element[] = [];

/** Labels of a control: a label[for] index lookup, plus the label that wraps it. */
export function labelsOf(
  el: Element,
  id: string | undefined,
  index: Map<string, Element[]> | undefined,
  wrappingLabel?: Element,
): readonly Element[] {
  const candidates = id ? (index ?? cachedLabelIndex(el)).get(id) : undefined;
  // a batch index is trusted as is: its list is the answer, unless a wrapping label must be added
  if (index && (!wrappingLabel || candidates?.includes(wrappingLabel))) return candidates ?? NO_LABELS;
  let labels = index ? [...(candidates ?? NO_LABELS)] : liveLabels(candidates, id);
  // The cached index is rebuilt when the number of labels changes, but the next step of a form may swap its labels
  // for as many new ones: a control with an id and no label found looks again in a fresh index.
  if (!index && id && labels.length === 0) labels = liveLabels(cachedLabelIndex(el, true).get(id), id);
  if (wrappingLabel && !labels.includes(wrappingLabel)) labels.push(wrappingLabel);
  return labels;
}

/** The labels of a cached index entry that are still in the page and still name `id`. */
function liveLabels(candidates: readonly Element[] | undefined, id: string | undefined): Element[] {
  const labels: Element[] = [];
  if (!candidates) return labels;
  for (let i = 0; i < candidates.length; i++) {
    const label = candidates[i] as Element;
    if (label.isConnected && label.getAttribute('for') === id) labels.push(label);
  }
  return labels;
}

/** The text of the elements an `aria-labelledby` names (space-separated ids in the tree of `from`), joined by spaces. */
export function textOfIds(from: Element, refs: string): string {
  return refs
    .split(WHITESPACE_RUNS)
    .map((ref) => {
      const target = ref ? elementById(from, ref) : null;
      return target ? collectText(target, 100).text : '';
    })
    .join(' ');
}

export function elementById(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** Ancestors that matter, found in one upward walk that stops at the form. */
export interface Ancestry {
  wrappingLabel?: Element;
  fieldset?: Element;
  form?: Element;
  /** inside a search landmark or a search form: filters and queries, not the person's data */
  inSearch: boolean;
}

export function ancestry(el: Element): Ancestry {
  return ancestryFrom(el.parentElement);
}

/** The ancestry of the children of `node` (`node` and what is above it, up to the form). */
function ancestryFrom(node: Element | null): Ancestry {
  const found: Ancestry = { wrappingLabel: undefined, fieldset: undefined, form: undefined, inSearch: false };
  for (; node; node = node.parentElement) {
    const tag = node.tagName;
    const role = node.hasAttributes() ? node.getAttribute('role') : null;
    if (role === 'search') found.inSearch = true;
    if (tag === 'LABEL') found.wrappingLabel ??= node;
    // an ARIA group (split date, NIR boxes, radio group) is a fieldset whose legend is its accessible name
    else if (tag === 'FIELDSET' || role === 'group' || role === 'radiogroup') found.fieldset ??= node;
    else if (tag === 'FORM') {
      found.form = node;
      break;
    }
  }
  return found;
}

/** Every Ancestry is written with its four fields in the same order: one object shape for the reads per control. */
const NO_ANCESTRY: Ancestry = { wrappingLabel: undefined, fieldset: undefined, form: undefined, inSearch: false };

/**
 * The ancestry the children of `el` get, from the one `el` has: the nearest label and fieldset win, and a form
 * starts afresh (ancestry stops there). `role` is the role attribute of `el`. Most elements change nothing and pass
 * `outer` on as it is: the walk calls this only for labels, fieldsets, forms and elements with a role.
 */
function ancestryWithin(el: Element, tag: string, role: string | null, outer: Ancestry): Ancestry {
  const inSearch = role === 'search';
  if (tag === 'FORM') return { wrappingLabel: undefined, fieldset: undefined, form: el, inSearch };
  // an ARIA group (split date, NIR boxes, radio group) is a fieldset whose legend is its accessible name
  const group = tag === 'FIELDSET' || role === 'group' || role === 'radiogroup';
  if (tag === 'LABEL' || group || (inSearch && !outer.inSearch)) {
    return {
      wrappingLabel: tag === 'LABEL' ? el : outer.wrappingLabel,
      fieldset: group ? el : outer.fieldset,
      form: outer.form,
      inSearch: inSearch || outer.inSearch,
    };
  }
  return outer;
}

/** What one pass over a page gathers for batch classification. */
export interface PageControls {
  /** the controls under the root, in document order (a shadow tree after its host's children) */
  controls: Element[];
  /** for each control, what `ancestry(control)` answers */
  ancestries: Ancestry[];
  /** for each control, the label[for] index of its document or shadow root (what `getRootNode()` answers) */
  labelIndexes: Array<Map<string, Element[]>>;
}

/**
 * The controls under `root` (open shadow roots included) with their ancestry, and the label[for] indexes, in one
 * walk that keeps the ancestry of the element it is in: no control walks up to its form again.
 */
export function gatherControls(root: Node & ParentNode): PageControls {
  const page: PageControls = { controls: [], ancestries: [], labelIndexes: [] };
  const start = root.nodeType === 1 ? ancestryFrom(root as Element) : NO_ANCESTRY;
  gatherTree(root, start, page);
  return page;
}

function gatherTree(root: Node & ParentNode, start: Ancestry, page: PageControls): void {
  // the label[for] index of the tree being walked (its document, or one shadow root): one per call, filled from
  // its labels once the walk is over (the walk only collects them: a smaller loop for the JIT to compile)
  const index = new Map<string, Element[]>();
  const labels: Element[] = [];
  // the ancestry of the children of the element being walked, and those of the elements it is in
  let around = start;
  const outer: Ancestry[] = [];
  let el = root.firstElementChild;
  while (el) {
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      page.controls.push(el);
      page.ancestries.push(around);
      page.labelIndexes.push(index);
    } else if (tag === 'LABEL') labels.push(el);
    const firstChild: Element | null = el.firstElementChild;
    if (firstChild) {
      outer.push(around);
      // most elements have no attribute at all: hasAttributes is much cheaper than looking one up by name
      const role = el.hasAttributes() ? el.getAttribute('role') : null;
      // and most change nothing (ancestryWithin would answer `around`): no call for them
      if (role !== null || tag === 'LABEL' || tag === 'FIELDSET' || tag === 'FORM') around = ancestryWithin(el, tag, role, around);
      el = firstChild;
      continue;
    }
    // `el` has no children: leave it, and each ancestor whose last child was left (shadow trees on the way out)
    let left: Element | null = el;
    el = null;
    while (left) {
      const shadow = left.shadowRoot;
      // a shadow tree's elements have no parentElement above it: their ancestry starts afresh
      if (shadow) gatherTree(shadow, NO_ANCESTRY, page);
      el = left.nextElementSibling;
      if (el) break;
      const parent: Element | null = left.parentElement;
      left = parent === root ? null : parent;
      if (left) around = outer.pop() as Ancestry;
    }
  }
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as Element;
    const target = label.getAttribute('for');
    if (!target) continue;
    const list = index.get(target);
    if (list) list.push(label);
    else index.set(target, [label]);
  }
}

export function legendText(fieldset: Element): string {
  for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'LEGEND') return collectText(child, 100).text;
  }
  // no <legend>: the group's aria-labelledby or aria-label (Angular/React radio groups, role="group")
  const labelledBy = fieldset.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOfIds(fieldset, labelledBy).trim();
    if (text) return text;
  }
  return fieldset.getAttribute('aria-label') ?? '';
}

const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** Whether a subtree holds a form control; gives up (answers yes) on large subtrees, which are never labels. */
function containsControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.tagName)) return true;
  let budget = 40;
  // depth-first, in document order, climbing back with parentElement (no closure, no recursion)
  let node = el.firstElementChild;
  while (node) {
    if (--budget < 0 || CONTROL_TAGS.has(node.tagName)) return true;
    const first: Element | null = node.firstElementChild;
    if (first) {
      node = first;
      continue;
    }
    let up: Element | null = node;
    node = null;
    while (up && up !== el) {
      node = up.nextElementSibling;
      if (node) break;
      up = up.parentElement;
    }
  }
  return false;
}

/** Empty, or only punctuation ("*", ":"): a currency sign says "amount" and counts as words */
const WORDLESS = /^[^\p{L}\p{N}\p{Sc}]*$/u;

/**
 * The first words among the siblings on one side of `node`, a few steps at most: a text node's, or an element's text.
 * '' when an element that `ends` the search comes first (a control: the words beyond are its own); null when the
 * steps ran out without words.
 */
function siblingWords(node: Node, forward: boolean, maxSteps: number, ends: (el: Element) => boolean): string | null {
  let steps = 0;
  for (let sib = forward ? node.nextSibling : node.previousSibling; sib && steps < maxSteps; sib = forward ? sib.nextSibling : sib.previousSibling, steps++) {
    if (sib.nodeType === 3) {
      const value = (sib.nodeValue ?? '').trim();
      if (WORDLESS.test(value)) continue;
      return cutAtWord(value, 100);
    }
    if (sib.nodeType !== 1) continue;
    const sibEl = sib as Element;
    if (ends(sibEl)) return '';
    const { text } = collectText(sibEl, 100);
    // a required-field star or a colon of its own names nothing: the words are further on
    if (!WORDLESS.test(text)) return text;
  }
  return null;
}

/** Before a control: another control's words, or a row of column headers (they name each column: columnHeader). */
const ENDS_NEARBY = (el: Element): boolean => containsControl(el) || (el.tagName === 'TR' && el.firstElementChild?.tagName === 'TH');
/** After a checkbox or radio: the next line, or the next control. */
const ENDS_AFTER = (el: Element): boolean => el.tagName === 'BR' || containsControl(el);

/**
 * Text just before an unlabeled control: previous siblings first, then those of its ancestors (table cells,
 * wrapper divs). Stops at text that belongs to another control.
 */
export function nearbyText(el: Element, maxLevels = 3): string {
  let node: Element | null = el;
  for (let level = 0; node && level < maxLevels; level++, node = node.parentElement) {
    const words = siblingWords(node, false, 4, ENDS_NEARBY);
    if (words !== null) return words;
  }
  return '';
}

/**
 * The words right after a checkbox or radio that has no label element: « <input type=checkbox> <span>Un PAI est
 * nécessaire…</span> », « <input type=radio value=O> Oui ». Stops at a line break or another control.
 */
export function textAfter(el: Element): string {
  return siblingWords(el, true, 3, ENDS_AFTER) ?? '';
}

/** A control a person fills (not a hidden input), as a selector: previousControl's rare path only. */
const FILLED_CONTROL = 'input:not([type=hidden]),select,textarea';

/**
 * The nearest control before `el`, within its form: a previous sibling, or the last control of a wrapper before it
 * (« div.form-group » per field), at its own level or that of its parents (the same reach as nearbyText).
 */
export function previousControl(el: Element, form: Element | undefined): Element | null {
  let node: Element | null = el;
  for (let level = 0; node && node !== form && level < 3; level++, node = node.parentElement) {
    let steps = 0;
    for (let sib = node.previousElementSibling; sib && steps < 6; sib = sib.previousElementSibling, steps++) {
      if (sib.matches(FILLED_CONTROL)) return sib;
      const inside = sib.firstElementChild ? sib.querySelectorAll(FILLED_CONTROL) : undefined;
      if (inside && inside.length > 0) return inside[inside.length - 1] as Element;
    }
  }
  return null;
}

/** The table cell holding the control (directly, or through one wrapper), or null. */
function cellOf(el: Element): Element | null {
  let cell = el.parentElement;
  if (cell && cell.tagName !== 'TD') cell = cell.parentElement;
  return cell && cell.tagName === 'TD' ? cell : null;
}

/**
 * The cell that starts the control's table row, when it names the row: a `<th>` or a `<td>` of text only
 * (« Salaires » across monthly columns, « Revenus d'activité » before the boxes 1AJ and 1BJ of a tax form,
 * « Conjoint » before the boxes of a family member).
 */
export function rowHeader(el: Element): string {
  const cell = cellOf(el);
  if (!cell) return '';
  const start = (cell.parentElement as Element).firstElementChild;
  return start && start !== cell && (start.tagName === 'TH' || (start.tagName === 'TD' && !containsControl(start))) ? collectText(start, 60).text : '';
}

/**
 * The header of the control's table column: the cell at the same position in the nearest row above that holds no
 * control and has a cell there (« Nom | Prénom | Date de naissance » over one row of boxes per child; a title row
 * spanning the table is passed over), in the row's own section or at the end of a `<thead>` before it. A `<th>`,
 * or a `<td>` of text only: legacy forms draw their headers with `<td>`.
 */
export function columnHeader(el: Element): string {
  const cell = cellOf(el);
  if (!cell) return '';
  let position = 0;
  for (let c = cell.previousElementSibling; c; c = c.previousElementSibling) position++;
  const row = cell.parentElement as Element;
  let above = row.previousElementSibling;
  if (!above) {
    const before = row.parentElement?.previousElementSibling;
    above = before?.tagName === 'THEAD' ? before.lastElementChild : null;
  }
  // sibling walks only (no collections); a few rows up at most
  for (let rows = 0; above && rows < 6; rows++, above = above.previousElementSibling) {
    if (above.tagName !== 'TR' || containsControl(above)) continue;
    let column = above.firstElementChild;
    for (let i = 0; i < position && column; i++) column = column.nextElementSibling;
    if (!column) continue;
    return column.tagName === 'TH' || column.tagName === 'TD' ? collectText(column, 60).text : '';
  }
  return '';
}

/**
 * Controls split into boxes (date in 3 fields, NIR in 2, IBAN in 7): the small text-like controls that share
 * the container of `el`, or of its wrapper when each box has its own. Returns [] when `el` stands alone.
 * `memo` lets batch classification work out each container's boxes once for all of them.
 */
export function splitGroup(el: Element, memo?: Map<Element, Element[] | null>): Element[] {
  let container = el.parentElement;
  for (let level = 0; container && level < 2; level++, container = container.parentElement) {
    let boxes = memo?.get(container);
    if (boxes === undefined) {
      boxes = boxesIn(container);
      memo?.set(container, boxes);
    }
    if (!boxes) return [];
    if (boxes.length >= 2) return boxes.length <= 9 && boxes.includes(el) ? boxes : [];
    if (container.tagName === 'FIELDSET' || container.tagName === 'FORM') break;
  }
  return [];
}

/** The boxes directly in `container`, or first in each of its small children; null past 12 children. */
function boxesIn(container: Element): Element[] | null {
  // childElementCount walks every child in some engines: on a 2,000-control form that is the whole page
  if (hasMoreChildren(container, 12)) return null;
  const boxes: Element[] = [];
  for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
    const box = isBox(child) ? child : !hasMoreChildren(child, 3) ? firstBoxInside(child) : undefined;
    if (box) boxes.push(box);
  }
  return boxes;
}

function hasMoreChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (++n > max) return true;
  return false;
}

function isBox(el: Element): boolean {
  if (el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  return type === 'text' || type === 'tel' || type === 'number' || type === 'password' || type === '';
}

function firstBoxInside(el: Element): Element | undefined {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isBox(child)) return child;
    if (child.tagName === 'LABEL' || child.tagName === 'SPAN') continue;
  }
  return undefined;
}

/**
 * Depth-first walk over the elements under `root`, in document order, entering open shadow roots (a host's shadow
 * tree comes after its light children). Cheaper than querySelectorAll with a selector list, which jsdom has to
 * re-sort into document order; no stack either: it climbs back with parentElement. `visit` returns true to stop.
 */
export function forEachElement(root: Node, visit: (el: Element) => boolean | void): void {
  walkTree(root as Node & ParentNode, visit);
}

/** Returns true when `visit` asked to stop. */
function walkTree(root: Node & ParentNode, visit: (el: Element) => boolean | void): boolean {
  let el = root.firstElementChild;
  while (el) {
    if (visit(el) === true) return true;
    const firstChild: Element | null = el.firstElementChild;
    if (firstChild) {
      el = firstChild;
      continue;
    }
    // `el` has no children: leave it, and each ancestor whose last child was left, walking shadow trees on the way
    let left: Element | null = el;
    el = null;
    while (left) {
      const shadow = left.shadowRoot;
      if (shadow && walkTree(shadow, visit)) return true;
      el = left.nextElementSibling;
      if (el) break;
      const parent: Element | null = left.parentElement;
      left = parent === root ? null : parent;
    }
  }
  return false;
}

/* a constant: a regex literal in the loop below would make a new RegExp object per sibling */
const HEADING_TAG = /^H[1-6]$/;

/** The nearest heading before the control, within `stop` (its form): the section title of a form without fieldsets. */
export function sectionHeading(el: Element, stop: Element | undefined): string {
  let node: Element | null = el;
  for (let level = 0; node && node !== stop && level < 6; level++, node = node.parentElement) {
    let steps = 0;
    for (let sib = node.previousElementSibling; sib && steps < 12; sib = sib.previousElementSibling, steps++) {
      if (HEADING_TAG.test(sib.tagName)) return collectText(sib, 80).text;
    }
  }
  return '';
}
