/** Text normalisation shared by the vocabulary and the DOM signals. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
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
  return asciiWords(text, [])?.join(' ') ?? normaliseUnicode(text);
}

/**
 * `words(normaliseText(raw, max))`, without building the normalised string first. The words go into `into`
 * (emptied first) when the text is plain ASCII, so that a caller that only reads them can reuse one array.
 */
export function textWordsInto(raw: string, into: string[], max = 160): string[] {
  const text = capped(raw, max);
  return asciiWords(text, into) ?? words(normaliseUnicode(text));
}

export function words(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/** The general case: accents and ligatures need Unicode decomposition, which only regexes make short. */
function normaliseUnicode(text: string): string {
  let spaced = text.replace(/([a-z\u00df-\u00ff])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
  spaced = spaced.normalize('NFD').replace(COMBINING_MARKS, '').replace(/œ/g, 'oe').replace(/Œ/g, 'oe').replace(/æ/gi, 'ae').replace(/ß/g, 'ss');
  return spaced
    .toLowerCase()
    .replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, '$1$2 ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const SEPARATOR = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

/**
 * Typographic punctuation of French text (apostrophe ’, « guillemets », no-break spaces, dashes, ellipsis): no
 * Unicode decomposition, no letter, so they separate words exactly as ASCII punctuation does.
 */
const PLAIN_PUNCTUATION = new Set([0xa0, 0x202f, 0x2018, 0x2019, 0x201c, 0x201d, 0xab, 0xbb, 0x2013, 0x2014, 0x2026]);

/** Class of each ASCII character (tab, line feed, carriage return and printable), undefined for the others. */
const ASCII_CLASSES: ReadonlyArray<number | undefined> = Array.from({ length: 127 }, (_, code) =>
  code >= 97 && code <= 122 ? LOWER
  : code >= 65 && code <= 90 ? UPPER
  : code >= 48 && code <= 57 ? DIGIT
  : code >= 32 || code === 9 || code === 10 || code === 13 ? SEPARATOR
  : undefined,
);

/**
 * The words of `text` as normaliseUnicode would cut them, in one pass over the characters, or undefined as soon
 * as a character needs Unicode handling (an accent, a ligature): most identifiers, hints and ids are plain ASCII,
 * and five regex replacements per string were most of the text cost on a large page.
 * Breaks: any non-alphanumeric run, `aB` (camelCase), `ABc` (before the last capital of an acronym), `a1` and `1a`.
 */
function asciiWords(text: string, found: string[]): string[] | undefined {
  found.length = 0;
  // ASCII lower-casing keeps every position: the words are cut from the lower-cased copy
  const lower = text.toLowerCase();
  let start = -1;
  let previous = SEPARATOR;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // other characters (accents, ligatures, and the C0 controls for the regex path) need the general case
    const current = code < 127 ? ASCII_CLASSES[code] : PLAIN_PUNCTUATION.has(code) ? SEPARATOR : undefined;
    if (current === undefined) return undefined;
    if (current === SEPARATOR) {
      if (start >= 0) found.push(lower.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (
      (previous === LOWER && current === UPPER) ||
      (previous === UPPER && current === UPPER && ASCII_CLASSES[text.charCodeAt(i + 1)] === LOWER) ||
      (previous === DIGIT) !== (current === DIGIT) // between a letter and a digit
    ) {
      found.push(lower.slice(start, i));
      start = i;
    }
    previous = current;
  }
  if (start >= 0) found.push(lower.slice(start));
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
}
