import { describe, expect, it } from 'vitest';
import { IdleTimer, type IdleEffects } from '../../../lib/wipe/idle';

function recorder() {
  const events: string[] = [];
  const effects: IdleEffects = {
    onWarning: (endsAt) => events.push(`warn:${endsAt}`),
    onWarningCancelled: () => events.push('cancel'),
    onExpire: () => events.push('expire'),
  };
  return { events, effects };
}

const MIN = 60_000;

describe('idle auto-end (simulated clock)', () => {
  it('off by default: 0 minutes never warns nor ends', () => {
    const { events, effects } = recorder();
    const timer = new IdleTimer({ idleEndMinutes: 0, warningSeconds: 60 }, effects);
    timer.start(0);
    expect(timer.tick(10 * 60 * MIN)).toBeNull();
    expect(events).toEqual([]);
    expect(timer.current.phase).toBe('off');
  });

  it('warns warningSeconds before the end, counts down, then ends', () => {
    const { events, effects } = recorder();
    const timer = new IdleTimer({ idleEndMinutes: 15, warningSeconds: 60 }, effects);
    timer.start(0);
    expect(timer.tick(5 * MIN)).toBe(14 * MIN);
    expect(timer.tick(14 * MIN - 1)).toBe(14 * MIN);
    expect(events).toEqual([]);
    expect(timer.tick(14 * MIN)).toBe(15 * MIN);
    expect(events).toEqual([`warn:${15 * MIN}`]);
    expect(timer.secondsLeft(14 * MIN + 15_500)).toBe(45);
    expect(timer.tick(15 * MIN)).toBeNull();
    expect(events).toEqual([`warn:${15 * MIN}`, 'expire']);
    expect(timer.current.phase).toBe('expired');
    // Expired once: further ticks and activity change nothing.
    timer.activity(16 * MIN);
    expect(timer.tick(30 * MIN)).toBeNull();
    expect(events.filter((e) => e === 'expire')).toHaveLength(1);
  });

  it('any activity during the warning cancels it and restarts the full delay', () => {
    const { events, effects } = recorder();
    const timer = new IdleTimer({ idleEndMinutes: 10, warningSeconds: 30 }, effects);
    timer.start(0);
    timer.tick(10 * MIN - 30_000);
    timer.activity(10 * MIN - 10_000);
    expect(events).toEqual([`warn:${10 * MIN}`, 'cancel']);
    expect(timer.tick(10 * MIN)).toBe(20 * MIN - 10_000 - 30_000);
    expect(events).not.toContain('expire');
  });

  it('activity while watching pushes the end back; a late tick after sleep still warns before ending', () => {
    const { events, effects } = recorder();
    const timer = new IdleTimer({ idleEndMinutes: 10, warningSeconds: 60 }, effects);
    timer.start(0);
    timer.activity(8 * MIN);
    expect(timer.tick(9 * MIN)).toBe(17 * MIN);
    // The computer slept: the first tick comes long after the end time — warning and end both fire, in order.
    timer.tick(40 * MIN);
    expect(events).toEqual([`warn:${18 * MIN}`, 'expire']);
  });

  it('a warning longer than the idle delay is capped; stop() cancels a running warning', () => {
    const { events, effects } = recorder();
    const timer = new IdleTimer({ idleEndMinutes: 1, warningSeconds: 600 }, effects);
    timer.start(0);
    expect(timer.tick(0)).toBe(MIN);
    timer.stop();
    expect(events).toEqual([`warn:${MIN}`, 'cancel']);
    expect(timer.tick(2 * MIN)).toBeNull();
  });
});
