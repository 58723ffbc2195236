import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { phraseTableModule } from '../../../lib/detect/phrase-table';

describe('lib/detect/phrase-table.generated.ts', () => {
  it('is the phrase trie of the current vocabulary (else run npm run gen:phrase-table)', () => {
    const committed = readFileSync(new URL('../../../lib/detect/phrase-table.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(phraseTableModule());
  });
});
