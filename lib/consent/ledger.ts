import type { PersonalCategory } from './categories';
import type { ConsentGranularity } from './options';

export type ConsentAnswer = 'yes' | 'no';

/** What is remembered: a site, a kind of data, the answer and when. Never a value. */
export interface ConsentEntry {
  id: string;
  site: string;
  category: PersonalCategory;
  answer: ConsentAnswer;
  at: number;
}

export const MAX_ENTRIES = 500;

/**
 * The session's consents, in memory (mirrored by the background into storage.session, which is memory-only).
 * One entry per site + category: a new answer replaces the old one.
 */
export class ConsentLedger {
  private entries: ConsentEntry[] = [];
  private seq = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  list(): ConsentEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  record(site: string, category: PersonalCategory, answer: ConsentAnswer): ConsentEntry {
    this.entries = this.entries.filter((e) => !(e.site === site && e.category === category));
    const entry: ConsentEntry = { id: `c${++this.seq}-${this.now().toString(36)}`, site, category, answer, at: this.now() };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return { ...entry };
  }

  withdraw(id: string): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.id !== id);
    return this.entries.length !== before;
  }

  clear(): void {
    this.entries = [];
  }

  /** Replaces the content (restoring the storage.session mirror after a worker restart). */
  load(entries: readonly ConsentEntry[]): void {
    this.entries = entries.slice(-MAX_ENTRIES).map((e) => ({ ...e }));
    for (const e of this.entries) {
      const n = Number(/^c(\d+)-/.exec(e.id)?.[1] ?? 0);
      if (n > this.seq) this.seq = n;
    }
  }

  /**
   * The answer that applies to `category` on `site`. An answer given for this exact site and category always
   * wins (so a refusal is never overridden by a wider yes); otherwise a yes reaches as far as the granularity says.
   */
  lookup(site: string, category: PersonalCategory, granularity: ConsentGranularity): ConsentAnswer | null {
    const exact = this.entries.find((e) => e.site === site && e.category === category);
    if (exact) return exact.answer;
    if (granularity === 'category' && this.entries.some((e) => e.category === category && e.answer === 'yes')) return 'yes';
    if (granularity === 'site' && this.entries.some((e) => e.site === site && e.answer === 'yes')) return 'yes';
    return null;
  }

  /** Every category's answer on one site, for a content script's synchronous decisions. */
  answersFor(site: string, categories: readonly PersonalCategory[], granularity: ConsentGranularity): Partial<Record<PersonalCategory, ConsentAnswer>> {
    const out: Partial<Record<PersonalCategory, ConsentAnswer>> = {};
    for (const category of categories) {
      const answer = this.lookup(site, category, granularity);
      if (answer) out[category] = answer;
    }
    return out;
  }
}
