import type { EndStepResult } from '../session/controller';
import type { ItemOutcome, WipeItem } from './types';

/**
 * Wipe outcomes as end-step results: `wipe.<item>` with short codes. Codes, counts, origins-free; a downloaded
 * file's base name may appear as `file:<name>` — the report lives in memory-only storage (storage.session).
 */
export function toStepResults(outcomes: readonly ItemOutcome[]): EndStepResult[] {
  return outcomes.map((o) => ({
    step: `wipe.${o.item}`,
    ok: o.status !== 'failed',
    details: [
      `status:${o.status}`,
      ...(o.check ? [`check:${o.check}`] : []),
      ...(o.retried ? ['retried'] : []),
      ...o.details,
    ],
  }));
}

export interface ReportItemView {
  item: WipeItem | string;
  status: 'ok' | 'failed' | 'skipped';
  retried: boolean;
  check: string | null;
  files: string[];
  /** Files that could not even be found any more (Firefox after a crash). */
  lost: number;
  details: string[];
}

/** The other way round, for the end page: any end-step result becomes a line (privacy restore included). */
export function itemsFromResults(results: readonly EndStepResult[]): ReportItemView[] {
  return results.map((r) => {
    const details = r.details ?? [];
    const statusCode = details.find((d) => d.startsWith('status:'))?.slice(7);
    const status = statusCode === 'skipped' ? 'skipped' : r.ok ? 'ok' : 'failed';
    return {
      item: r.step.startsWith('wipe.') ? r.step.slice(5) : r.step,
      status,
      retried: details.includes('retried'),
      check: details.find((d) => d.startsWith('check:'))?.slice(6) ?? null,
      files: details.filter((d) => d.startsWith('file:')).map((d) => d.slice(5)),
      lost: Number(details.find((d) => d.startsWith('lost:'))?.slice(5) ?? 0),
      details,
    };
  });
}
