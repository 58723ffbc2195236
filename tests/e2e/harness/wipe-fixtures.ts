import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '../fixtures';
import { ChromiumDriver } from './chromium';
import type { ExtensionDriver } from './driver';
import { FirefoxDriver } from './firefox';
import { snapshotBuild } from './wipe-build';
import { downloadLaunchOptions } from './wipe-journey';

export const test = base.extend<{ wipeBuild: { dir: string; patched: boolean } }>({
  driverOptions: async ({ engine }, use) => use(downloadLaunchOptions(engine)),
  wipeBuild: async ({ engine }, use) => {
    const build = snapshotBuild(engine);
    if (build.patched) {
      test.info().annotations.push({ type: 'warning', description: 'build had <all_urls> under permissions: moved to host_permissions in the test copy (wxt.config.ts)' });
    }
    await use(build);
    rmSync(join(build.dir, '..'), { recursive: true, force: true });
  },
  ext: async ({ engine, server, driverOptions, wipeBuild }, use) => {
    const bridgeUrl = server.url('/bridge.html');
    const driver: ExtensionDriver & { launch(): Promise<unknown> } =
      engine === 'chromium' ? new ChromiumDriver(bridgeUrl, driverOptions, wipeBuild.dir) : new FirefoxDriver(bridgeUrl, driverOptions, wipeBuild.dir);
    await driver.launch();
    await use(driver);
    await driver.close();
    rmSync(driver.profileDir, { recursive: true, force: true });
  },
});

export { expect } from '../fixtures';
