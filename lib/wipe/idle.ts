/**
 * Idle auto-end, pure logic (no browser, no real clock): off by default (idleEndMinutes 0). After
 * `idleEndMinutes` without activity a warning with a countdown of `warningSeconds` starts; any activity
 * cancels it; at zero the session ends (reason "idle"). Wiring (not done yet): `idle.onStateChanged` /
 * activity pings call `activity()`, an alarm calls `tick()`, `onWarning` shows the countdown.
 */
export interface IdleSettings {
  idleEndMinutes: number;
  warningSeconds: number;
}

export type IdlePhase =
  | { phase: 'off' }
  | { phase: 'watching'; lastActivity: number }
  | { phase: 'warning'; lastActivity: number; endsAt: number }
  | { phase: 'expired' };

export interface IdleEffects {
  onWarning(endsAt: number): void;
  onWarningCancelled(): void;
  onExpire(): void;
}

export class IdleTimer {
  private state: IdlePhase = { phase: 'off' };

  constructor(
    private settings: IdleSettings,
    private readonly effects: IdleEffects,
  ) {}

  get current(): IdlePhase {
    return this.state;
  }

  private get idleMs(): number {
    return Math.max(0, this.settings.idleEndMinutes) * 60_000;
  }

  private get warningMs(): number {
    // The warning never starts before the session even began to be idle.
    return Math.min(Math.max(0, this.settings.warningSeconds) * 1000, this.idleMs);
  }

  /** A session starts (or the settings change during one). */
  start(now: number, settings: IdleSettings = this.settings): void {
    this.settings = settings;
    this.state = this.idleMs > 0 ? { phase: 'watching', lastActivity: now } : { phase: 'off' };
  }

  stop(): void {
    if (this.state.phase === 'warning') this.effects.onWarningCancelled();
    this.state = { phase: 'off' };
  }

  /** Any sign of life: a click, a key, a navigation, the helper pressing "continue". */
  activity(now: number): void {
    if (this.state.phase === 'warning') {
      this.effects.onWarningCancelled();
      this.state = { phase: 'watching', lastActivity: now };
    } else if (this.state.phase === 'watching') {
      this.state = { phase: 'watching', lastActivity: Math.max(now, this.state.lastActivity) };
    }
  }

  /** Called by a timer/alarm; moves the state forward according to the clock. Returns when to tick next. */
  tick(now: number): number | null {
    const s = this.state;
    if (s.phase === 'watching') {
      const warnAt = s.lastActivity + this.idleMs - this.warningMs;
      if (now < warnAt) return warnAt;
      const endsAt = s.lastActivity + this.idleMs;
      this.state = { phase: 'warning', lastActivity: s.lastActivity, endsAt };
      this.effects.onWarning(endsAt);
      return this.tick(now);
    }
    if (s.phase === 'warning') {
      if (now < s.endsAt) return s.endsAt;
      this.state = { phase: 'expired' };
      this.effects.onExpire();
      return null;
    }
    return null;
  }

  /** Whole seconds left in the warning (for the countdown), or null. */
  secondsLeft(now: number): number | null {
    return this.state.phase === 'warning' ? Math.max(0, Math.ceil((this.state.endsAt - now) / 1000)) : null;
  }
}
