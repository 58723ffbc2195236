/**
 * Writes lib/detect/phrase-table.generated.ts, the phrase trie of lib/detect/vocabulary.ts in the compact form the
 * matcher reads (see lib/detect/phrase-table.ts). Run after editing the vocabulary; a unit test fails while it is stale.
 * Usage: npx tsx scripts/gen-phrase-table.ts [--check]
 * With --check, exits 1 if the committed file is stale instead of writing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { phraseTableModule } from '../lib/detect/phrase-table';

const target = new URL('../lib/detect/phrase-table.generated.ts', import.meta.url);
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== phraseTableModule()) {
    console.error('lib/detect/phrase-table.generated.ts is stale: run npm run gen:phrase-table');
    process.exit(1);
  }
} else writeFileSync(target, phraseTableModule());
