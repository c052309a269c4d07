import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { badUserInput, ErrorCode, isUuid, lockVersioned, type AuditRecord, type Transaction } from '#kit';
import type * as dbSchema from '../db/schema.js';
import { commitmentStatus, theme } from '../db/schema.js';

export type MinistryTransaction = Transaction<typeof dbSchema>;
export type Audit = (record: AuditRecord) => void;

// Validation pieces every ministry mutation shares. Messages are read by whoever typed the
// input: each one says what to change, not only what is wrong.

/** Explicit null is how GraphQL clients clear a field; for required values say so instead of "expected string". */
export const notNull = (what: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === null ? 'must not be null; omit the field to keep its current value' : `must be ${what}`,
});

export function requiredText(max: number) {
  return z
    .string(notNull('text'))
    .trim()
    .min(1, 'must not be blank; write the text')
    .max(max, `must be at most ${max} characters; shorten it`);
}

/** Optional text: blank counts as "none" (null); absent stays absent, so updates keep the value. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters; shorten it`)
    .nullish()
    .transform((value) => (value === '' ? null : value));
}

export function localizedText(max: number) {
  return z.object({ fr: requiredText(max), ar: optionalText(max) }, notNull('a { fr, ar } text'));
}

export const themeValue = z.enum(theme.enumValues, notNull('a Theme'));
export const commitmentStatusValue = z.enum(commitmentStatus.enumValues, notNull('a CommitmentStatus'));
/** LocalDate is already checked by its scalar; this only refuses null where a date is required. */
export const dateValue = z.string(notNull('a date YYYY-MM-DD'));
export const expectedVersion = z
  .number(notNull('the version you read'))
  .int()
  .min(1, 'must be the version you read (1 or more); reload the item to get it');
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

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

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
 * the future. One day of slack: a ministry clock at UTC+1 is a day ahead of UTC before 01:00.
 */
export function checkNotFuture(date: string, argumentName: string): void {
  const latest = addDays(todayUtc(), 1);
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
  if (endsOn < startsOn) {
    const argumentName = names[names.blame];
    throw badUserInput(
      `\`${names.endsOn}\` (${endsOn}) must be on or after \`${names.startsOn}\` (${startsOn}); swap the dates or correct one of them.`,
      argumentName,
    );
  }
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

export function unknownId(typename: string, id: string, argumentName: string): GraphQLError {
  return new GraphQLError(`No ${typename} has id ${JSON.stringify(id)} (\`${argumentName}\`); check the id.`, {
    extensions: { code: ErrorCode.NOT_FOUND, argumentName, typename },
  });
}

/** A malformed id cannot name anything: NOT_FOUND before any SQL, so PostgreSQL never sees it. */
export function requireId(typename: string, id: string, argumentName: string): string {
  if (!isUuid(id)) throw unknownId(typename, id, argumentName);
  return id.toLowerCase();
}

export function conflict(message: string, argumentName: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, argumentName, ...extensions } });
}

/** An update must change something; an empty one is almost always a client bug. */
export function requireSomeChange(value: Record<string, unknown>, fixed: string[]): void {
  if (Object.entries(value).every(([key, field]) => fixed.includes(key) || field === undefined)) {
    throw badUserInput('`input` changes nothing; give at least one field to change besides the id and expectedVersion.', 'input');
  }
}

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * kit lockVersioned, with the errors naming the argument as the client wrote it: our updates
 * take the id and version inside `input` (`input.id`, `input.expectedVersion`).
 */
export async function lockForUpdate<TTable extends VersionedTable>(
  tx: Transaction<Record<string, unknown>>,
  table: TTable,
  typename: string,
  id: string,
  version: number,
  idArgument = 'input.id',
): Promise<TTable['$inferSelect']> {
  if (!isUuid(id)) throw unknownId(typename, id, idArgument);
  try {
    return await lockVersioned(tx, table, typename, id.toLowerCase(), version);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (error.extensions.code === ErrorCode.NOT_FOUND) throw unknownId(typename, id, idArgument);
    throw new GraphQLError(error.message, { extensions: { ...error.extensions, argumentName: 'input.expectedVersion' } });
  }
}
