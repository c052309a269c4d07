import { z } from 'zod';
import { notNull, today } from '#kit/write';

// The region's own pieces of mutation inputs (zod, read by kit parseInput); the generic ones
// (text, ids, versions, dates) are the kit's. Each message completes "`input.x`: …".


export const positiveInt = (what: string, max: number) =>
  z.number(notNull('a whole number')).int(`must be a whole number of ${what}`).min(1, `must be at least 1 (${what})`).max(max, `must be at most ${max} ${what}`);

/** A status change's date: defaults to today, and a change cannot be recorded before it happens. */
export const effectiveOn = z
  .string()
  .nullish()
  .transform((on) => on ?? today())
  .refine((on) => on <= today(), { message: 'must not be in the future; give the date the change took effect' });

/** Inclusive length in days of a date range. */
export function daysBetween(startsOn: string, endsOn: string): number {
  return Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000) + 1;
}
