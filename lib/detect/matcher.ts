import type { Category } from './categories';
import { BoundedCache } from './text';
import { VOCABULARY, type VocabularyEntry } from './vocabulary';

export interface PhraseHit {
  category: Category;
  weight: number;
  phrase: string;
}

interface TrieNode {
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

/** The phrase trie and the glued-word pieces, built on first use (not at module evaluation: content-script load). */
interface Tables {
  root: TrieNode;
  /** every vocabulary word and stem of 3+ letters: the pieces used to split glued identifiers */
  pieces: Set<string>;
  longestPiece: number;
}
let tables: Tables | undefined;

function buildTables(): Tables {
  const root: TrieNode = {};
  const pieces = new Set<string>();
  let longestPiece = 0;
  // indexed loops: this runs once per page, before anything is optimised
  for (let v = 0; v < VOCABULARY.length; v++) {
    const [category, weight, list] = VOCABULARY[v] as VocabularyEntry;
    const phrases = list.split(',');
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p] as string;
      const words = phrase.split(' ');
      let node = root;
      for (let w = 0; w < words.length; w++) {
        const word = words[w] as string;
        const isStem = word.endsWith('*');
        const key = isStem ? word.slice(0, -1) : word;
        if (key.length >= 3) {
          pieces.add(key);
          if (key.length > longestPiece) longestPiece = key.length;
        }
        let next: TrieNode | undefined;
        if (isStem) {
          node.stems ??= new Map();
          let bucket = node.stems.get(prefixKey(key));
          if (!bucket) node.stems.set(prefixKey(key), (bucket = []));
          next = bucket.find((entry) => entry[0] === key)?.[1];
          if (!next) bucket.push([key, (next = {})]);
        } else {
          node.exact ??= new Map();
          next = node.exact.get(key);
          if (!next) node.exact.set(key, (next = {}));
        }
        node = next;
      }
      // first declaration wins: lists are ordered so that the intended reading comes first
      node.hit ??= { category, weight, phrase };
    }
  }
  return { root, pieces, longestPiece };
}

function getTables(): Tables {
  return (tables ??= buildTables());
}

/** For tests: whether the first classification has built the tables yet. */
export function tablesBuilt(): boolean {
  return tables !== undefined;
}

let bestHit: PhraseHit | undefined;
let bestLength = 0;

/**
 * Depth-first search of the longest phrase from `node`, `depth` words already matched: the exact word first, then
 * the stems it starts with, so that of two phrases of the same length the first one found wins.
 */
function search(node: TrieNode, tokens: readonly string[], i: number, depth: number): void {
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
  const { root } = getTables();
  let hits: PhraseHit[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    // most words (numbers, prefixes, ids) start no phrase: rule them out before the search
    if (!isKnownWord(tokens[i] as string)) {
      i++;
      continue;
    }
    bestHit = undefined;
    bestLength = 0;
    search(root, tokens, i, 0);
    if (bestHit) {
      // most texts hold no phrase at all: the array is made for the first one
      (hits ??= []).push(bestHit);
      i += bestLength;
    } else i++;
  }
  return hits ?? NO_HITS;
}

export function isKnownWord(word: string): boolean {
  const { root } = getTables();
  if (root.exact?.has(word)) return true;
  const bucket = root.stems?.get(prefixKey(word));
  if (bucket) for (let j = 0; j < bucket.length; j++) if (word.startsWith((bucket[j] as [string, TrieNode])[0])) return true;
  return false;
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
export function splitGluedWords(tokens: string[]): string[] {
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

function splitUnknownWord(word: string): string[] {
  const { pieces, longestPiece } = getTables();
  const found: string[] = [];
  let covered = 0;
  for (let i = 0; i < word.length; ) {
    let len = Math.min(longestPiece, word.length - i);
    while (len >= 3 && !pieces.has(word.slice(i, i + len))) len--;
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
