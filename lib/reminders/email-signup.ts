import { matchesList } from '../policy/patterns';

/**
 * Sign-up pages of the main webmail providers used in France (issue #8): before creating an address with
 * someone, the helper checks the person can read it regularly and warns that going electronic can stop
 * paper letters. Providers change their URLs often: this list is a best effort, reviewed against the flows
 * known at the time of writing; structures extend it by policy (`emailSignupPatternsExtra`).
 * Pattern syntax: see `lib/policy/patterns.ts` (paths are case-insensitive; `*` may span `/`).
 */
export const DEFAULT_EMAIL_SIGNUP_PATTERNS: readonly string[] = Object.freeze([
  // Google / Gmail: accounts.google.com/signup..., /SignUp, /lifecycle/steps/signup/...
  '*://accounts.google.com/signup*',
  '*://accounts.google.com/lifecycle/steps/signup*',
  // Microsoft Outlook / Hotmail.
  '*://signup.live.com/*',
  // Yahoo (all countries share login.yahoo.com).
  '*://login.yahoo.com/account/create*',
  // La Poste (laposte.net): sign-up under compte.laposte.net / www.laposte.net, "inscription".
  '*://*.laposte.net/*inscription*',
  // Orange: address creation on login.orange.fr / *.orange.fr ("creer une adresse", signup).
  '*://login.orange.fr/*signup*',
  '*://*.orange.fr/*creer*adresse*',
  '*://*.orange.fr/*creation*adresse*',
  // SFR mail: address creation in the SFR customer space.
  '*://*.sfr.fr/*creation*adresse*',
  '*://*.sfr.fr/*creer*adresse*',
  // Free: free e-mail comes with the "accès gratuit" subscription on subscribe.free.fr.
  '*://subscribe.free.fr/accesgratuit*',
  // GMX and mail.com (same company).
  '*://signup.gmx.fr/*',
  '*://signup.gmx.com/*',
  '*://signup.gmx.net/*',
  '*://signup.mail.com/*',
  // Proton Mail: account.proton.me/signup and /mail/signup; the pricing page is the entry of the sign-up flow.
  '*://account.proton.me/signup*',
  '*://account.proton.me/mail/signup*',
  '*://proton.me/mail/pricing*',
  // Tuta (Tutanota).
  '*://app.tuta.com/signup*',
  '*://mail.tutanota.com/signup*',
]);

export interface EmailSignupOptions {
  /** Extra patterns (policy `emailSignupPatternsExtra`). */
  extra?: readonly string[];
  /** Patterns to silence (not in the policy today; kept for symmetry with simulators). */
  exclude?: readonly string[];
}

export function isEmailSignup(url: string | URL, options: EmailSignupOptions = {}): boolean {
  return matchesList(url, [...DEFAULT_EMAIL_SIGNUP_PATTERNS, ...(options.extra ?? [])], options.exclude ?? []);
}
