import type { EndReason, SessionRecord } from './record';

/** idle → active → ending → idle. Pure: the controller persists what this returns. */
export type SessionPhase = 'idle' | 'active' | 'ending';

export type SessionState =
  | { phase: 'idle' }
  | { phase: 'active'; record: SessionRecord }
  | { phase: 'ending'; record: SessionRecord };

export type SessionEvent =
  | { type: 'start'; record: SessionRecord }
  | { type: 'end'; reason: EndReason }
  | { type: 'ended' };

export type TransitionError = 'already_active' | 'not_active' | 'not_ending';

export type TransitionResult = { ok: true; state: SessionState } | { ok: false; error: TransitionError };

export function stateOf(record: SessionRecord | null): SessionState {
  if (!record) return { phase: 'idle' };
  return record.phase === 'ending' ? { phase: 'ending', record } : { phase: 'active', record };
}

export function transition(state: SessionState, event: SessionEvent): TransitionResult {
  switch (event.type) {
    case 'start':
      if (state.phase !== 'idle') return { ok: false, error: 'already_active' };
      return { ok: true, state: { phase: 'active', record: { ...event.record, phase: 'active' } } };
    case 'end':
      if (state.phase === 'idle') return { ok: false, error: 'not_active' };
      // Ending an ending session keeps the first reason: a crash during a button end is still a button end.
      if (state.phase === 'ending') return { ok: true, state };
      return { ok: true, state: { phase: 'ending', record: { ...state.record, phase: 'ending', endReason: event.reason } } };
    case 'ended':
      if (state.phase !== 'ending') return { ok: false, error: 'not_ending' };
      return { ok: true, state: { phase: 'idle' } };
  }
}
