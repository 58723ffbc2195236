import { recogniseValue } from '../detect/values';
import type { PersonalCategory } from './categories';

/**
 * What to do with an event aimed at a field that is locked (no answer yet, or a refusal).
 * Pure: the content script feeds it the event's type, inputType and key.
 *
 *  - block:   preventDefault + stopImmediatePropagation in the capture phase at window level;
 *  - restore: the change already happened (autofill, IME composition, anything that slipped through):
 *             put the value back as it was when the field was locked;
 *  - allow:   navigation keys, Tab, Escape, copy, select-all… nothing that changes the value.
 */
export type GateAction = 'allow' | 'block' | 'restore';

export interface GateEvent {
  type: string;
  inputType?: string | null;
  key?: string | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** With Ctrl/Cmd these change the value (paste, cut, undo, redo, delete word…). */
const EDITING_SHORTCUTS = new Set(['v', 'x', 'z', 'y', 'V', 'X', 'Z', 'Y']);
const EDITING_KEYS = new Set(['Backspace', 'Delete', 'Process', 'Unidentified', 'Dead']);

export function isPrintableKey(key: string): boolean {
  // one grapheme-ish: "a", "é", " ", "€", an emoji (two UTF-16 units)
  return [...key].length === 1;
}

export function gateAction(event: GateEvent): GateAction {
  switch (event.type) {
    case 'beforeinput':
    case 'paste':
    case 'cut':
    case 'drop':
      return 'block';
    case 'input':
    case 'change':
      // Autofill ('insertReplacementText' or no inputType), composition text, anything that got past beforeinput.
      return 'restore';
    case 'keydown':
    case 'keypress': {
      const key = event.key ?? '';
      if (EDITING_KEYS.has(key)) return 'block';
      if (!isPrintableKey(key)) return 'allow';
      const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey;
      if (shortcut) return EDITING_SHORTCUTS.has(key) ? 'block' : 'allow';
      return 'block';
    }
    default:
      return 'allow';
  }
}

/** The events the guard listens to at window level, capture phase. */
export const GATED_EVENTS = ['beforeinput', 'keydown', 'keypress', 'paste', 'cut', 'drop', 'input', 'change'] as const;

/** Typing into an unclassified field: look at its value once it is this long. */
export const RECOGNISE_MIN_LENGTH = 8;

/** Kinds the value recognisers may reveal in a field the classifier missed (postal codes are too common). */
const RECOGNISED: ReadonlySet<string> = new Set(['national_id', 'bank', 'email', 'phone']);

/**
 * Every kind in RECOGNISED needs a digit or an @ (NIR, IBAN check digits, card, phone; e-mail): text without
 * either is none of them, whatever its length. Checked first because this runs on each key in an unclassified field.
 */
const DIGIT_OR_AT = /[0-9@]/;

/** What a typed value reveals: only checked from RECOGNISE_MIN_LENGTH characters. */
export function recogniseTyped(value: string): PersonalCategory | null {
  if (value.length < RECOGNISE_MIN_LENGTH || !DIGIT_OR_AT.test(value)) return null;
  const text = value.trim();
  if (text.length < RECOGNISE_MIN_LENGTH) return null;
  const category = recogniseValue(text);
  return category && RECOGNISED.has(category) ? (category as PersonalCategory) : null;
}

/** What pasted or dropped text reveals. */
export function recognisePasted(text: string): PersonalCategory | null {
  const category = recogniseValue(text.trim());
  return category && RECOGNISED.has(category) ? (category as PersonalCategory) : null;
}
