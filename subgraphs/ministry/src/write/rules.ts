import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { badUserInput, ErrorCode, notNull, requireDateOrder, today, type AuditRecord } from '#kit';
import { commitmentStatus, theme } from '../db/schema.js';

export type Audit = (record: AuditRecord) => void;

// The ministry's own validation rules; the generic pieces (text, versions, dates, ids) are the
// kit's. Messages are read by whoever typed the input: each says what to change.

export const themeValue = z.enum(theme.enumValues, notNull('a Theme'));
export const commitmentStatusValue = z.enum(commitmentStatus.enumValues, notNull('a CommitmentStatus'));
/** Checked by kit requireId, which answers NOT_FOUND (not BAD_USER_INPUT) for a malformed id. */
export const idValue = z.string(notNull('an id'));

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

/** Records before 2000 or after 2099 are typing mistakes (a year 2109, a year 1019), not plans. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2099-12-31';

export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCFullYear(moment.getUTCFullYear() + years);
  return moment.toISOString().slice(0, 10);
}

export function checkDateBounds(date: string, argumentName: string): void {
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    throw badUserInput(`\`${argumentName}\` (${date}) must be between ${EARLIEST_DATE} and ${LATEST_DATE}; check the year.`, argumentName);
  }
}

/**
 * Something that already happened (a publication, an adoption, progress) cannot be dated in
 * the future. The ministry dates by UTC (`today('UTC')`, also its default dates), hence one day
 * of slack: a ministry clock at UTC+1 is a day ahead of UTC before 01:00.
 */
export function checkNotFuture(date: string, argumentName: string): void {
  const latest = addDays(today('UTC'), 1);
  if (date > latest) {
    throw badUserInput(`\`${argumentName}\` (${date}) is in the future; give the day it actually happened (today at the latest).`, argumentName);
  }
}

/** A period [startsOn, endsOn] (open end when endsOn is null), both within the bounds and in order. */
export function checkPeriod(
  startsOn: string,
  endsOn: string | null,
  names: { startsOn: string; endsOn: string; blame: 'startsOn' | 'endsOn' },
): void {
  checkDateBounds(startsOn, names.startsOn);
  if (endsOn === null) return;
  checkDateBounds(endsOn, names.endsOn);
  requireDateOrder(startsOn, endsOn, names);
}

const REGION_CODE = /^MA-(0[1-9]|1[0-2])$/;

/**
 * The region subgraph owns regions; their codes are fixed (the twelve regions, MA-01..MA-12), so
 * an unknown code is caught here without a round trip. Lower case is accepted and normalised.
 */
export function requireRegionCode(code: string, argumentName: string): string {
  const normalised = code.trim().toUpperCase();
  if (!REGION_CODE.test(normalised)) {
    throw new GraphQLError(`No Region has code ${JSON.stringify(code)} (\`${argumentName}\`); use one of MA-01 to MA-12.`, {
      extensions: { code: ErrorCode.NOT_FOUND, argumentName, typename: 'Region' },
    });
  }
  return normalised;
}
