import type { Category } from './categories';
import { VOCABULARY } from './vocabulary';

export interface PhraseHit {
  category: Category;
  weight: number;
  phrase: string;
}

interface TrieNode {
  exact?: Map<string, TrieNode>;
  /** children reached by any word starting with the given stem (`stem*` in the vocabulary) */
  stems?: Array<[string, TrieNode]>;
  hit?: PhraseHit;
}

const root: TrieNode = {};
/** every vocabulary word and stem of 3+ letters: the pieces used to split glued identifiers */
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
        node.stems ??= [];
        next = node.stems.find(([stem]) => stem === key)?.[1];
        if (!next) node.stems.push([key, (next = {})]);
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

function children(node: TrieNode, word: string): TrieNode[] {
  const found: TrieNode[] = [];
  const exact = node.exact?.get(word);
  if (exact) found.push(exact);
  if (node.stems) for (const [stem, child] of node.stems) if (word.startsWith(stem)) found.push(child);
  return found;
}

/** Longest vocabulary phrase starting at `start`, as [hit, number of words]. */
function longestAt(tokens: readonly string[], start: number): [PhraseHit, number] | undefined {
  let best: [PhraseHit, number] | undefined;
  let frontier: TrieNode[] = [root];
  for (let i = start; i < tokens.length && frontier.length > 0; i++) {
    const word = tokens[i] as string;
    const next: TrieNode[] = [];
    for (const node of frontier) next.push(...children(node, word));
    for (const node of next) if (node.hit && (!best || best[1] < i - start + 1)) best = [node.hit, i - start + 1];
    frontier = next;
  }
  return best;
}

/** Leftmost-longest scan: each word belongs to at most one phrase. */
export function matchPhrases(tokens: readonly string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(tokens, i);
    if (found) {
      hits.push(found[0]);
      i += found[1];
    } else i++;
  }
  return hits;
}

export function isKnownWord(word: string): boolean {
  return children(root, word).length > 0;
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
  const result = found.length > 0 && covered / word.length >= 0.6 ? found : [word];
  if (splitCache.size > 2000) splitCache.clear();
  splitCache.set(word, result);
  return result;
}
