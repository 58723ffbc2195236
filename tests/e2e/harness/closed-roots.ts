import type { CDPSession, Page } from 'playwright-core';

/**
 * Parenthèse's page UI (consent prompt, review panel, refused mark, reminders) lives in CLOSED shadow roots,
 * which axe-core, Playwright locators and page scripts cannot see. For audits and screenshots, the test —
 * not the extension — reaches in through the DevTools protocol (`DOM.getDocument({pierce:true})` lists
 * closed roots too) and hands each root to the page's main world, where `Element.prototype.shadowRoot`
 * answers with it for our two host tags only. Nothing changes in any build of the extension: what is
 * audited is the very DOM and CSS the person sees. Chromium only (CDP).
 */

export const HOST_TAGS = ['PARENTHESE-UI', 'PARENTHESE-REMINDER'] as const;

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('Runtime.enable');
    sessions.set(page, session);
  }
  return session;
}

function* walk(node: CdpNode): Generator<{ host: CdpNode; root: CdpNode }> {
  for (const root of node.shadowRoots ?? []) {
    if (root.shadowRootType === 'closed' && (HOST_TAGS as readonly string[]).includes(node.nodeName)) yield { host: node, root };
    yield* walk(root);
  }
  for (const child of node.children ?? []) yield* walk(child);
}

/** Installs the main-world `shadowRoot` answer for our hosts and registers every current closed root. Returns how many. */
export async function exposeClosedRoots(page: Page): Promise<number> {
  const session = await cdp(page);
  await page.evaluate((tags) => {
    const w = window as unknown as { __pxRoots?: WeakMap<Element, ShadowRoot> };
    if (w.__pxRoots) return;
    w.__pxRoots = new WeakMap();
    const native = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!;
    Object.defineProperty(Element.prototype, 'shadowRoot', {
      configurable: true,
      get(this: Element) {
        if (tags.includes(this.tagName)) return w.__pxRoots!.get(this) ?? native.get!.call(this);
        return native.get!.call(this);
      },
    });
  }, [...HOST_TAGS] as string[]);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  let count = 0;
  for (const { root: shadow } of walk(root)) {
    const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId?: string } };
    if (!object.objectId) continue;
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { window.__pxRoots.set(this.host, this); }',
    });
    count++;
  }
  return count;
}

/** Rectangle (viewport CSS px) of the first element matching `selector` inside one of our closed roots. */
export async function rectInRoots(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  await exposeClosedRoots(page);
  return page.evaluate(
    ({ tags, selector }) => {
      for (const host of document.querySelectorAll(tags.join(','))) {
        const el = host.shadowRoot?.querySelector(selector);
        if (!el) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      return null;
    },
    { tags: HOST_TAGS.map((t) => t.toLowerCase()), selector },
  );
}

export interface FocusInfo {
  /** Tag, data-role/data-testid/id and text of the focused element, looking through our roots. */
  label: string;
  inOurUi: boolean;
  focusVisible: boolean;
  outline: string;
  outlineWidth: number;
}

/** What has the focus (through our closed roots), and whether it shows a visible focus ring. */
export async function focusInfo(page: Page): Promise<FocusInfo | null> {
  await exposeClosedRoots(page);
  return page.evaluate((tags) => {
    let el: Element | null = document.activeElement;
    let inOurUi = false;
    while (el?.shadowRoot?.activeElement) {
      if (tags.includes(el.tagName)) inOurUi = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const id = (el as HTMLElement).dataset?.role ?? (el as HTMLElement).dataset?.testid ?? el.id;
    return {
      label: `${el.tagName.toLowerCase()}${id ? `[${id}]` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
      inOurUi,
      focusVisible: el.matches(':focus-visible'),
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      outlineWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
  }, [...HOST_TAGS] as string[]);
}
