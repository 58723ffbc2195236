import { describe, expect, it } from 'vitest';
import { elapsedBadgeText } from '../../../lib/session/badge';

describe('elapsed badge', () => {
  it('fits the toolbar', () => {
    expect(elapsedBadgeText(0, 0)).toBe('0m');
    expect(elapsedBadgeText(0, 59_999)).toBe('0m');
    expect(elapsedBadgeText(0, 12 * 60_000)).toBe('12m');
    expect(elapsedBadgeText(0, 65 * 60_000)).toBe('1h05');
    expect(elapsedBadgeText(0, 8 * 3600_000)).toBe('8h00');
    expect(elapsedBadgeText(0, 11 * 3600_000)).toBe('11h');
    expect(elapsedBadgeText(1000, 0)).toBe('0m');
  });
});
