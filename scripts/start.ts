/**
 * `npm start` / `npm run start:firefox`: builds Parenthèse, serves the demo site on loopback, and opens the
 * browser on a fresh temporary profile with the extension loaded. Nothing touches your own profile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUIET_CHROMIUM_FLAGS } from './chromium-flags';
import { startStaticServer } from './static-server';

const browser = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const root = new URL('../', import.meta.url).pathname;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    [
      "Pas d'écran détecté (ni DISPLAY ni WAYLAND_DISPLAY) : impossible d'ouvrir le navigateur.",
      'No display found (neither DISPLAY nor WAYLAND_DISPLAY): cannot open the browser.',
      `Sur une machine sans écran / on a headless machine:  xvfb-run -a npm run ${browser === 'firefox' ? 'start:firefox' : 'start'}`,
    ].join('\n'),
  );
  process.exit(2);
}

const build = spawnSync('npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startStaticServer(join(root, 'demo'), [], { port: Number(process.env.DEMO_PORT ?? 0) });
const start = server.url('/index.html');
console.info(`Site de démonstration / demo site: ${start}`);

const profile = mkdtempSync(join(tmpdir(), `parenthese-demo-${browser}-`));
const child =
  browser === 'chromium'
    ? spawn(
        process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium',
        [
          ...QUIET_CHROMIUM_FLAGS,
          `--user-data-dir=${profile}`,
          `--disable-extensions-except=${join(root, '.output/chrome-mv3')}`,
          `--load-extension=${join(root, '.output/chrome-mv3')}`,
          start,
        ],
        { stdio: 'inherit' },
      )
    : spawn(
        'npx',
        [
          'web-ext',
          'run',
          '--source-dir',
          join(root, '.output/firefox-mv2'),
          `--firefox=${process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr'}`,
          '--target=firefox-desktop',
          `--firefox-profile=${profile}`,
          '--no-reload',
          '--no-input',
          `--start-url=${start}`,
        ],
        { cwd: root, stdio: 'inherit' },
      );

const cleanUp = async () => {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};
child.on('exit', (code) => {
  void cleanUp().then(() => process.exit(code ?? 0));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
