import { categoryMessageKey, type PersonalCategory } from './categories';

export type Translate = (key: string, substitutions?: string | string[]) => string;

export interface PromptTexts {
  lang: 'fr' | 'en';
  title: string;
  question: string;
  yes: string;
  no: string;
  speak: string;
  close: string;
  mandate: { title: string; note: string } | null;
}

/**
 * The question to the person, in their words. The mandate note (lib/reminders: sensitive category on a
 * public-service site) is decided and worded by the background, which passes it in.
 */
export function promptTexts(
  category: PersonalCategory,
  host: string,
  lang: 'fr' | 'en',
  t: Translate,
  mandate: { title: string; note: string } | null = null,
): PromptTexts {
  return {
    lang,
    title: t('consent_prompt_title'),
    question: t('consent_question', [t(categoryMessageKey(category)), host]),
    yes: t('consent_yes'),
    no: t('consent_no'),
    speak: t('consent_speak'),
    close: t('consent_escape_hint'),
    mandate,
  };
}
