import { today } from '#kit/write';

/** A date `days` from today in Morocco, as the subgraphs count "today" (not UTC's midnight). */
export function dayOffset(days: number): string {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
