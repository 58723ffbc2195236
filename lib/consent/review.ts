import type { Category } from './categories';

/** One field of a form as the review panel sees it (read from the DOM by the content script). */
export interface ReviewField {
  label: string;
  value: string;
  /** input type (text, password, email…) or the tag name for select/textarea. */
  type: string;
  category: Category;
  autocomplete?: string;
  name?: string;
}

export interface ReviewItem {
  label: string;
  display: string;
  masked: boolean;
}

export const MASK = '••••••••';
const MAX_LABEL = 80;
const MAX_VALUE = 200;

/** Codes and secrets: shown as dots, never in clear on a shared screen. */
const SECRET_NAMES = /(pass|pwd|mdp|motdepasse|secret|otp|pin\b|pincode|\bcode\b|cvv|cvc|cryptogram|crypto|securitycode|token|totp)/i;

export function shouldMask(field: Pick<ReviewField, 'type' | 'category' | 'autocomplete' | 'name' | 'label'>): boolean {
  if (field.type === 'password') return true;
  if (field.category === 'credentials') return true;
  const autocomplete = (field.autocomplete ?? '').toLowerCase();
  if (/(one-time-code|current-password|new-password|cc-csc)/.test(autocomplete)) return true;
  if (field.category === 'postal_address') return false; // "code postal" is no secret
  const naming = `${field.name ?? ''} ${field.label}`.replace(/[\s_-]+/g, '');
  return SECRET_NAMES.test(naming) || /\b(code|mot de passe|password)\b/i.test(field.label);
}

function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** A field the review shows: personal, and holding something. */
export function isReviewable(field: Pick<ReviewField, 'category' | 'value'>): boolean {
  return field.category !== 'none' && field.value.trim() !== '';
}

/**
 * The panel's lines: personal fields that hold something, secrets masked. Run by the on-demand UI bundle, not by
 * the guard content script (which only needs isReviewable to decide whether to hold a submission back).
 */
export function reviewItems(fields: readonly ReviewField[], fallbackLabel = '—'): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const field of fields) {
    if (!isReviewable(field)) continue;
    const masked = shouldMask(field);
    items.push({
      label: clip(field.label, MAX_LABEL) || fallbackLabel,
      display: masked ? MASK : clip(field.value, MAX_VALUE),
      masked,
    });
  }
  return items;
}

/** Buttons that send a form by script ("Envoyer", "Valider"…): where a non-blocking review is offered. */
const SEND_WORDS = /\b(envoyer|valider|confirmer|soumettre|enregistrer|transmettre|terminer|send|submit|confirm|save|validate)\b/i;

export function looksLikeSendButton(label: string): boolean {
  return SEND_WORDS.test(label.normalize('NFC'));
}
