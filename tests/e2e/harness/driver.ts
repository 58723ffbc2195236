/**
 * One set of journeys, two browsers: specs talk to this interface, never to Playwright or Puppeteer directly.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface DriverPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Real keyboard input (trusted events) into the focused element or the given selector. */
  type(selector: string, text: string): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly browser: BrowserName;
  readonly profileDir: string;
  newPage(): Promise<DriverPage>;
  /** Runs a named check in the background through the test-only bridge (both browsers). */
  bridge<T = unknown>(op: string, ...args: unknown[]): Promise<T>;
  /** The popup as a helper opens it (Chromium); null where the harness cannot open extension pages (Firefox). */
  openPopup(): Promise<DriverPage | null>;
  /** SIGKILL the whole browser: no chance to flush or clean up. */
  kill(): Promise<void>;
  /** Start the browser again on the same profile, extension still installed. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  profileDir?: string;
  extraArgs?: string[];
  /** Firefox preferences, or Chromium Preferences seeds, per test. */
  prefs?: Record<string, unknown>;
  /** Real host names (www.caf.fr…) resolved to 127.0.0.1, so fixture pages are served under them. */
  hostMap?: string[];
  /** Firefox: 'profile' (default) drops the xpi in the profile; 'policy' means the test installs it by policies.json. */
  installVia?: 'profile' | 'policy';
  /** Show the browser window (under Xvfb on a machine without a screen). */
  headed?: boolean;
  /** For the self-signed https fixture server. */
  acceptInsecureCerts?: boolean;
}

/** What Playwright's and Puppeteer's pages have in common, as far as the journeys need it. */
export interface AutomationPage {
  goto(url: string, options: { waitUntil: 'domcontentloaded' }): Promise<unknown>;
  evaluate(fn: never, arg: never): Promise<unknown>;
  bringToFront(): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: { type(text: string): Promise<void> };
  url(): string;
  close(): Promise<void>;
}

/** One adapter for both engines; only waiting and screenshots differ, and the caller passes those. */
export function driverPage(
  page: AutomationPage,
  engineSpecific: Pick<DriverPage, 'waitForSelector' | 'screenshot'>,
): DriverPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    // A page behind another tab gets no animation frames, and Playwright's stability check waits for them.
    click: async (selector) => {
      await page.bringToFront();
      await page.click(selector);
    },
    type: async (selector, text) => {
      await page.bringToFront();
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    ...engineSpecific,
    url: () => page.url(),
    close: () => page.close(),
  };
}
