import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../lib/permissions';
import { renderReadme } from '../../scripts/gen-readme';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = (dir: string) => JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));

describe.each([
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv2'],
] as const)('%s release manifest', (browser, dir) => {
  it('asks only for documented permissions, each with a reason', () => {
    const m = manifest(dir);
    const asked: string[] = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])];
    const documented = PERMISSIONS.filter((p) => p.browsers.includes(browser)).map((p) => p.name);
    for (const permission of asked) expect(documented, `undocumented permission ${permission}`).toContain(permission);
    for (const p of PERMISSIONS) expect(p.why.length, p.name).toBeGreaterThan(20);
  });

  it('keeps a strict content security policy: no remote or inline script, no eval', () => {
    const csp = manifest(dir).content_security_policy;
    const policy: string = typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('README', () => {
  it('documents exactly the permissions of lib/permissions.ts (npm run gen:readme)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(renderReadme(readme), 'README.md permission table is stale: run npm run gen:readme').toBe(readme);
  });
});
