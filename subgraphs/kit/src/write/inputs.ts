import { z } from 'zod';
import { badUserInput } from '../errors/index.js';
import { isUuid } from '../db/index.js';

// Building blocks of every subgraph's mutation inputs (zod schemas, read by parseInput). Each
// message completes "`input.x`: …" and says what to change, not only what is wrong.

/**
 * An update's omitted field keeps its value; an explicit null on a required one is a mistake
 * worth naming rather than zod's generic "expected string, received null".
 */
export const notNull = (expected: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === null ? 'must not be null; omit the field to keep its current value' : `must be ${expected}`,
});

/** Mandatory text: trimmed, not blank, at most `max` characters. */
export function requiredText(max: number) {
  return z
    .string(notNull('text'))
    .trim()
    .min(1, 'must not be blank; write the text')
    .max(max, `must be at most ${max} characters; shorten it`);
}

/**
 * Optional text, at most `max` characters: blank counts as "none" (null); omitted stays
 * undefined, so an update keeps the current value.
 */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters; shorten it`)
    .nullish()
    .transform((value) => (value === '' ? null : value));
}

/** A LocalizedTextInput: French required, Arabic optional. */
export function localizedText(max: number) {
  return z.object({ fr: requiredText(max), ar: optionalText(max) }, notNull('a { fr, ar } text'));
}

/** The LocalDate scalar has already checked the format; this only refuses null where a date is required. */
export const localDate = z.string(notNull('a date YYYY-MM-DD'));

/** An id the mutation checks itself (BAD_USER_INPUT when malformed), lower-cased as stored. */
export const idOf = (what: string) =>
  z.string().refine(isUuid, `must be the id of ${what} (a UUID)`).transform((id) => id.toLowerCase());

export const expectedVersion = z
  .number(notNull('the version you read'))
  .int()
  .min(1, 'must be the version you read (1 or more); reload the item to get it');

/** Keeps only the fields an update input actually gave (null included: it clears the field). */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** An update must change something; an empty one is almost always a client bug. */
export function requireSomeChange(input: Record<string, unknown>, unchanged: readonly string[] = ['id', 'expectedVersion']): void {
  if (Object.entries(input).every(([key, value]) => unchanged.includes(key) || value === undefined)) {
    const besides = unchanged.map((key) => `\`${key}\``).join(' and ');
    throw badUserInput(`\`input\` changes nothing; give at least one field to change besides ${besides}.`, 'input');
  }
}

/**
 * Followed work (a commitment, an action-plan item) that has started does not become
 * "planned" again, whichever party follows it: the history would stop making sense.
 */
export function requireNoReturnToPlanned(from: string, to: string, subject: string): void {
  if (to === 'PLANNED' && from !== 'PLANNED') {
    throw badUserInput(`\`input.status\`: ${subject} that is ${from} cannot go back to PLANNED; use IN_PROGRESS or DELAYED.`, 'input.status');
  }
}

/** A region code as typed; requireRegionCode then checks it against the regions table. */
export const regionCodeInput = z.string(notNull('a region code, MA-01 to MA-12'));
