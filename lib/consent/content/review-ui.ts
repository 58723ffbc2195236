import type { ReviewItem } from '../review';
import { trusted } from './host';
import { ModalSurface, type ModalUiOptions } from './prompt';

export interface ReviewTexts {
  lang: string;
  title: string;
  question: string;
  send: string;
  fix: string;
  /** Non-blocking variant: the form was sent by the site's script; this only invites a check. */
  noticeQuestion: string;
  ok: string;
  /** a line's label when the field has none */
  noLabel: string;
}

export interface ReviewCallbacks {
  onSend(): void;
  onFix(): void;
}

/**
 * "Relecture conjointe": what is about to be sent, with passwords and codes masked.
 * Blocking (modal, Envoyer / Corriger) for real form submissions; non-blocking (Corriger / OK) for sites that
 * send by script, where holding the click back could break the site.
 */
export function openReviewPanel(
  doc: Document,
  items: readonly ReviewItem[],
  texts: ReviewTexts,
  callbacks: ReviewCallbacks,
  blocking: boolean,
  options: ModalUiOptions = {},
): { close(): void } {
  const surface = new ModalSurface(doc, blocking, options);
  const { dialog } = surface;
  dialog.setAttribute('aria-labelledby', 'rq');
  dialog.setAttribute('lang', texts.lang);
  const brand = doc.createElement('p');
  brand.className = 'brand';
  brand.textContent = texts.title;
  const question = doc.createElement('h1');
  question.id = 'rq';
  question.tabIndex = -1;
  question.textContent = blocking ? texts.question : texts.noticeQuestion;
  const list = doc.createElement('dl');
  for (const item of items) {
    const dt = doc.createElement('dt');
    dt.textContent = item.label;
    const dd = doc.createElement('dd');
    dd.textContent = item.display;
    list.append(dt, dd);
  }
  const row = doc.createElement('div');
  row.className = 'row';
  const send = doc.createElement('button');
  send.type = 'button';
  send.className = 'yes';
  send.dataset.role = blocking ? 'send' : 'ok';
  send.textContent = blocking ? texts.send : texts.ok;
  const fix = doc.createElement('button');
  fix.type = 'button';
  fix.className = 'no';
  fix.dataset.role = 'fix';
  fix.textContent = texts.fix;
  row.append(send, fix);
  dialog.append(brand, question, list, row);

  let done = false;
  const finish = (then: () => void) => {
    if (done) return;
    done = true;
    surface.close();
    then();
  };
  send.addEventListener('click', (event) => {
    // "Envoyer" counts only if the page painted nothing over the panel (clickjacking, issue #9).
    if (blocking ? surface.accepts(event) : trusted(event)) finish(() => (blocking ? callbacks.onSend() : undefined));
  });
  fix.addEventListener('click', (event) => {
    if (trusted(event)) finish(() => callbacks.onFix());
  });
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (trusted(event)) finish(() => callbacks.onFix());
  });
  surface.trapFocus(() => [send, fix]);
  if (blocking) surface.focusTarget = question;
  surface.onUnexpectedClose = () => surface.check();
  surface.onTestInfo = () => ({ kind: blocking ? 'review' : 'review-notice', items });
  surface.open();
  if (blocking) question.focus({ preventScroll: true });
  return { close: () => finish(() => undefined) };
}
