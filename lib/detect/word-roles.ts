/**
 * What a vocabulary line may say beyond its category, for the rules of classify.ts to read back: whose the data is
 * (`relative`), a date's parts (`date-part`), a validity's end (`validity-end`), a member or account number
 * (`member-number`). Its own module: the matcher, which runs in the guard content script, needs the names but not
 * the vocabulary (which reaches the guard with the session mark, as generated text).
 */
export const WORD_ROLES = ['relative', 'date-part', 'validity-end', 'member-number'] as const;
export type WordRole = (typeof WORD_ROLES)[number];
