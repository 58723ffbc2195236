/**
 * Reading the DOM around a form control with standard APIs only (works in content scripts and jsdom):
 * no layout, no innerText, no selector engine in the hot path (manual walks are much cheaper in jsdom).
 */

const SKIPPED_TAGS = new Set(['SELECT', 'OPTION', 'SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'svg']);
const HINT_CLASSES = ['fr-hint-text', 'hint', 'help-block', 'form-text', 'description'];

export interface CollectedText {
  text: string;
  hint: string;
}

function isHint(el: Element): boolean {
  const cls = el.classList;
  return HINT_CLASSES.some((c) => cls.contains(c));
}

/**
 * Visible-ish text of a subtree, without the text of nested controls (a label that wraps a <select> must not
 * read its 200 country names). Hint blocks (DSFR `fr-hint-text`…) are set aside. Stops after `max` chars.
 */
export function collectText(node: Node, max = 120): CollectedText {
  let text = '';
  let hint = '';
  const stack: Array<[Node, boolean]> = [[node, false]];
  while (stack.length > 0 && text.length + hint.length < max * 2) {
    const [current, inHint] = stack.pop() as [Node, boolean];
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      if (inHint) hint += value;
      else if (text.length < max) text += value;
      continue;
    }
    if (current.nodeType !== 1 && current.nodeType !== 11 && current.nodeType !== 9) continue;
    if (current.nodeType === 1) {
      const el = current as Element;
      if (SKIPPED_TAGS.has(el.tagName)) continue;
      if (el.tagName === 'INPUT') {
        const type = el.getAttribute('type');
        // a wrapping label of a radio/checkbox never names it by its own value; submit buttons do carry text
        if (type === 'submit' || type === 'button') text += ' ' + (el.getAttribute('value') ?? '') + ' ';
        continue;
      }
      if (el.getAttribute('aria-hidden') === 'true' && el !== node) continue;
    }
    const hintHere = inHint || (current.nodeType === 1 && current !== node && isHint(current as Element));
    // lastChild/previousSibling rather than childNodes: no NodeList allocation (costly in jsdom)
    for (let kid = current.lastChild; kid; kid = kid.previousSibling) stack.push([kid, hintHere]);
    if (current.nodeType === 1 && BLOCK_TAGS.has((current as Element).tagName)) text += ' ';
  }
  return { text: squeeze(text, max), hint: squeeze(hint, max) };
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'TD', 'TH', 'BR', 'SPAN', 'LABEL', 'LEGEND']);

function squeeze(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
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
export function cachedLabelIndex(el: Element): Map<string, Element[]> {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (typeof (root as Document).getElementsByTagName !== 'function') return buildLabelIndex(root);
  let cached = documentIndexes.get(root);
  if (!cached || cached.live.length !== cached.count) {
    const live = (root as Document).getElementsByTagName('label');
    cached = { index: buildLabelIndex(root), live, count: live.length };
    documentIndexes.set(root, cached);
  }
  return cached.index;
}

/** Labels of a control: a label[for] index lookup, plus the label that wraps it. */
export function labelsOf(
  el: Element,
  id: string | undefined,
  index: Map<string, Element[]> | undefined,
  wrappingLabel?: Element,
): Element[] {
  const labels: Element[] = [];
  if (id) {
    for (const label of (index ?? cachedLabelIndex(el)).get(id) ?? []) {
      if (index || (label.isConnected && label.getAttribute('for') === id)) labels.push(label);
    }
  }
  if (wrappingLabel && !labels.includes(wrappingLabel)) labels.push(wrappingLabel);
  return labels;
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
  const found: Ancestry = { inSearch: false };
  for (let node = el.parentElement; node; node = node.parentElement) {
    const tag = node.tagName;
    const role = node.getAttribute('role');
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

export function legendText(fieldset: Element): string {
  for (let child = fieldset.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName === 'LEGEND') return collectText(child, 100).text;
  }
  // no <legend>: the group's aria-labelledby or aria-label (Angular/React radio groups, role="group")
  const labelledBy = fieldset.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((ref) => {
        const target = ref ? elementById(fieldset, ref) : null;
        return target ? collectText(target, 100).text : '';
      })
      .join(' ')
      .trim();
    if (text) return text;
  }
  return fieldset.getAttribute('aria-label') ?? '';
}

const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);

/** Whether a subtree holds a form control; gives up (answers yes) on large subtrees, which are never labels. */
function containsControl(el: Element): boolean {
  let budget = 40;
  let found = false;
  const visit = (node: Element): void => {
    for (let child: Element | null = node; child && !found; child = child.nextElementSibling) {
      if (--budget < 0 || CONTROL_TAGS.has(child.tagName)) {
        found = true;
        return;
      }
      if (child.firstElementChild) visit(child.firstElementChild);
    }
  };
  if (CONTROL_TAGS.has(el.tagName)) return true;
  if (el.firstElementChild) visit(el.firstElementChild);
  return found;
}

/**
 * Text just before an unlabeled control: previous siblings first, then those of its ancestors (table cells,
 * wrapper divs). Stops at text that belongs to another control.
 */
export function nearbyText(el: Element, maxLevels = 3): string {
  let node: Element | null = el;
  for (let level = 0; node && level < maxLevels; level++, node = node.parentElement) {
    let steps = 0;
    for (let sib = node.previousSibling; sib && steps < 4; sib = sib.previousSibling, steps++) {
      if (sib.nodeType === 3) {
        const value = (sib.nodeValue ?? '').trim();
        if (value) return value.slice(0, 100);
        continue;
      }
      if (sib.nodeType !== 1) continue;
      const sibEl = sib as Element;
      if (containsControl(sibEl)) return '';
      const { text } = collectText(sibEl, 100);
      if (text) return text;
    }
  }
  return '';
}

/**
 * Controls split into boxes (date in 3 fields, NIR in 2, IBAN in 7): the small text-like controls that share
 * the container of `el`, or of its wrapper when each box has its own. Returns [] when `el` stands alone.
 */
export function splitGroup(el: Element): Element[] {
  let container = el.parentElement;
  for (let level = 0; container && level < 2; level++, container = container.parentElement) {
    // childElementCount walks every child in some engines: on a 2,000-control form that is the whole page
    if (hasMoreChildren(container, 12)) return [];
    const boxes: Element[] = [];
    for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
      const box = isBox(child) ? child : !hasMoreChildren(child, 3) ? firstBoxInside(child) : undefined;
      if (box) boxes.push(box);
    }
    if (boxes.length >= 2) return boxes.length <= 9 && boxes.includes(el) ? boxes : [];
    if (container.tagName === 'FIELDSET' || container.tagName === 'FORM') break;
  }
  return [];
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
 * Depth-first walk over the elements under `root`, in document order, entering open shadow roots.
 * Cheaper than querySelectorAll with a selector list, which jsdom has to re-sort into document order.
 * `visit` returns true to stop the walk.
 */
export function forEachElement(root: Node, visit: (el: Element) => boolean | void): void {
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    const from = stack.length;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
    // reverse the pushed range so that the first child is popped first
    for (let i = from, j = stack.length - 1; i < j; i++, j--) [stack[i], stack[j]] = [stack[j] as Element, stack[i] as Element];
  };
  pushChildren(root as ParentNode);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (visit(el) === true) return;
    if (el.shadowRoot) pushChildren(el.shadowRoot);
    if (el.firstElementChild) pushChildren(el);
  }
}
