import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../lib/ids';
import { expect, test } from './fixtures';
import { ChromiumDriver } from './harness/chromium';
import { freshDir, ROOT } from './harness/paths';

// Chromium only (playwright.config.ts). The store package, as a structure would unpack and deploy it.
test('the Chrome zip loads in Chromium from its contents: fixed id, background running, popup working', async ({ server }) => {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const unpacked = freshDir('parenthese-zip-');
  execFileSync('unzip', ['-q', join(ROOT, '.output', `${name}-${version}-chrome.zip`), '-d', unpacked]);
  const ext = new ChromiumDriver(server.url('/bridge.html'), {}, unpacked);
  try {
    await ext.launch();
    const context = ext.playwrightContext;
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(CHROME_EXTENSION_ID);
    const popup = await ext.newPlaywrightPage();
    await popup.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
    await expect(popup.getByTestId('session-state')).toHaveAttribute('data-state', 'idle');
    await popup.getByTestId('start-session').click();
    await expect(popup.getByTestId('session-state')).toHaveAttribute('data-state', 'active');
    // The release package has no test bridge: a loopback page gets no bridge marker.
    const page = await ext.newPlaywrightPage();
    await page.goto(server.url('/bridge.html'));
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => document.documentElement.dataset.parentheseTestBridge ?? null)).toBeNull();
  } finally {
    await ext.close();
    rmSync(unpacked, { recursive: true, force: true });
    rmSync(ext.profileDir, { recursive: true, force: true });
  }
});
