import { CATEGORIES, type Category, type PersonalCategory } from '../detect/categories';

export type { Category, PersonalCategory };

/** Every category the person can be asked about (all but `none`). */
export const PERSONAL_CATEGORIES = CATEGORIES.filter((c): c is PersonalCategory => c !== 'none');

export function isPersonalCategory(value: unknown): value is PersonalCategory {
  return typeof value === 'string' && (PERSONAL_CATEGORIES as readonly string[]).includes(value);
}

/** Message key naming the category in everyday words ("votre numéro de sécurité sociale ou d'identité"). */
export function categoryMessageKey(category: PersonalCategory): string {
  return `consent_cat_${category}`;
}

/** Short label for lists (popup): "Sécurité sociale / identité". */
export function categoryShortKey(category: PersonalCategory): string {
  return `consent_short_${category}`;
}
