// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * In the guard content script the vocabulary's bucket text comes with the session mark (lib/detect/phrase-buckets.ts):
 * it can be missing at first and arrive later. Here the module is swapped for one whose text the test sets.
 */
const source = vi.hoisted(() => ({ text: '' }));
vi.mock('../../../lib/detect/phrase-buckets', () => ({ phraseBuckets: () => source.text }));

describe('the vocabulary arriving after a first classification', () => {
  afterEach(() => {
    source.text = '';
  });

  it('forgets what it read without the vocabulary and reads it once it is there', async () => {
    const { classifyField } = await import('../../../lib/detect/classify');
    const { ROOT_BUCKETS } = await import('../../../lib/detect/phrase-table.generated');
    document.body.innerHTML = `<label for="a">Numéro de sécurité sociale</label><input id="a">
      <label for="b">Votre identifiant fiscal</label><input id="b" name="zz9">`;
    const a = document.querySelector('#a') as Element;
    const b = document.querySelector('#b') as Element;
    // many words looked up in vain: the bucket offsets and pieces get read (from an empty text)
    for (let i = 0; i < 12; i++) {
      document.body.insertAdjacentHTML('beforeend', `<label for="x${i}">mot${i}inconnu</label><input id="x${i}">`);
      classifyField(document.querySelector(`#x${i}`) as Element);
    }
    expect(classifyField(a).category).toBe('none');
    source.text = ROOT_BUCKETS;
    expect(classifyField(a).category).toBe('national_id');
    expect(classifyField(b).category).toBe('national_id');
  });
});
