import { RefusedMark } from './mark';
import { openConsentPrompt } from './prompt';
import { openReviewPanel } from './review-ui';
import type { GuardUi } from './ui';
import { reviewItems } from '../review';

/** The UI implementation: bundled into entrypoints/guard-ui.ts (injected on demand), and used as is by unit tests. */
export const guardUi: GuardUi = {
  prompt: (doc, texts, callbacks, options) => openConsentPrompt(doc, texts, callbacks, options),
  review: (doc, fields, texts, callbacks, blocking, options) =>
    openReviewPanel(doc, reviewItems(fields, texts.noLabel), texts, callbacks, blocking, options),
  mark: (doc, field, tooltip, onAskAgain, testMode) => new RefusedMark(doc, field, tooltip, onAskAgain, testMode),
};
