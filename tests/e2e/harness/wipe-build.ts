import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_TEST_BUILD, FIREFOX_TEST_BUILD } from './paths';

/**
 * The wipe specs run on a private copy of the test builds: other suites rebuild `.output/` while these
 * long journeys run (kill, relaunch), and a build swapped under a running browser breaks the journey.
 *
 * Chrome MV3 only grants host access through `host_permissions`; if the build still lists `<all_urls>` under
 * `permissions` (wxt.config.ts not yet routing host patterns), the copy is fixed the same way and the test is
 * annotated, so the wipe is tested as it will ship once wxt.config.ts does it.
 */
export function snapshotBuild(engine: 'chromium' | 'firefox'): { dir: string; patched: boolean } {
  const source = engine === 'chromium' ? CHROME_TEST_BUILD : FIREFOX_TEST_BUILD;
  // Another suite may be rebuilding right now: wait for its output rather than fail.
  for (let i = 0; i < 60 && !existsSync(join(source, 'manifest.json')); i++) execFileSync('sleep', ['1']);
  if (!existsSync(join(source, 'manifest.json'))) throw new Error(`${source} is missing: run npm run build:test`);
  const dir = join(mkdtempSync(join(tmpdir(), `parenthese-wipe-build-${engine}-`)), 'ext');
  cpSync(source, dir, { recursive: true });
  let patched = false;
  if (engine === 'chromium') {
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
    const hosts = (manifest.permissions ?? []).filter((p) => p === '<all_urls>' || p.includes('://'));
    if (hosts.length) {
      manifest.permissions = (manifest.permissions ?? []).filter((p) => !hosts.includes(p));
      manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...hosts])];
      writeFileSync(path, JSON.stringify(manifest, null, 2));
      patched = true;
    }
  }
  return { dir, patched };
}

