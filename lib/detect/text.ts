/** Text normalisation shared by the vocabulary and the DOM signals. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/* normaliseUnicode's regexes (a regex literal in a function makes a new RegExp object each time it runs) */
const LOWER_THEN_CAPITAL = /([a-z\u00df-\u00ff])([A-Z])/g;
const ACRONYM_THEN_WORD = /([A-Z])([A-Z][a-z])/g;
const OE = /œ/g;
const OE_CAPITAL = /Œ/g;
const AE = /æ/gi;
const SHARP_S = /ß/g;
const LETTER_DIGIT = /([a-z])(?=\d)|(\d)(?=[a-z])/g;
const NOT_WORD = /[^a-z0-9]+/g;
const PLURAL_MARK = /([A-Za-z\u00c0-\u00ff])\((?:s|es|x)\)/g;

/** The capped text, without plural markers glued to a word ("Prénom(s) de l'enfant", "Nom(s)") that would split the phrase. */
function capped(raw: string, max: number): string {
  const text = raw.slice(0, max);
  return text.includes('(') ? text.replace(PLURAL_MARK, '$1') : text;
}

/**
 * Lower-case, accent-free words separated by single spaces. camelCase, snake_case, kebab-case and
 * letter/digit boundaries become word breaks, so `dateNaissance_2` → `date naissance 2`.
 * The input is capped first: everything downstream stays linear and cheap.
 */
export function normaliseText(raw: string, max = 160): string {
  const text = capped(raw, max);
  return asciiWords(text)?.join(' ') ?? normaliseUnicode(text);
}

/**
 * `words(normaliseText(raw, max))`, without building the normalised string first. Read-only: the array may be
 * shared (no words).
 */
export function textWords(raw: string, max = 160): readonly string[] {
  const text = capped(raw, max);
  return asciiWords(text) ?? words(normaliseUnicode(text));
}

export function words(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/** The general case: accents and ligatures need Unicode decomposition, which only regexes make short. */
function normaliseUnicode(text: string): string {
  let spaced = text.replace(LOWER_THEN_CAPITAL, '$1 $2').replace(ACRONYM_THEN_WORD, '$1 $2');
  spaced = spaced.normalize('NFD').replace(COMBINING_MARKS, '').replace(OE, 'oe').replace(OE_CAPITAL, 'oe').replace(AE, 'ae').replace(SHARP_S, 'ss');
  return spaced
    .toLowerCase()
    .replace(LETTER_DIGIT, '$1$2 ')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * Characters the ASCII path leaves to the general case: C0 controls other than tab, line feed and carriage return,
 * DEL, and everything past ASCII but the typographic punctuation of French text (apostrophe ’, « guillemets »,
 * no-break spaces, dashes, ellipsis), which has no Unicode decomposition and no letter: it separates words exactly
 * as ASCII punctuation does.
 */
const NEEDS_UNICODE = /[^\t\n\r -~\u00a0\u202f\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026]/;
const HAS_CAPITAL = /[A-Z]/;
/**
 * A word: a run of digits, or of letters broken at `aB` (camelCase) and at `ABc` (before the last capital of an
 * acronym). The first alternative is an acronym followed by a capitalised word, the next a (capitalised) lower-case
 * word, then an acronym that ends its run.
 */
const CASED_WORD = /[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g;
const LOWER_WORD = /[a-z]+|[0-9]+/g;
const NO_WORDS: string[] = [];

/**
 * The words of `text` as normaliseUnicode would cut them, or undefined when a character needs Unicode handling (an
 * accent, a ligature): most identifiers, hints and ids are plain ASCII, and five regex replacements per string were
 * most of the text cost on a large page. One native regex match cuts them: a loop over the characters in JavaScript
 * cost several times more on a fresh page, before it is optimised. The array is new (or shared when empty).
 */
function asciiWords(text: string): string[] | undefined {
  if (NEEDS_UNICODE.test(text)) return undefined;
  if (!HAS_CAPITAL.test(text)) return text.match(LOWER_WORD) ?? NO_WORDS;
  const found = text.match(CASED_WORD);
  if (!found) return NO_WORDS;
  for (let i = 0; i < found.length; i++) found[i] = (found[i] as string).toLowerCase();
  return found;
}

/**
 * A memo bounded in size for per-string results: when the recent half is full it becomes the older half and the
 * previous older half is dropped, so strings seen again and again (labels, class names) survive a flood of
 * one-off ones (ids, numbered hints).
 */
export class BoundedCache<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();
  constructor(private readonly halfSize: number) {}

  get(key: string): V | undefined {
    const value = this.recent.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.recent.size >= this.halfSize) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }

  clear(): void {
    this.recent = new Map();
    this.older = new Map();
  }
}
