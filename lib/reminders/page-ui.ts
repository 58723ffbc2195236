/**
 * The reminders as a page shows them: plain DOM in a closed shadow root (a page script can't read, restyle
 * or click into it; only trusted clicks count). Every text goes in with textContent — policy overrides are
 * plain text. Test builds add `data-test-*` attributes on the host so e2e tests can find it; release builds don't.
 */
const STYLE = `
:host { all: initial; }
.box { font: 16px/1.45 system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1d2733; background: #fbf8f3;
  border: 2px solid #1f6f5c; border-left-width: 8px; border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.18);
  padding: 12px 14px; max-width: 380px; }
.head { display: flex; align-items: center; gap: 8px; }
.mark { color: #1f6f5c; font-size: 22px; font-weight: 300; }
.title { font-weight: 700; flex: 1; }
ul { margin: 6px 0 10px 0; padding-left: 20px; }
li { margin: 2px 0; }
p { margin: 6px 0 0 0; }
button { font: inherit; cursor: pointer; border-radius: 8px; padding: 6px 12px; border: 2px solid #4a5563; background: #fff; color: #1d2733; }
button.primary { background: #1f6f5c; color: #fff; border-color: #1f6f5c; font-weight: 600; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.collapsed .body { display: none; }
.note { font: 15px/1.4 system-ui, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: #1d2733; background: #fff4d6;
  border: 2px solid #8a5a00; border-radius: 8px; padding: 6px 10px; max-width: 340px; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
`;

export interface BannerTexts {
  label: string;
  title: string;
  intro?: string;
  items: string[];
  dismiss: string;
  expand: string;
  collapse: string;
}

export interface OverlayHandle {
  host: HTMLElement;
  remove(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function createHost(kind: string, isTest: boolean): { host: HTMLElement; root: ShadowRoot; keepAttached: () => () => void } {
  const host = document.createElement('parenthese-reminder');
  const root = host.attachShadow({ mode: 'closed' });
  const style = el('style');
  style.textContent = STYLE;
  root.append(style);
  if (isTest) host.dataset.testReminder = kind;
  // A page that removes the reminder gets it back: the reminder is for the helper, not for the page.
  const keepAttached = () => {
    const observer = new MutationObserver(() => {
      if (!host.isConnected) document.documentElement.append(host);
    });
    observer.observe(document.documentElement, { childList: true });
    return () => observer.disconnect();
  };
  return { host, root, keepAttached };
}

function onTrustedClick(button: HTMLButtonElement, handler: () => void) {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) handler();
  });
}

export function showBanner(
  kind: 'simulator' | 'email',
  texts: BannerTexts,
  options: { collapsed: boolean; isTest: boolean; offsetTop: number; onAcknowledge: () => void },
): OverlayHandle {
  const { host, root, keepAttached } = createHost(kind, options.isTest);
  host.style.cssText = `all: initial; position: fixed; top: ${12 + options.offsetTop}px; right: 12px; z-index: 2147483647;`;
  const box = el('section', 'box');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', texts.label);
  const head = el('div', 'head');
  const mark = el('span', 'mark', '( )');
  mark.setAttribute('aria-hidden', 'true');
  const title = el('span', 'title', texts.title);
  const toggle = el('button', 'toggle');
  toggle.type = 'button';
  head.append(mark, title, toggle);
  const body = el('div', 'body');
  if (texts.intro) body.append(el('p', undefined, texts.intro));
  const list = el('ul');
  for (const item of texts.items) list.append(el('li', undefined, item));
  const ack = el('button', 'primary', texts.dismiss);
  ack.type = 'button';
  body.append(list, ack);
  box.append(head, body);
  root.append(box);

  const setCollapsed = (collapsed: boolean) => {
    box.classList.toggle('collapsed', collapsed);
    toggle.textContent = collapsed ? texts.expand : texts.collapse;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    if (options.isTest) host.dataset.testState = collapsed ? 'collapsed' : 'expanded';
  };
  setCollapsed(options.collapsed);
  onTrustedClick(toggle, () => setCollapsed(!box.classList.contains('collapsed')));
  onTrustedClick(ack, () => {
    setCollapsed(true);
    options.onAcknowledge();
  });

  document.documentElement.append(host);
  const stop = keepAttached();
  return {
    host,
    remove() {
      stop();
      host.remove();
    },
  };
}

/** A small note anchored just under a result amount. */
export function showAmountNote(anchor: Element, text: string, isTest: boolean): OverlayHandle {
  const { host, root, keepAttached } = createHost('amount', isTest);
  const note = el('div', 'note', text);
  note.setAttribute('role', 'note');
  root.append(note);
  const place = () => {
    const rect = anchor.getBoundingClientRect();
    host.style.cssText = `all: initial; position: absolute; z-index: 2147483646; top: ${Math.round(rect.bottom + window.scrollY + 4)}px; left: ${Math.round(Math.max(4, rect.left + window.scrollX))}px;`;
  };
  place();
  document.documentElement.append(host);
  const stop = keepAttached();
  window.addEventListener('resize', place, { passive: true });
  return {
    host,
    remove() {
      stop();
      window.removeEventListener('resize', place);
      host.remove();
    },
  };
}
