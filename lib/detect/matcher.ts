import type { Category } from './categories';
import { VOCABULARY } from './vocabulary';

export interface PhraseHit {
  category: Category;
  weight: number;
  phrase: string;
}

interface TrieNode {
  exact?: Map<string, TrieNode>;
  /** children reached by any word starting with the given stem (`stem*` in the vocabulary), by 3-letter prefix */
  stems?: Map<string, Array<[string, TrieNode]>>;
  hit?: PhraseHit;
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
  for (const [category, weight, list] of VOCABULARY) {
    for (const phrase of list.split(',')) {
      let node = root;
      for (const word of phrase.split(' ')) {
        const isStem = word.endsWith('*');
        const key = isStem ? word.slice(0, -1) : word;
        if (key.length >= 3) {
          pieces.add(key);
          longestPiece = Math.max(longestPiece, key.length);
        }
        let next: TrieNode | undefined;
        if (isStem) {
          node.stems ??= new Map();
          const bucket = node.stems.get(key.slice(0, 3)) ?? [];
          node.stems.set(key.slice(0, 3), bucket);
          next = bucket.find(([stem]) => stem === key)?.[1];
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

/** Calls `visit` for each child of `node` reached by `word` (no allocation: this runs for every token). */
function forEachChild(node: TrieNode, word: string, visit: (child: TrieNode) => void): void {
  const exact = node.exact?.get(word);
  if (exact) visit(exact);
  const bucket = node.stems?.get(word.slice(0, 3));
  if (bucket) for (const [stem, child] of bucket) if (word.startsWith(stem)) visit(child);
}

let bestHit: PhraseHit | undefined;
let bestLength = 0;

/** Depth-first search of the longest phrase from `node`, `depth` words already matched. */
function search(node: TrieNode, tokens: readonly string[], i: number, depth: number): void {
  if (node.hit && depth > bestLength) {
    bestHit = node.hit;
    bestLength = depth;
  }
  if (i >= tokens.length || (!node.exact && !node.stems)) return;
  forEachChild(node, tokens[i] as string, (child) => search(child, tokens, i + 1, depth + 1));
}

/** Leftmost-longest scan: each word belongs to at most one phrase. */
export function matchPhrases(tokens: readonly string[]): PhraseHit[] {
  const { root } = getTables();
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    bestHit = undefined;
    bestLength = 0;
    search(root, tokens, i, 0);
    if (bestHit) {
      hits.push(bestHit);
      i += bestLength;
    } else i++;
  }
  return hits;
}

export function isKnownWord(word: string): boolean {
  let known = false;
  forEachChild(getTables().root, word, () => (known = true));
  return known;
}

const splitCache = new Map<string, string[]>();

/**
 * Identifiers often glue words together (`datenaissance`, `usernamereg`, `txtemail`). Split an unknown
 * token into known vocabulary pieces, greedily longest-first; keep the split only if it explains most of it.
 */
export function splitGluedWord(word: string): string[] {
  if (word.length < 6 || word.length > 40 || isKnownWord(word)) return [word];
  const cached = splitCache.get(word);
  if (cached) return cached;
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
  const result =
    found.length > 0 && covered / word.length >= 0.6 && (covered === word.length || found.some((p) => p.length > 4)) ? found : [word];
  if (splitCache.size > 2000) splitCache.clear();
  splitCache.set(word, result);
  return result;
}
