/** Text normalisation shared by the vocabulary and the DOM signals. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^ -~\t\n\r]/;
const PLURAL_MARK = /([A-Za-z\u00c0-\u00ff])\((?:s|es|x)\)/g;

/**
 * Lower-case, accent-free words separated by single spaces. camelCase, snake_case, kebab-case and
 * letter/digit boundaries become word breaks, so `dateNaissance_2` → `date naissance 2`.
 * The input is capped first: everything downstream stays linear and cheap.
 */
export function normaliseText(raw: string, max = 160): string {
  let text = raw.slice(0, max);
  // plural markers glued to a word ("Prénom(s) de l'enfant", "Nom(s)") would split the phrase: drop them
  if (text.includes('(')) text = text.replace(PLURAL_MARK, '$1');
  text = text.replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
  // most identifiers are plain ASCII: skip Unicode decomposition for them
  if (NON_ASCII.test(text)) {
    text = text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/œ/g, 'oe').replace(/Œ/g, 'oe').replace(/æ/gi, 'ae').replace(/ß/g, 'ss');
  }
  return text
    .toLowerCase()
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}
