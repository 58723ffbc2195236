import { z } from 'zod';

/**
 * What the browser's own password and autofill switches were before the session, and what Parenthèse
 * managed to do with them. Ids, booleans and timestamps only: the record never holds anything a person typed.
 */
export const PRIVACY_KEYS = ['passwordSavingEnabled', 'autofillAddressEnabled', 'autofillCreditCardEnabled'] as const;
export type PrivacyKey = (typeof PRIVACY_KEYS)[number];

export const LEVELS_OF_CONTROL = [
  'not_controllable',
  'controlled_by_other_extensions',
  'controllable_by_this_extension',
  'controlled_by_this_extension',
] as const;
export type LevelOfControl = (typeof LEVELS_OF_CONTROL)[number];

/**
 * guarded: we turned it off and read it back off.
 * already_off_by_policy: a browser policy locks it and it is off — guarded, but not by us.
 * locked_on_by_policy / controlled_by_other: someone else holds it and it stays on — the popup says so.
 * unavailable: this browser has no such switch (Firefox has no autofill switches).
 * failed: the browser API rejected or the read-back disagreed.
 */
export const GUARD_STATUSES = [
  'guarded',
  'already_off_by_policy',
  'locked_on_by_policy',
  'controlled_by_other',
  'unavailable',
  'failed',
] as const;
export type GuardStatus = (typeof GUARD_STATUSES)[number];

export const privacySnapshotSchema = z.object({
  value: z.boolean(),
  levelOfControl: z.enum(LEVELS_OF_CONTROL),
});
export type PrivacySnapshot = z.infer<typeof privacySnapshotSchema>;

export const END_REASONS = ['button', 'idle', 'interrupted'] as const;
export type EndReason = (typeof END_REASONS)[number];

const privacyKeyEnum = z.enum(PRIVACY_KEYS);

export const sessionRecordSchema = z.object({
  v: z.literal(1),
  id: z.string().min(8).max(64),
  phase: z.enum(['active', 'ending']),
  startedAt: z.number().int().nonnegative(),
  endReason: z.enum(END_REASONS).optional(),
  privacyBefore: z.partialRecord(privacyKeyEnum, privacySnapshotSchema),
  guard: z.partialRecord(privacyKeyEnum, z.enum(GUARD_STATUSES)),
  /** Origins (scheme://host:port) the session's tabs and frames committed to: the wipe's list of sites. */
  sites: z.array(z.string().max(300)).max(5000),
  /** Downloads started during the session, so their files can be deleted after a crash too. */
  downloadIds: z.array(z.number().int()).max(5000),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const SESSION_RECORD_KEY = 'session.v1';

/** `corrupt` tells the caller a value was there but did not parse. */
export function parseSessionRecord(raw: unknown): { record: SessionRecord | null; corrupt: boolean } {
  if (raw === undefined || raw === null) return { record: null, corrupt: false };
  const parsed = sessionRecordSchema.safeParse(raw);
  return parsed.success ? { record: parsed.data, corrupt: false } : { record: null, corrupt: true };
}
