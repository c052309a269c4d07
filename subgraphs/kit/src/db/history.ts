import { date, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The one shape of a dated history entry, in both subgraphs: append-only rows, one per change,
 * so "where did it stand on date X, and who said so" stays answerable after the current state
 * moved on. A history table adds its parent's id and what changed (a status, a digitisation).
 */
export const historyColumns = () => ({
  id: uuid().primaryKey(),
  /** The date the change took effect (may be earlier than the day it was recorded). */
  effectiveOn: date({ mode: 'string' }).notNull(),
  recordedBy: text().notNull(),
  recordedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
