/**
 * Mozilla reviewers rebuild the Firefox package from the sources zip. This rebuilds it the way they would
 * (the README's build command, in a clean folder holding only the zip's content) and checks that every
 * file comes out byte-identical to the Firefox zip. Run after `npm run zip`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; name: string };
const sourcesZip = join(root, '.output', `${name}-${version}-sources.zip`);
const firefoxZip = join(root, '.output', `${name}-${version}-firefox.zip`);

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'parenthese-sources-'));
try {
  const src = join(work, 'src');
  const expected = join(work, 'expected');
  execFileSync('unzip', ['-q', sourcesZip, '-d', src]);
  execFileSync('unzip', ['-q', firefoxZip, '-d', expected]);
  // Same dependency tree as `npm ci` from the zip's lock file would give, without fetching it again.
  symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'));
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: src, stdio: 'ignore' });
  const want = hashes(expected);
  const got = hashes(join(src, '.output', 'firefox-mv2'));
  const differences = [...new Set([...want.keys(), ...got.keys()])].filter((file) => want.get(file) !== got.get(file));
  if (differences.length) {
    console.error(`sources zip does NOT rebuild to the Firefox zip; differing files:\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.info(`sources zip rebuilds to the Firefox zip: ${want.size} files identical`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
