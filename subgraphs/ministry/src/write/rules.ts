import { z } from 'zod';
import { badUserInput } from '#kit/errors';
import { notNull, requireDateBounds, requireDateOrder, today, type AuditRecord } from '#kit/write';

// The bounds every party's dates keep (kit): re-exported for the modules that import them here.
export { requireDateBounds } from '#kit/write';
import { commitmentStatus, theme } from '../db/schema.js';

export type Audit = (record: AuditRecord) => void;

// The ministry's own validation rules; the generic pieces (text, versions, dates, ids, region
// codes) are the kit's. Messages are read by whoever typed the input: each says what to change.

export const themeValue = z.enum(theme.enumValues, notNull('a Theme'));
export const commitmentStatusValue = z.enum(commitmentStatus.enumValues, notNull('a CommitmentStatus'));

/** A list whose entries must be distinct: names the second occurrence. */
export function distinct<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, notNull(`a list of ${what}`)).superRefine((list, context) => {
    const seen = new Set<unknown>();
    list.forEach((entry, index) => {
      if (seen.has(entry)) context.addIssue({ code: 'custom', path: [index], message: `lists ${String(entry)} twice; list each ${what} once` });
      seen.add(entry);
    });
  });
}

// Dates are ISO `YYYY-MM-DD` strings: they compare correctly as text.

export function addYears(date: string, years: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCFullYear(moment.getUTCFullYear() + years);
  return moment.toISOString().slice(0, 10);
}


/**
 * Something that already happened (a publication, an adoption, progress) cannot be dated in
 * the future: after today, by the partnership's one clock (the kit's `today()`).
 */
export function requireNotFuture(date: string, argumentName: string): void {
  if (date > today()) {
    throw badUserInput(`\`${argumentName}\` (${date}) is in the future; give the day it actually happened (today at the latest).`, argumentName);
  }
}

/** A period [startsOn, endsOn] (open end when endsOn is null), both within the bounds and in order. */
export function requirePeriod(
  startsOn: string,
  endsOn: string | null,
  names: { startsOn: string; endsOn: string; blame: 'startsOn' | 'endsOn' },
): void {
  requireDateBounds(startsOn, names.startsOn);
  if (endsOn === null) return;
  requireDateBounds(endsOn, names.endsOn);
  requireDateOrder(startsOn, endsOn, names);
}
