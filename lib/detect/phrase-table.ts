import { CATEGORIES, type Category } from './categories';
import { VOCABULARY, type VocabularyEntry } from './vocabulary';
import { WORD_ROLES, type WordRole } from './word-roles';

/**
 * The phrase trie of the vocabulary in a compact form, generated at build time (scripts/gen-phrase-table.ts writes
 * phrase-table.generated.ts; a unit test checks it is not stale). The guard content script runs on every page and
 * classifies a field on its first event, so what the first classification of a page builds counts: the matcher
 * reads only the parts of the trie the page's words reach.
 *
 * - `PHRASE_ENTRIES`: `[category, weight]` of each vocabulary line, the category as its index in CATEGORIES, then the
 *   line's role as its index in WORD_ROLES when it has one; a node's `hit` is 1 + an index in it (0: none).
 * - The root's children are cut in buckets by the first three letters of their key: the bucket of a word holds every
 *   root key it can match, exact or `stem*` (stems have 3+ letters; a key of one or two letters is a bucket alone).
 *   `ROOT_BUCKETS` is one string, each bucket `\n[key, node, key, node, …]` in JSON: a bucket starts with `\n["abc`,
 *   the first three letters of its keys (or `\n["ab"`), so a word finds its own with one indexOf.
 * - A node below the root is `[hit, key, node, key, node, …]`, each key a word or a `stem*`, in the order the
 *   vocabulary first declares them (the search tries exact words before stems, in that order); a node without
 *   children is its `hit` alone (most are: the table is smaller in the content script).
 * - `LONGEST_PIECE`: the length of the longest key (stems without their `*`); the matcher reads the keys of 3+ letters
 *   out of the bucket texts to split glued identifiers.
 */
export type PhraseEntry = [Category, number, WordRole?];

export interface PhraseTable {
  entries: PhraseEntry[];
  trie: EncodedNode;
}
/** `[hit, key, node, key, node, ...]` (an interface: a type alias cannot refer to itself in a tuple) */
export interface EncodedNode extends Array<number | string | EncodedNode> {
  0: number;
}

interface BuildNode {
  hit: number;
  children: Map<string, BuildNode>;
}

/** The whole trie, one node per word (tests and the generator; the matcher reads the generated buckets). */
export function buildPhraseTable(vocabulary: readonly VocabularyEntry[]): PhraseTable {
  const root: BuildNode = { hit: 0, children: new Map() };
  vocabulary.forEach(([, , list], v) => {
    for (const phrase of list.split(',')) {
      let node = root;
      for (const word of phrase.split(' ')) {
        let next = node.children.get(word);
        if (!next) node.children.set(word, (next = { hit: 0, children: new Map() }));
        node = next;
      }
      // first declaration wins: lists are ordered so that the intended reading comes first
      if (node.hit === 0) node.hit = v + 1;
    }
  });
  const encode = (node: BuildNode): EncodedNode => [node.hit, ...[...node.children].flatMap(([key, child]) => [key, encode(child)])];
  const entries = vocabulary.map(([category, weight, , role]): PhraseEntry => (role ? [category, weight, role] : [category, weight]));
  return { entries, trie: encode(root) };
}

/** What a root bucket starts with in ROOT_BUCKETS, from a word it may hold (the matcher searches the same). */
export function bucketStart(word: string): string {
  return word.length >= 3 ? `\n["${word.slice(0, 3)}` : `\n["${word}"`;
}

export interface GeneratedPhraseTable {
  entries: PhraseEntry[];
  rootBuckets: string;
  longestPiece: number;
}

/** A node in its generated form: `[hit]` becomes `hit`. */
export type GeneratedNode = number | Array<number | string | GeneratedNode>;

function leavesAsNumbers(code: EncodedNode): GeneratedNode {
  if (code.length === 1) return code[0];
  return code.map((item, i) => (i > 0 && i % 2 === 0 ? leavesAsNumbers(item as EncodedNode) : item)) as GeneratedNode;
}

export function encodePhraseTable(vocabulary: readonly VocabularyEntry[]): GeneratedPhraseTable {
  const { entries, trie } = buildPhraseTable(vocabulary);
  if (trie[0] !== 0) throw new Error('the empty phrase is in the vocabulary');
  const buckets = new Map<string, Array<string | GeneratedNode>>();
  const pieces = new Set<string>();
  const visit = (code: EncodedNode): void => {
    for (let c = 1; c < code.length; c += 2) {
      const word = code[c] as string;
      if (!/^[a-z0-9]+\*?$/.test(word)) throw new Error(`vocabulary word outside [a-z0-9]: ${word}`);
      const key = word.endsWith('*') ? word.slice(0, -1) : word;
      if (word.endsWith('*') && key.length < 3) throw new Error(`stem shorter than 3 letters: ${word}`);
      if (key.length >= 3) pieces.add(key);
      visit(code[c + 1] as EncodedNode);
    }
  };
  visit(trie);
  for (let c = 1; c < trie.length; c += 2) {
    const word = trie[c] as string;
    const prefix = bucketStart(word.endsWith('*') ? word.slice(0, -1) : word);
    let bucket = buckets.get(prefix);
    if (!bucket) buckets.set(prefix, (bucket = []));
    bucket.push(word, leavesAsNumbers(trie[c + 1] as EncodedNode));
  }
  const list = [...pieces];
  return {
    entries,
    rootBuckets: [...buckets.values()].map((bucket) => `\n${JSON.stringify(bucket)}`).join(''),
    longestPiece: Math.max(...list.map((piece) => piece.length)),
  };
}

/** The text of phrase-table.generated.ts (only scripts and tests import this: the matcher reads the generated file). */
export function phraseTableModule(): string {
  const table = encodePhraseTable(VOCABULARY);
  // keys are [a-z0-9] (checked above): the JSON goes in plain literals, unescaped
  const literal = (text: string) => `'${text.replaceAll('\n', '\\n')}'`;
  return (
    '// Generated by scripts/gen-phrase-table.ts from lib/detect/vocabulary.ts: do not edit.\n' +
    '// Format: lib/detect/phrase-table.ts.\n' +
    // categories by their index in CATEGORIES: the content script carries each name once
    `export const PHRASE_ENTRIES: ReadonlyArray<readonly [number, number, number?]> = ${JSON.stringify(
      table.entries.map(([category, weight, role]) => [CATEGORIES.indexOf(category), weight, ...(role ? [WORD_ROLES.indexOf(role)] : [])]),
    )};\n\n` +
    `export const ROOT_BUCKETS =\n  ${literal(table.rootBuckets)};\n\n` +
    `export const LONGEST_PIECE = ${table.longestPiece};\n`
  );
}
