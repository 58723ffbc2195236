import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { ChromiumDriver } from './harness/chromium';
import type { BrowserName, ExtensionDriver, LaunchOptions } from './harness/driver';
import { FirefoxDriver } from './harness/firefox';
import { startFixtureServer, type FixtureServer, type RouteHandler } from './harness/server';

export interface EngineOptions {
  engine: BrowserName;
}

interface Fixtures {
  server: FixtureServer;
  routes: RouteHandler[];
  driverOptions: LaunchOptions;
  ext: ExtensionDriver;
}

export function createDriver(engine: BrowserName, bridgeUrl: string, options: LaunchOptions = {}): ExtensionDriver & { launch(): Promise<unknown> } {
  return engine === 'chromium' ? new ChromiumDriver(bridgeUrl, options) : new FirefoxDriver(bridgeUrl, options);
}

export const test = base.extend<Fixtures & EngineOptions>({
  engine: ['chromium', { option: true }],
  routes: [[], { option: true }],
  driverOptions: [{}, { option: true }],
  server: async ({ routes }, use) => {
    const server = await startFixtureServer(routes);
    await use(server);
    await server.close();
  },
  ext: async ({ engine, server, driverOptions }, use) => {
    const driver = createDriver(engine, server.url('/bridge.html'), driverOptions);
    await driver.launch();
    await use(driver);
    await driver.close();
    rmSync(driver.profileDir, { recursive: true, force: true });
  },
});

export { expect };

export interface SessionStatusView {
  phase: 'idle' | 'active' | 'ending';
  startedAt: number | null;
  guard: Record<string, string>;
}

/** Polls the background until the session reaches `phase` (startup recovery runs asynchronously). */
export async function waitForPhase(ext: ExtensionDriver, phase: SessionStatusView['phase'], timeoutMs = 30_000): Promise<SessionStatusView> {
  const deadline = Date.now() + timeoutMs;
  let last: SessionStatusView | null = null;
  while (Date.now() < deadline) {
    last = await ext.bridge<SessionStatusView>('session.status');
    if (last.phase === phase) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`session never reached ${phase}; last status ${JSON.stringify(last)}`);
}

/**
 * Starts a session the way the helper does: the popup's button in Chromium; in Firefox, where the harness
 * cannot open moz-extension:// pages, the same background request the popup sends, through the bridge.
 */
export async function helperStartsSession(ext: ExtensionDriver): Promise<void> {
  const popup = await ext.openPopup();
  if (!popup) {
    await ext.bridge('session.start');
    await waitForPhase(ext, 'active');
    return;
  }
  await popup.click('[data-testid="start-session"]');
  await popup.waitForSelector('[data-testid="session-state"][data-state="active"]');
  await popup.close();
}

export async function helperEndsSession(ext: ExtensionDriver): Promise<void> {
  const popup = await ext.openPopup();
  if (!popup) {
    await ext.bridge('session.end');
    await waitForPhase(ext, 'idle');
    return;
  }
  await popup.click('[data-testid="end-session"]');
  await popup.click('[data-testid="confirm-end-session"]');
  await waitForPhase(ext, 'idle');
  await popup.close().catch(() => undefined);
}

export type PrivacyView = Record<string, { value: boolean; levelOfControl: string } | null>;
