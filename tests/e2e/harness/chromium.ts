import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXTENSION_ID } from '../../../lib/ids';
import { QUIET_CHROMIUM_FLAGS } from '../../../scripts/chromium-flags';
import { BridgeChannel } from './bridge';
import { driverPage, type AutomationPage, type DriverPage, type ExtensionDriver, type LaunchOptions } from './driver';
import { CHROME_TEST_BUILD, freshDir } from './paths';

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/lib/chromium/chromium';

const BASE_ARGS = [
  '--headless=new',
  ...QUIET_CHROMIUM_FLAGS,
  '--remote-debugging-port=0',
  '--enable-logging=stderr',
  '--lang=fr',
];

export function playwrightPage(page: Page): DriverPage {
  return driverPage(page as unknown as AutomationPage, {
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs, state: 'attached' });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
  });
}

/** Chromium started by hand (not by Playwright) so a test can SIGKILL it like a power cut, then relaunch. */
/** An extension page: right after launch Chromium may refuse them for a moment (ERR_BLOCKED_BY_CLIENT) until the extension is registered. */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/${path}`);
      return;
    } catch (error) {
      if (Date.now() > deadline || !String(error).includes('ERR_BLOCKED_BY_CLIENT')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export class ChromiumDriver implements ExtensionDriver {
  readonly browser = 'chromium' as const;
  readonly profileDir: string;
  private process: ChildProcess | null = null;
  private connection: Browser | null = null;
  private context: BrowserContext | null = null;
  private readonly bridgeChannel: BridgeChannel;

  constructor(
    private readonly bridgeUrl: string,
    private readonly options: LaunchOptions = {},
    private readonly extensionDir = CHROME_TEST_BUILD,
  ) {
    this.profileDir = options.profileDir ?? freshDir('parenthese-chromium-');
    this.bridgeChannel = new BridgeChannel(() => this.newPage(), bridgeUrl);
    if (options.prefs) {
      mkdirSync(join(this.profileDir, 'Default'), { recursive: true });
      writeFileSync(join(this.profileDir, 'Default', 'Preferences'), JSON.stringify(options.prefs));
    }
  }

  get playwrightContext(): BrowserContext {
    if (!this.context) throw new Error('Chromium is not running');
    return this.context;
  }

  async launch(): Promise<this> {
    const args = [
      ...BASE_ARGS,
      `--user-data-dir=${this.profileDir}`,
      `--disable-extensions-except=${this.extensionDir}`,
      `--load-extension=${this.extensionDir}`,
      ...(this.options.hostMap?.length ? [`--host-resolver-rules=${this.options.hostMap.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`] : []),
      ...(this.options.acceptInsecureCerts ? ['--ignore-certificate-errors'] : []),
      ...(this.options.extraArgs ?? []),
      'about:blank',
    ];
    const child = spawn(CHROMIUM_BINARY, args, {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LANGUAGE: 'fr', LANG: 'fr_FR.UTF-8' },
    });
    this.process = child;
    const wsEndpoint = await new Promise<string>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buffer.slice(-2000)}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const loadError = buffer.match(/Failed to load extension from: .*/);
        if (loadError) {
          clearTimeout(timer);
          reject(new Error(loadError[0]));
          return;
        }
        const match = buffer.match(/DevTools listening on (ws:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited with ${code}: ${buffer.slice(-2000)}`));
      });
    });
    child.stderr!.resume();
    this.connection = await chromium.connectOverCDP(wsEndpoint);
    this.context = this.connection.contexts()[0] ?? null;
    if (!this.context) throw new Error('no default browser context');
    return this;
  }

  async newPage(): Promise<DriverPage> {
    return playwrightPage(await this.playwrightContext.newPage());
  }

  async newPlaywrightPage(): Promise<Page> {
    return this.playwrightContext.newPage();
  }

  bridge<T = unknown>(op: string, ...args: unknown[]): Promise<T> {
    return this.bridgeChannel.call<T>(op, args);
  }

  async openPopup(): Promise<DriverPage> {
    const page = await this.newPage();
    await page.goto(`chrome-extension://${CHROME_EXTENSION_ID}/popup.html`);
    await page.waitForSelector('[data-testid="session-state"]');
    return page;
  }

  async kill(): Promise<void> {
    const child = this.process;
    this.process = null;
    this.context = null;
    this.bridgeChannel.reset();
    if (!child?.pid) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
    await exited;
    await this.connection?.close().catch(() => undefined);
    this.connection = null;
  }

  async relaunch(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async close(): Promise<void> {
    if (!this.process) return;
    const child = this.process;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await this.connection?.close().catch(() => undefined);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
    if ((await Promise.race([exited.then(() => 'exited' as const), timeout])) === 'timeout') await this.kill();
    this.process = null;
    this.context = null;
    this.bridgeChannel.reset();
  }
}
