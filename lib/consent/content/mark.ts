import { createSecureHost, trusted, type SecureHost } from './host';
import { UI_CSS } from './styles';

/**
 * The small "refused" mark next to a locked field, in its own closed shadow root: the page sees an opaque
 * element, not the reason. A real click (or Enter) on it asks the person again.
 */
export class RefusedMark {
  private readonly secure: SecureHost;
  private readonly button: HTMLButtonElement;
  private readonly tip: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly field: Element,
    tooltip: string,
    onAskAgain: () => void,
    testMode = false,
  ) {
    this.secure = createSecureHost(doc, UI_CSS);
    this.button = doc.createElement('button');
    this.button.type = 'button';
    this.button.className = 'mark';
    this.button.textContent = '⊘';
    this.button.title = tooltip;
    this.button.setAttribute('aria-label', tooltip);
    this.tip = doc.createElement('span');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.textContent = tooltip;
    this.button.addEventListener('click', (event) => {
      if (trusted(event)) onAskAgain();
    });
    this.secure.root.append(this.button, this.tip);
    if (import.meta.env.MODE === 'test' && testMode) this.secure.host.setAttribute('data-parenthese-test-mark', '1');
    this.place();
  }

  /** Top-right corner of the field, in viewport coordinates (the host is position: fixed). */
  place(): void {
    this.secure.repair();
    const rect = this.field.getBoundingClientRect();
    const visible = this.field.isConnected && rect.width > 0 && rect.height > 0;
    this.button.style.display = visible ? 'block' : 'none';
    const x = Math.max(0, rect.right - 12);
    const y = Math.max(0, rect.top - 12);
    this.button.style.left = `${x}px`;
    this.button.style.top = `${y}px`;
    this.tip.style.left = `${Math.max(0, x - 240)}px`;
    this.tip.style.top = `${y + 28}px`;
    if (import.meta.env.MODE === 'test' && this.secure.host.hasAttribute('data-parenthese-test-mark')) {
      this.secure.host.setAttribute('data-parenthese-test-mark', JSON.stringify({ x: Math.round(x + 12), y: Math.round(y + 12), visible }));
    }
  }

  remove(): void {
    this.secure.destroy();
  }
}
