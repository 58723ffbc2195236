import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../lib/ids';
import { BridgeChannel } from './bridge';
import { driverPage, type AutomationPage, type DriverPage, type ExtensionDriver, type LaunchOptions } from './driver';
import { FIREFOX_TEST_BUILD, freshDir } from './paths';

export const FIREFOX_BINARY = process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr';

/**
 * The add-on is installed as a file in the profile's extensions folder (the way a sideloaded or
 * policy-installed add-on lives), not as a temporary add-on: temporary add-ons vanish when the browser
 * restarts, and the crash journey needs the extension to come back with the profile.
 */
const BASE_PREFS: Record<string, unknown> = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  // Puppeteer's profile turns password saving off; the real default is on, and that is what we guard.
  'signon.rememberSignons': true,
  'intl.locale.requested': 'fr',
  'intl.accept_languages': 'fr-FR, fr',
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
};

export function puppeteerPage(page: Page): DriverPage {
  return driverPage(page as unknown as AutomationPage, {
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs });
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
  });
}

export function packXpi(extensionDir: string, outDir: string): string {
  const xpi = join(outDir, `${GECKO_ID}.xpi`);
  execFileSync('zip', ['-q', '-r', '-X', xpi, '.'], { cwd: extensionDir });
  return xpi;
}

export class FirefoxDriver implements ExtensionDriver {
  readonly browser = 'firefox' as const;
  readonly profileDir: string;
  private instance: Browser | null = null;
  private readonly bridgeChannel: BridgeChannel;

  constructor(
    bridgeUrl: string,
    private readonly options: LaunchOptions = {},
    private readonly extensionDir = FIREFOX_TEST_BUILD,
  ) {
    this.profileDir = options.profileDir ?? freshDir('parenthese-firefox-');
    this.bridgeChannel = new BridgeChannel(() => this.newPage(), bridgeUrl);
    // With installVia 'policy' the test has put the xpi in policies.json (a structure's deployment path).
    if (options.installVia !== 'policy') {
      const extensionsDir = join(this.profileDir, 'extensions');
      mkdirSync(extensionsDir, { recursive: true });
      packXpi(this.extensionDir, extensionsDir);
    }
  }

  get puppeteerBrowser(): Browser {
    if (!this.instance) throw new Error('Firefox is not running');
    return this.instance;
  }

  async launch(): Promise<this> {
    this.instance = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BINARY,
      protocol: 'webDriverBiDi',
      headless: !this.options.headed,
      userDataDir: this.profileDir,
      extraPrefsFirefox: {
        ...BASE_PREFS,
        // Firefox's equivalent of Chromium's --host-resolver-rules: these names resolve to loopback.
        ...(this.options.hostMap?.length ? { 'network.dns.localDomains': this.options.hostMap.join(',') } : {}),
        ...(this.options.prefs ?? {}),
      },
      acceptInsecureCerts: this.options.acceptInsecureCerts ?? false,
      args: this.options.extraArgs ?? [],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    return this;
  }

  async newPage(): Promise<DriverPage> {
    return puppeteerPage(await this.puppeteerBrowser.newPage());
  }

  bridge<T = unknown>(op: string, ...args: unknown[]): Promise<T> {
    return this.bridgeChannel.call<T>(op, args);
  }

  /** WebDriver BiDi refuses moz-extension:// navigation: the popup's logic is driven through the bridge. */
  async openPopup(): Promise<null> {
    return null;
  }

  async kill(): Promise<void> {
    const child = this.instance?.process();
    this.bridgeChannel.reset();
    this.instance = null;
    if (!child?.pid) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await exited;
  }

  async relaunch(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async close(): Promise<void> {
    const instance = this.instance;
    this.instance = null;
    this.bridgeChannel.reset();
    if (!instance) return;
    await Promise.race([instance.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    const child = instance.process();
    if (child?.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}
