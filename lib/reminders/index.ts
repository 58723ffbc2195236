/**
 * Issue #8 — reminders where the helper might over-promise. Pure logic; the content-script UI lives elsewhere.
 */
import { looksLikeSimulator, SIMULATOR_HEURISTIC_DEFAULT } from './heuristic';
import { DEFAULT_SIMULATOR_EXCLUDES, isKnownSimulator } from './simulators';
import { isEmailSignup } from './email-signup';
import { firstMatchingPattern } from '../policy/patterns';

export * from './simulators';
export * from './heuristic';
export * from './amounts';
export * from './email-signup';
export * from './mandate';
export * from './texts';

export interface ReminderOptions {
  /** policy.simulatorPatternsExtra */
  simulatorPatternsExtra?: readonly string[];
  /** policy.simulatorPatternsExclude — also silences the heuristic. */
  simulatorPatternsExclude?: readonly string[];
  /** policy.simulatorHeuristic; default SIMULATOR_HEURISTIC_DEFAULT (off). */
  simulatorHeuristic?: boolean;
  /** policy.emailSignupPatternsExtra */
  emailSignupPatternsExtra?: readonly string[];
}

export interface PageSignals {
  title?: string;
  /** h1 first, then h2s. */
  headings?: readonly string[];
}

export interface ApplicableReminders {
  simulator: 'known' | 'heuristic' | null;
  emailSignup: boolean;
}

/** Which page-level reminders apply to `url` (the mandate note depends on a consent request, not on the page). */
export function reminderFor(url: string, page: PageSignals = {}, options: ReminderOptions = {}): ApplicableReminders {
  const exclude = options.simulatorPatternsExclude ?? [];
  // Excludes (default + policy) win over the known list AND the heuristic.
  const excluded = firstMatchingPattern([...DEFAULT_SIMULATOR_EXCLUDES, ...exclude], url) !== null;
  let simulator: ApplicableReminders['simulator'] = null;
  if (!excluded) {
    if (isKnownSimulator(url, { extra: options.simulatorPatternsExtra, exclude })) simulator = 'known';
    else if ((options.simulatorHeuristic ?? SIMULATOR_HEURISTIC_DEFAULT) && looksLikeSimulator({ url, title: page.title, headings: page.headings }).match) {
      simulator = 'heuristic';
    }
  }
  return { simulator, emailSignup: isEmailSignup(url, { extra: options.emailSignupPatternsExtra }) };
}
