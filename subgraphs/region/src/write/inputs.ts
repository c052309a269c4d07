import { z } from 'zod';
import { badUserInput, isUuid } from '#kit';

// Building blocks of the region's mutation inputs (zod, read by kit parseInput). Each message
// completes "`input.x`: …" and says what to fix.

/** The councils are in Morocco: "today" follows Moroccan time, not the server's UTC midnight. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

// An update input's omitted field keeps its value; an explicit null on a mandatory field is a
// mistake worth naming rather than zod's generic "expected string, received null".
export const notNull = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === null ? 'must not be null; omit the field to keep the current value' : `must be ${expected}`;

/** Mandatory text: trimmed, not blank, at most `max` characters. */
export const text = (max: number) =>
  z.string({ error: notNull('text') }).trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);

/**
 * Optional text, at most `max` characters: blank becomes null (nothing to show); omitted stays
 * undefined, so an update keeps the current value.
 */
export const optionalText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`).nullish().transform((value) => (value === undefined ? undefined : value || null));

export const localizedText = (max: number) => z.object({ fr: text(max), ar: optionalText(max) });

export const uuid = (what: string) => z.string().refine(isUuid, `must be the id of ${what} (a UUID)`).transform((id) => id.toLowerCase());

export const regionCode = z.string().regex(/^MA-\d{2}$/, 'must be a region code, MA-01 to MA-12');

export const positiveInt = (what: string, max: number) =>
  z.number({ error: notNull('a whole number') }).int(`must be a whole number of ${what}`).min(1, `must be at least 1 (${what})`).max(max, `must be at most ${max} ${what}`);

export const expectedVersion = z.number().int().min(1, 'must be the `version` you last read (1 or more)');

/** A status change's date: defaults to today, and a change cannot be recorded before it happens. */
export const effectiveOn = z
  .string()
  .nullish()
  .transform((on) => on ?? today())
  .refine((on) => on <= today(), { message: 'must not be in the future; give the date the change took effect' });

/** The first of two dates must not come after the second; the error names the second. */
export function requireOrdered(startsOn: string, endsOn: string, argumentName: string): void {
  if (endsOn < startsOn) {
    throw badUserInput(`\`${argumentName}\` (${endsOn}) must not be before the start date (${startsOn}); give dates in order.`, argumentName);
  }
}

/** Inclusive length in days of a date range. */
export function daysBetween(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1;
}

/** Keeps only the fields an update input actually gave (null included: it clears the field). */
export function given<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** History entries stay in date order: a new one may not be dated before the latest one. */
export function requireNotBefore(on: string, latestOn: string | undefined): void {
  if (latestOn && on < latestOn) {
    throw badUserInput(`\`input.on\` (${on}) must not be before ${latestOn}, the date of the latest entry; give ${latestOn} or later.`, 'input.on');
  }
}
