import { create } from 'zustand';
import type { EndResult, SessionStatus, StartResult } from '../session/controller';
import type { ConsentEntry } from '../consent/ledger';

export interface PopupBackend {
  status(): Promise<SessionStatus>;
  start(): Promise<StartResult>;
  end(): Promise<EndResult>;
  /** The session's consents (issue #6); optional so older callers keep working. */
  consents?(): Promise<ConsentEntry[]>;
  withdrawConsent?(id: string): Promise<{ withdrawn: boolean; entries: ConsentEntry[] }>;
}

export interface PopupState {
  status: SessionStatus | null;
  confirmingEnd: boolean;
  busy: boolean;
  error: string | null;
  consents: ConsentEntry[];
  load(): Promise<void>;
  loadConsents(): Promise<void>;
  withdrawConsent(id: string): Promise<void>;
  start(): Promise<void>;
  askEnd(): void;
  cancelEnd(): void;
  confirmEnd(): Promise<EndResult | null>;
}

/** UI state only; the session itself lives in the background. */
export function createPopupStore(backend: PopupBackend) {
  return create<PopupState>((set, get) => ({
    status: null,
    confirmingEnd: false,
    busy: false,
    error: null,
    consents: [],
    async load() {
      try {
        set({ status: await backend.status(), error: null });
      } catch {
        set({ error: 'popup_error_background' });
      }
      await get().loadConsents();
    },
    async loadConsents() {
      if (!backend.consents) return;
      try {
        set({ consents: await backend.consents() });
      } catch {
        set({ consents: [] });
      }
    },
    async withdrawConsent(id: string) {
      if (!backend.withdrawConsent) return;
      try {
        const result = await backend.withdrawConsent(id);
        set({ consents: result.entries });
      } catch {
        set({ error: 'popup_error_background' });
      }
    },
    async start() {
      if (get().busy) return;
      set({ busy: true, error: null });
      try {
        const result = await backend.start();
        set({ status: result.status, error: result.ok ? null : `popup_error_${result.error}` });
      } catch {
        set({ error: 'popup_error_background' });
      } finally {
        set({ busy: false });
      }
    },
    askEnd() {
      set({ confirmingEnd: true });
    },
    cancelEnd() {
      set({ confirmingEnd: false });
    },
    async confirmEnd() {
      if (get().busy) return null;
      const status = get().status;
      set({ busy: true, confirmingEnd: false, error: null, status: status ? { ...status, phase: 'ending' } : status });
      try {
        const result = await backend.end();
        set({ status: await backend.status(), error: result.ok ? null : `popup_error_${result.error}`, consents: [] });
        return result;
      } catch {
        set({ error: 'popup_error_background' });
        return null;
      } finally {
        set({ busy: false });
      }
    },
  }));
}
