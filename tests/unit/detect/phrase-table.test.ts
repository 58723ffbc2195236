import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseTableModule } from '../../../lib/detect/phrase-table';

describe('lib/detect/phrase-table.generated.ts', () => {
  it('is the phrase trie of the current vocabulary (else run npm run gen:phrase-table)', () => {
    const committed = readFileSync(new URL('../../../lib/detect/phrase-table.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(phraseTableModule());
  });
});

describe('the vocabulary', () => {
  it('writes each phrase once: the trie keeps one weight, a second entry would be silently lost', async () => {
    const { VOCABULARY } = await import('../../../lib/detect/vocabulary');
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [category, weight, phrases] of VOCABULARY) {
      for (const phrase of phrases.split(',')) {
        const first = seen.get(phrase);
        if (first) twice.push(`« ${phrase} »: ${first} and ${category} ${weight}`);
        else seen.set(phrase, `${category} ${weight}`);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('the root buckets', () => {
  async function expectEveryRootKeyFound(): Promise<void> {
    const { buildPhraseTable } = await import('../../../lib/detect/phrase-table');
    const { VOCABULARY } = await import('../../../lib/detect/vocabulary');
    const { isKnownWord } = await import('../../../lib/detect/matcher');
    const { trie } = buildPhraseTable(VOCABULARY);
    const keys = trie.filter((_, i) => i % 2 === 1) as string[];
    expect(keys.length).toBeGreaterThan(300);
    for (const key of keys) {
      if (key.endsWith('*')) {
        expect(isKnownWord(key.slice(0, -1)), key).toBe(true);
        expect(isKnownWord(`${key.slice(0, -1)}xyz`), key).toBe(true);
      } else expect(isKnownWord(key), key).toBe(true);
    }
    const known = new Set(keys);
    for (const word of ['zzqx', 'a', 'qq', 'nomx'.slice(0, 2) + 'qqq', 'éte'])
      if (!known.has(word)) expect(isKnownWord(word), word).toBe(false);
  }

  it('let every root key of the vocabulary be found, exact words and stems, and nothing else', async () => {
    const { forgetRootBuckets } = await import('../../../lib/detect/matcher');
    forgetRootBuckets();
    await expectEveryRootKeyFound();
  });

  it('are found the same way once their offsets are read (after a few words found in none)', async () => {
    const { forgetRootBuckets, isKnownWord } = await import('../../../lib/detect/matcher');
    forgetRootBuckets();
    for (let n = 100; n < 120; n++) expect(isKnownWord(`${n}`)).toBe(false);
    await expectEveryRootKeyFound();
  });

  it('are found the same way when the first glued identifier read their offsets', async () => {
    const { forgetRootBuckets, splitGluedWord } = await import('../../../lib/detect/matcher');
    forgetRootBuckets();
    expect(splitGluedWord('datenaissance')).toEqual(['date', 'naissance']);
    await expectEveryRootKeyFound();
  });
});
