import type { Route } from './router';
import type { EndReport, EndStep, SessionController, SessionStatus } from '../session/controller';
import type { TestOps } from '../testing/bridge-ops';

/**
 * What each capability (wipe, consent, reminders…) gets from the background, and what it gives back.
 * background.ts builds the app, calls every module's `install`, then wires routes and listeners.
 */
export interface BackgroundApp {
  controller: SessionController;
  /** Run, in order, after the browser settings are restored, when a session ends. */
  endSteps: EndStep[];
  /** A listener's promise, if it returns one, is awaited before a session is reported started. */
  onStatusChange(listener: (status: SessionStatus) => void | Promise<void>): void;
  onSessionEnded(listener: (report: EndReport) => void): void;
}

export interface ModuleContribution {
  routes?: Route[];
  /** Only used in `--mode test` builds. */
  testOps?: TestOps;
}

export type BackgroundModule = (app: BackgroundApp) => ModuleContribution;
