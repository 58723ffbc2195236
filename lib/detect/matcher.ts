import { CATEGORIES, type Category } from './categories';
import { BoundedCache } from './text';
import type { GeneratedNode } from './phrase-table';
import { phraseBuckets } from './phrase-buckets';
import { LONGEST_PIECE, PHRASE_ENTRIES } from './phrase-table.generated';
import { WORD_ROLES, type WordRole } from './word-roles';

export interface PhraseHit {
  category: Category;
  weight: number;
  /** what the vocabulary line says beyond its category (word-roles.ts), if anything */
  role: WordRole | undefined;
  phrase: string;
}

/**
 * A node of the phrase trie, expanded from its generated form the first time a search reaches it: a page looks up a
 * few dozen of the vocabulary's words, and the guard classifies a page's first field in the same event as the
 * helper's click. Reading the whole trie at once was half of that first classification.
 */
interface TrieNode {
  /** the generated form: `[hit, key, node, key, node, ...]`, or `hit` alone (phrase-table.ts) */
  readonly code: GeneratedNode;
  /** the words leading here, the phrase of a hit ending here */
  readonly phrase: string;
  expanded: boolean;
  exact?: Map<string, TrieNode>;
  /** children reached by any word starting with the given stem (`stem*` in the vocabulary), by 3-letter prefix */
  stems?: Map<number, Array<[string, TrieNode]>>;
  hit?: PhraseHit;
}

/**
 * The first three characters of a word as one number, the key of the stem buckets: no substring to cut and hash
 * for each word looked up. Vocabulary words are ASCII; a word that is not can share no prefix with them (-1).
 */
function prefixKey(word: string): number {
  let key = 0;
  for (let i = 0; i < 3 && i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return -1;
    // digits 1..128 in base 129: prefixes of different lengths never collide
    key = key * 129 + code + 1;
  }
  return key;
}

function node(code: GeneratedNode, phrase: string): TrieNode {
  return { code, phrase, expanded: false, exact: undefined, stems: undefined, hit: undefined };
}

/** The hit and the children of a node, on first visit. */
function expand(trieNode: TrieNode): void {
  trieNode.expanded = true;
  const { code, phrase } = trieNode;
  const hit = typeof code === 'number' ? code : (code[0] as number);
  if (hit > 0) {
    const [category, weight, role] = PHRASE_ENTRIES[hit - 1] as readonly [number, number, number?];
    trieNode.hit = { category: CATEGORIES[category] as Category, weight, role: role === undefined ? undefined : WORD_ROLES[role], phrase };
  }
  if (typeof code === 'number') return;
  // indexed loops: this runs a few times per page, before anything is optimised
  for (let c = 1; c < code.length; c += 2) {
    const word = code[c] as string;
    const child = node(code[c + 1] as GeneratedNode, phrase === '' ? word : `${phrase} ${word}`);
    if (word.charCodeAt(word.length - 1) === 42 /* `*` */) {
      const key = word.slice(0, -1);
      trieNode.stems ??= new Map();
      const prefix = prefixKey(key);
      const bucket = trieNode.stems.get(prefix);
      if (bucket) bucket.push([key, child]);
      else trieNode.stems.set(prefix, [[key, child]]);
    } else (trieNode.exact ??= new Map()).set(word, child);
  }
}

/**
 * The root's children a word can match (phrase-table.ts: the root is cut by the first three letters of its keys),
 * as a node of its own: searching it is searching the root for that word. By prefix key, null when there is none.
 */
let rootBuckets = new Map<number, TrieNode | null>();

function rootBucket(word: string): TrieNode | null {
  readBuckets();
  const key = prefixKey(word);
  let bucket = rootBuckets.get(key);
  if (bucket === undefined) {
    bucket = key < 0 ? null : readBucket(word);
    rootBuckets.set(key, bucket);
  }
  return bucket;
}

/**
 * The bucket text the tables below were read from. In the guard it arrives with the session mark and may come
 * after a first attempt (a frame open before the session, its injection refused): what was read from another
 * text is forgotten. One comparison per word looked up, of the same string most of the time.
 */
let bucketText = '';

let vocabularyGeneration = 0;

function readBuckets(): string {
  if (phraseBuckets() !== bucketText) forgetRootBuckets();
  return bucketText;
}

/** Changes when the bucket text does: what callers keep per string (classify.ts) must be read again. */
export function vocabularyVersion(): number {
  readBuckets();
  return vocabularyGeneration;
}

/** The word's bucket in the bucket text (`\n["abc…` or `\n["ab"`, phrase-table.ts), parsed; null if it has none. */
function readBucket(word: string): TrieNode | null {
  const start = bucketStart(word.length >= 3 ? word.slice(0, 3) : `${word}"`);
  if (start < 0) return null;
  const end = bucketText.indexOf('\n', start + 1);
  const pairs = JSON.parse(bucketText.slice(start + 1, end < 0 ? undefined : end)) as Array<string | GeneratedNode>;
  return node([0, ...pairs], '');
}

/**
 * Where each bucket starts in the bucket text, by what follows its `\n["` (the first three letters of its keys, or its
 * short key and the closing quote). One indexOf finds a bucket, but a word with none reads the whole string in vain:
 * numbers and ids do, by the hundred on a large page. The first classification of a page looks up a few words only:
 * the offsets are read (readTables) once it has missed a few times, or when the first glued identifier needs the
 * pieces read with them.
 */
let bucketOffsets: Map<string, number> | undefined;
let bucketMisses = 0;

function bucketStart(head: string): number {
  if (bucketOffsets) return bucketOffsets.get(head) ?? -1;
  const start = bucketText.indexOf(`\n["${head}`);
  if (start < 0 && ++bucketMisses >= 8) readTables();
  return start;
}

/** For tests: how many root buckets a classification has read so far; and forgetting them (a fresh page). */
export function rootBucketsRead(): number {
  let read = 0;
  for (const bucket of rootBuckets.values()) if (bucket) read++;
  return read;
}
export function forgetRootBuckets(): void {
  bucketText = phraseBuckets();
  vocabularyGeneration++;
  splitCache.clear();
  rootBuckets = new Map();
  bucketOffsets = undefined;
  bucketMisses = 0;
  pieces = undefined;
}

let bestHit: PhraseHit | undefined;
let bestLength = 0;

/**
 * Depth-first search of the longest phrase from `node`, `depth` words already matched: the exact word first, then
 * the stems it starts with, so that of two phrases of the same length the first one found wins.
 */
function search(node: TrieNode, tokens: readonly string[], i: number, depth: number): void {
  if (!node.expanded) expand(node);
  if (node.hit && depth > bestLength) {
    bestHit = node.hit;
    bestLength = depth;
  }
  if (i >= tokens.length) return;
  const word = tokens[i] as string;
  const exact = node.exact?.get(word);
  if (exact) search(exact, tokens, i + 1, depth + 1);
  const bucket = node.stems?.get(prefixKey(word));
  if (!bucket) return;
  for (let j = 0; j < bucket.length; j++) {
    const entry = bucket[j] as [string, TrieNode];
    if (word.startsWith(entry[0])) search(entry[1], tokens, i + 1, depth + 1);
  }
}

const NO_HITS: readonly PhraseHit[] = [];

/** Leftmost-longest scan: each word belongs to at most one phrase. */
export function matchPhrases(tokens: readonly string[]): readonly PhraseHit[] {
  let hits: PhraseHit[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    // most words (numbers, prefixes, ids) have no root bucket; a word of a bucket that starts no phrase is ruled out
    // by the search's first step, which looks up the same keys (no separate test first)
    const start = rootBucket(tokens[i] as string);
    if (!start) {
      i++;
      continue;
    }
    bestHit = undefined;
    bestLength = 0;
    search(start, tokens, i, 0);
    if (bestHit) {
      // most texts hold no phrase at all: the array is made for the first one
      (hits ??= []).push(bestHit);
      i += bestLength;
    } else i++;
  }
  return hits ?? NO_HITS;
}

/** Whether a root key (exact, or a stem it starts with) matches the word, its bucket at hand. */
function startsPhrase(bucket: TrieNode, word: string): boolean {
  if (!bucket.expanded) expand(bucket);
  if (bucket.exact?.has(word)) return true;
  const stems = bucket.stems?.get(prefixKey(word));
  if (stems) for (let j = 0; j < stems.length; j++) if (word.startsWith((stems[j] as [string, TrieNode])[0])) return true;
  return false;
}

export function isKnownWord(word: string): boolean {
  const bucket = rootBucket(word);
  return bucket !== null && startsPhrase(bucket, word);
}

/** Split results of long unknown tokens: identifiers repeat their words across a page (`txt`, `user`, `ctl00`). */
const splitCache = new BoundedCache<string[]>(2000);

/**
 * Identifiers often glue words together (`datenaissance`, `usernamereg`, `txtemail`). Split an unknown
 * token into known vocabulary pieces, greedily longest-first; keep the split only if it explains most of it.
 */
export function splitGluedWord(word: string): string[] {
  if (word.length < 6 || word.length > 40 || isKnownWord(word)) return [word];
  let result = splitCache.get(word);
  if (!result) splitCache.set(word, (result = splitUnknownWord(word)));
  return result;
}

/** The tokens of an identifier with each glued word split (`splitGluedWord`), copying nothing when none is. */
export function splitGluedWords(tokens: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    // short tokens are never split: skip the call and its one-word array
    const pieces = token.length < 6 ? undefined : splitGluedWord(token);
    if (pieces && (pieces.length !== 1 || pieces[0] !== token)) {
      out ??= tokens.slice(0, i);
      out.push(...pieces);
    } else out?.push(token);
  }
  return out ?? tokens;
}

/** Every vocabulary word and stem of 3+ letters, the pieces of glued identifiers: made on the first one. */
let pieces: Set<string> | undefined;

/**
 * The pieces and the bucket offsets, read out of the bucket text (no JSON to parse) in one native split on its
 * quotes: its strings are the keys, `"key"` or `"stem*"`, every other part; a bucket's first key follows `\n[`.
 */
function readTables(): Set<string> {
  const found = new Set<string>();
  const offsets = new Map<string, number>();
  const quoted = readBuckets().split('"');
  // `at`: where quoted[i] starts in the bucket text
  for (let i = 0, at = 0; i < quoted.length; at += (quoted[i] as string).length + 1, i++) {
    if (i % 2 === 0) continue;
    const key = (quoted[i] as string).replace('*', '');
    if (key.length >= 3) found.add(key);
    if ((quoted[i - 1] as string).endsWith('\n[')) offsets.set(key.length >= 3 ? key.slice(0, 3) : `${key}"`, at - 3);
  }
  bucketOffsets = offsets;
  return (pieces = found);
}

function splitUnknownWord(word: string): string[] {
  const known = pieces ?? readTables();
  const longestPiece = LONGEST_PIECE;
  const found: string[] = [];
  let covered = 0;
  for (let i = 0; i < word.length; ) {
    let len = Math.min(longestPiece, word.length - i);
    while (len >= 3 && !known.has(word.slice(i, i + len))) len--;
    if (len >= 3) {
      found.push(word.slice(i, i + len));
      covered += len;
      i += len;
    } else i++;
  }
  // short pieces inside an unexplained word are chance (`pa|rent`, `cur|rent`): keep the split only if it explains
  // the word fully or uses a piece of 5+ letters (`txt|email`)
  return found.length > 0 && covered / word.length >= 0.6 && (covered === word.length || found.some((p) => p.length > 4))
    ? found
    : [word];
}
