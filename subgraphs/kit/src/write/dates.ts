import { badUserInput } from '../errors/index.js';

// Date rules mutations share. Dates are ISO `YYYY-MM-DD` strings (the LocalDate scalar), so
// they compare correctly as text.

/** The partnership's time zone: both parties date by it, whatever the server's clock says. */
export const PARTNERSHIP_TIME_ZONE = 'Africa/Casablanca';

const calendarDay = new Intl.DateTimeFormat('en-CA', { timeZone: PARTNERSHIP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The one clock: today's calendar date in Morocco, not the server's UTC midnight. */
export function today(): string {
  return calendarDay.format(new Date());
}

/**
 * A period's end must not come before its start. `blame` is the argument the client should fix:
 * the one it just sent when the other comes from the stored row (default: the end).
 */
export function requireDateOrder(
  startsOn: string,
  endsOn: string,
  names: { startsOn: string; endsOn: string; blame?: 'startsOn' | 'endsOn' },
): void {
  if (endsOn < startsOn) {
    throw badUserInput(
      `\`${names.endsOn}\` (${endsOn}) must be on or after \`${names.startsOn}\` (${startsOn}); swap the dates or correct one of them.`,
      names[names.blame ?? 'endsOn'],
    );
  }
}

/** A dated history stays in date order: a new entry may not be dated before the latest one. */
export function requireNotBefore(on: string, latestOn: string | null | undefined, argumentName = 'input.on'): void {
  if (latestOn && on < latestOn) {
    throw badUserInput(
      `\`${argumentName}\` (${on}) is before the last recorded update (${latestOn}); the history is kept in date order, so give ${latestOn} or later.`,
      argumentName,
    );
  }
}

/** Records before 2000 or after 2099 are typing mistakes (a year 2109, a year 1019), not plans. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2099-12-31';

export function requireDateBounds(date: string, argumentName: string): void {
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    throw badUserInput(`\`${argumentName}\` (${date}) must be between ${EARLIEST_DATE} and ${LATEST_DATE}; check the year.`, argumentName);
  }
}
