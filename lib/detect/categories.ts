/** The contract shared with the consent layer: what kind of personal data a form field asks for. */
export const CATEGORIES = [
  'identity_name',
  'birth',
  'email',
  'phone',
  'postal_address',
  'national_id',
  'bank',
  'credentials',
  'situation',
  'health',
  'other_personal',
  'none',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type PersonalCategory = Exclude<Category, 'none'>;

export interface FieldClassification {
  category: Category;
  /** 0..1: share of the evidence that points to `category`, damped when the evidence is thin. */
  confidence: number;
  /** Short human-readable traces of what weighed in, e.g. `label:code postal→postal_address`. */
  signals: string[];
}

export function isPersonal(category: Category): category is PersonalCategory {
  return category !== 'none';
}
