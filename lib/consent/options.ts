import { PERSONAL_CATEGORIES, type PersonalCategory } from './categories';

/**
 * The consent settings. lib/policy owns the real values (consentCategories, consentGranularity,
 * reviewBeforeSubmit); until it is plugged in, the background takes a getter returning this plain object.
 */
export type ConsentGranularity = 'site_and_category' | 'category' | 'site';

export interface ConsentOptions {
  /** Categories for which the person is asked before typing. */
  consentCategories: readonly PersonalCategory[];
  /** How far a "yes" reaches. A "no" always stays on its own site and category. */
  consentGranularity: ConsentGranularity;
  /** Joint review before a form with personal data is sent. */
  reviewBeforeSubmit: boolean;
  /** Plain-text overrides for the mandate note (policy.reminderTextOverrides, kinds mandateTitle/mandateNote). */
  mandateOverrides?: { mandateTitle?: string | { fr?: string; en?: string }; mandateNote?: string | { fr?: string; en?: string } };
  /** Extra public-service domains for the mandate note. */
  mandateExtraDomains?: readonly string[];
}

export const DEFAULT_CONSENT_OPTIONS: ConsentOptions = Object.freeze({
  consentCategories: PERSONAL_CATEGORIES,
  consentGranularity: 'site_and_category',
  reviewBeforeSubmit: true,
});

export type ConsentOptionsSource = () => ConsentOptions | Partial<ConsentOptions> | Promise<ConsentOptions | Partial<ConsentOptions>>;

/** Fills gaps with defaults and drops unknown categories, so a bad setting never disables everything silently. */
export function normaliseOptions(input: Partial<ConsentOptions> | null | undefined): ConsentOptions {
  const categories = Array.isArray(input?.consentCategories)
    ? input.consentCategories.filter((c): c is PersonalCategory => (PERSONAL_CATEGORIES as readonly string[]).includes(c))
    : DEFAULT_CONSENT_OPTIONS.consentCategories;
  const granularity = input?.consentGranularity;
  return {
    consentCategories: [...new Set(categories)],
    consentGranularity: granularity === 'category' || granularity === 'site' ? granularity : 'site_and_category',
    reviewBeforeSubmit: typeof input?.reviewBeforeSubmit === 'boolean' ? input.reviewBeforeSubmit : true,
    ...(mandateOverridesOf(input) ? { mandateOverrides: mandateOverridesOf(input) } : {}),
    ...(input?.mandateExtraDomains ? { mandateExtraDomains: input.mandateExtraDomains } : {}),
  };
}

export function needsConsent(category: string, options: Pick<ConsentOptions, 'consentCategories'>): category is PersonalCategory {
  return category !== 'none' && (options.consentCategories as readonly string[]).includes(category);
}

/** lib/policy's `reminderTextOverrides` ({ mandateFr, mandateEn }) or an explicit `mandateOverrides`. */
function mandateOverridesOf(input: Partial<ConsentOptions> | null | undefined): ConsentOptions['mandateOverrides'] | undefined {
  if (input?.mandateOverrides) return input.mandateOverrides;
  const policy = (input as { reminderTextOverrides?: Record<string, unknown> } | null | undefined)?.reminderTextOverrides;
  if (!policy || typeof policy !== 'object') return undefined;
  const fr = typeof policy.mandateFr === 'string' && policy.mandateFr.trim() ? policy.mandateFr : undefined;
  const en = typeof policy.mandateEn === 'string' && policy.mandateEn.trim() ? policy.mandateEn : undefined;
  return fr || en ? { mandateNote: { ...(fr ? { fr } : {}), ...(en ? { en } : {}) } } : undefined;
}
