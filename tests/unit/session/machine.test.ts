import { describe, expect, it } from 'vitest';
import { stateOf, transition } from '../../../lib/session/machine';
import type { SessionRecord } from '../../../lib/session/record';

const record: SessionRecord = { v: 1, id: 'abcdefgh', phase: 'active', startedAt: 1, privacyBefore: {}, guard: {}, sites: [], downloadIds: [] };

describe('session state machine', () => {
  it('goes idle → active → ending → idle', () => {
    const started = transition({ phase: 'idle' }, { type: 'start', record });
    expect(started).toMatchObject({ ok: true, state: { phase: 'active' } });
    if (!started.ok) throw new Error();
    const ending = transition(started.state, { type: 'end', reason: 'button' });
    expect(ending).toMatchObject({ ok: true, state: { phase: 'ending', record: { phase: 'ending', endReason: 'button' } } });
    if (!ending.ok) throw new Error();
    expect(transition(ending.state, { type: 'ended' })).toEqual({ ok: true, state: { phase: 'idle' } });
  });

  it('refuses to start twice and to end when idle', () => {
    expect(transition({ phase: 'active', record }, { type: 'start', record })).toEqual({ ok: false, error: 'already_active' });
    expect(transition({ phase: 'ending', record }, { type: 'start', record })).toEqual({ ok: false, error: 'already_active' });
    expect(transition({ phase: 'idle' }, { type: 'end', reason: 'button' })).toEqual({ ok: false, error: 'not_active' });
    expect(transition({ phase: 'active', record }, { type: 'ended' })).toEqual({ ok: false, error: 'not_ending' });
  });

  it('keeps the first end reason when an end is requested again while ending', () => {
    const ending = { phase: 'ending' as const, record: { ...record, phase: 'ending' as const, endReason: 'button' as const } };
    const again = transition(ending, { type: 'end', reason: 'idle' });
    expect(again).toMatchObject({ ok: true, state: { record: { endReason: 'button' } } });
  });

  it('derives the state from the stored record', () => {
    expect(stateOf(null)).toEqual({ phase: 'idle' });
    expect(stateOf({ ...record, phase: 'ending' }).phase).toBe('ending');
  });
});
