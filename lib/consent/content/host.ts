/**
 * A page-proof home for Parenthèse's UI: a host element with a CLOSED shadow root, created from the content
 * script's isolated world. The page cannot read or click inside it (only trusted events count on our buttons),
 * cannot restyle it (every style lives in the shadow root; the host's own style is forced inline with
 * !important and re-forced when touched), and cannot remove it for long (re-attached on removal).
 */
const HOST_TAG = 'parenthese-ui';

const HOST_STYLE: readonly [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['pointer-events', 'auto'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['contain', 'none'],
];

export interface SecureHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Re-attach and re-force styles if the page touched them; true when something had to be repaired. */
  repair(): boolean;
  destroy(): void;
}

export function forceHostStyle(host: HTMLElement): void {
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
}


export function createSecureHost(doc: Document, css: string, onRepaired?: () => void): SecureHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  forceHostStyle(host);
  // as the browser serialises it ('0' becomes '0px'…): compared as a whole, so nothing loops on normalisation
  const expectedStyle = host.getAttribute('style');
  const parent = () => doc.documentElement;
  parent().append(host);

  let destroyed = false;
  const repair = (): boolean => {
    if (destroyed) return false;
    let repaired = false;
    if (!host.isConnected || host.parentNode !== parent()) {
      parent().append(host);
      repaired = true;
    }
    for (const attribute of host.getAttributeNames()) {
      if (attribute !== 'style' && !(import.meta.env.MODE === 'test' && attribute.startsWith('data-parenthese-test'))) {
        host.removeAttribute(attribute);
        repaired = true;
      }
    }
    if (host.getAttribute('style') !== expectedStyle) {
      host.removeAttribute('style');
      forceHostStyle(host);
      repaired = true;
    }
    return repaired;
  };

  const observer = new MutationObserver(() => {
    if (repair()) onRepaired?.();
  });
  observer.observe(parent(), { childList: true });
  observer.observe(host, { attributes: true });

  return {
    host,
    root,
    repair,
    destroy() {
      destroyed = true;
      observer.disconnect();
      host.remove();
    },
  };
}

/** Only real input counts: a page script's synthetic click has isTrusted false. */
export function trusted(event: Event): boolean {
  return event.isTrusted === true;
}
