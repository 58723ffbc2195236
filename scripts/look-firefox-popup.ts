/**
 * A look at the popup in real Firefox ESR, the way a helper sees it: Firefox with a window (run under
 * `xvfb-run -a` on a machine without a screen), the popup opened as a page, and a picture of the screen.
 * WebDriver BiDi cannot open or read moz-extension:// pages, so this is checked by eye, not asserted.
 * Needs `npm run build:test`. Writes docs/screenshots/firefox-popup-idle.png and firefox-popup-active.png.
 */
import { execFileSync } from 'node:child_process';
import { FirefoxDriver } from '../tests/e2e/harness/firefox';
import { startFixtureServer } from '../tests/e2e/harness/server';

const root = new URL('../', import.meta.url).pathname;
const server = await startFixtureServer();
const ext = new FirefoxDriver(server.url('/bridge.html'), { headed: true });
const shoot = (name: string) =>
  execFileSync('import', ['-window', 'root', '-crop', '640x560+0+0', `${root}docs/screenshots/${name}.png`]);
try {
  await ext.launch();
  await ext.bridge('ui.openExtensionPage', '/popup.html');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  shoot('firefox-popup-idle');
  await ext.bridge('session.start');
  await ext.bridge('ui.openExtensionPage', '/popup.html');
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  shoot('firefox-popup-active');
  await ext.bridge('session.end');
  console.info('docs/screenshots/firefox-popup-idle.png and firefox-popup-active.png written');
} finally {
  await ext.close();
  await server.close();
}
