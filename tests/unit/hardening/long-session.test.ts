import { describe, expect, it } from 'vitest';
import { elapsedBadgeText } from '../../../lib/session/badge';
import { IdleTimer } from '../../../lib/wipe/idle';

const SECOND = 1_000;
const MIN = 60 * SECOND;
const HOUR = 60 * MIN;

// Issue #9, load: an 8-hour working day with the idle timer on, on a simulated clock — activity every few
// minutes, one long lunch break; the timer must neither drift, nor fire while the helper works, nor miss the break.
describe('an 8-hour session with idle auto-end (simulated clock)', () => {
  it('never ends while the helper works, ends once during the long break, and the badge stays readable', () => {
    const events: string[] = [];
    const timer = new IdleTimer(
      { idleEndMinutes: 20, warningSeconds: 60 },
      { onWarning: () => events.push('warn'), onWarningCancelled: () => events.push('cancel'), onExpire: () => events.push('expire') },
    );
    timer.start(0);
    let now = 0;
    let ticks = 0;
    // Morning: 4 h of work, activity every 7 minutes, the background ticking every 30 s.
    for (; now < 4 * HOUR; now += 30 * SECOND) {
      if (now % (7 * MIN) === 0) timer.activity(now);
      timer.tick(now);
      ticks++;
    }
    expect(events).toEqual([]);
    // Lunch: nobody touches anything for an hour.
    const breakStart = now;
    for (; now < breakStart + HOUR; now += 30 * SECOND) timer.tick(now);
    expect(events).toEqual(['warn', 'expire']);
    expect(timer.current.phase).toBe('expired');
    expect(ticks).toBe(480);
    // The badge over a whole day never needs more than four characters.
    for (let t = 0; t <= 8 * HOUR; t += 7 * MIN) expect(elapsedBadgeText(0, t).length).toBeLessThanOrEqual(4);
  });

  it('a computer left asleep for hours ends the session when it wakes (privacy first), warning first, once', () => {
    const events: string[] = [];
    const timer = new IdleTimer(
      { idleEndMinutes: 20, warningSeconds: 60 },
      { onWarning: () => events.push('warn'), onWarningCancelled: () => events.push('cancel'), onExpire: () => events.push('expire') },
    );
    timer.start(0);
    timer.tick(5 * HOUR);
    timer.tick(5 * HOUR + 30 * SECOND);
    expect(events).toEqual(['warn', 'expire']);
  });
});
