import type { ReviewTexts } from './review-ui';
import type { ReviewField } from '../review';
import type { PromptTexts } from '../texts';

/**
 * The guard's visible parts (prompt, review panel, refused mark), kept out of the guard content script so it
 * stays small and costs nothing where nothing is asked: entrypoints/guard-ui.ts carries them and the
 * background injects it into the asking frame on the first need (`page.consent.loadUi`). It lands in the same
 * isolated world as the guard (Chrome: one isolated world per extension and frame; Firefox: one sandbox per
 * extension and frame, shared by manifest and injected scripts) and registers itself under UI_GLOBAL on that
 * world's global object, which page scripts cannot reach.
 *
 * Types only here: importing this module adds nothing to the guard bundle.
 */
export const UI_GLOBAL = '__parentheseGuardUi';

export interface UiOptions {
  /** Test builds only: publish rectangles on the host for coordinate clicks. */
  testMode?: boolean;
}

export interface UiPromptHandle {
  readonly host: HTMLElement;
  check(): void;
  close(): void;
}

// Type-only: erased from the guard bundle, so the panel's texts are declared once, next to the panel.
export type UiReviewTexts = ReviewTexts;

export interface UiMark {
  place(): void;
  remove(): void;
}

export interface GuardUi {
  prompt(doc: Document, texts: PromptTexts, callbacks: { onAnswer(answer: 'yes' | 'no'): void; onDismiss(): void }, options: UiOptions): UiPromptHandle;
  review(
    doc: Document,
    /** the fields as read at submission; the UI turns them into the panel's lines (masks, clipping) */
    fields: readonly ReviewField[],
    texts: UiReviewTexts,
    callbacks: { onSend(): void; onFix(): void },
    blocking: boolean,
    options: UiOptions,
  ): { close(): void };
  mark(doc: Document, field: Element, tooltip: string, onAskAgain: () => void, testMode: boolean): UiMark;
}
