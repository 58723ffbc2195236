import { rmSync } from 'node:fs';
import type { ChromiumDriver } from './chromium';
import type { BrowserName, ExtensionDriver, LaunchOptions } from './driver';
import type { FirefoxDriver } from './firefox';
import { startFixtureServer, type FixtureServer, type RouteHandler } from './server';
import { createDriver, helperStartsSession } from '../fixtures';

/**
 * Shared by the hardening specs (hostile-*.spec.ts, at-rest, load): one browser per spec file (launching costs
 * seconds per test), raw pages for real mouse and keyboard, and the test build's published UI rectangles.
 */

export interface RawFrame {
  url(): string;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}
export interface RawPage extends RawFrame {
  goto(url: string, options?: unknown): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { type(text: string): Promise<void>; press(key: string): Promise<void> };
  focus(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  frames(): RawFrame[];
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface UiInfo {
  open: boolean;
  kind: 'prompt' | 'review' | 'review-notice';
  rects: Record<string, Rect>;
  question?: string;
  items?: { label: string; display: string; masked: boolean }[];
}

export interface Rig {
  ext: ExtensionDriver & { launch(): Promise<unknown> };
  server: FixtureServer;
  close(): Promise<void>;
}

export async function startRig(engine: BrowserName, routes: RouteHandler[] = [], options: LaunchOptions = {}, session = true): Promise<Rig> {
  const server = await startFixtureServer(routes);
  const ext = createDriver(engine, server.url('/bridge.html'), options);
  await ext.launch();
  if (session) await helperStartsSession(ext);
  return {
    ext,
    server,
    async close() {
      await ext.close().catch(() => undefined);
      rmSync(ext.profileDir, { recursive: true, force: true });
      await server.close();
    },
  };
}

export async function rawPage(ext: ExtensionDriver): Promise<RawPage> {
  const page =
    ext.browser === 'chromium'
      ? await (ext as unknown as ChromiumDriver).newPlaywrightPage()
      : await (ext as unknown as FirefoxDriver).puppeteerBrowser.newPage();
  return page as unknown as RawPage;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function open(page: RawPage, url: string): Promise<void> {
  await page.goto(url);
  await page.bringToFront();
  // in a session, the guard asks the background for the session state at load
  await sleep(300);
}

export function readUi(frame: RawFrame): Promise<UiInfo[]> {
  return frame.evaluate(
    () =>
      Array.from(document.querySelectorAll('parenthese-ui[data-parenthese-test]')).map((host) =>
        JSON.parse(host.getAttribute('data-parenthese-test') ?? '{}'),
      ),
    null,
  );
}

export async function waitForUi(frame: RawFrame, kind: UiInfo['kind'], timeoutMs = 5_000): Promise<UiInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readUi(frame)).find((info) => info.kind === kind && info.open);
    if (found && Object.values(found.rects).every((r) => r.w > 0)) return found;
    if (Date.now() > deadline) throw new Error(`no open ${kind} panel; saw ${JSON.stringify(await readUi(frame))}`);
    await sleep(50);
  }
}

export async function waitForNoUi(frame: RawFrame, kind: UiInfo['kind'], timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await readUi(frame)).some((info) => info.kind === kind)) {
    if (Date.now() > deadline) throw new Error(`${kind} still open`);
    await sleep(50);
  }
}

export const fieldValue = (frame: RawFrame, selector: string) =>
  frame.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, selector);

export async function consents(ext: ExtensionDriver) {
  return ext.bridge<{ site: string; category: string; answer: string }[]>('consent.list');
}
