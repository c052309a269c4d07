import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { conflict, notFound } from '#kit/errors';
import { idOf, localDate, parseInput, regionCodeInput, runMutation } from '#kit/write';
import type { MinistryContext } from '../../context.js';
import { expertBookings, experts } from '../../db/schema.js';
import type { BookExpertInput } from '../../generated/resolvers-types.js';
import type { ExpertBookingRow } from './store.js';

const bookSchema = z.object({
  sessionId: idOf('a TrainingSession'),
  expertId: idOf('an Expert'),
  regionCode: regionCodeInput,
  startsOn: localDate,
  endsOn: localDate,
});

/**
 * Books a session's days in its trainer's calendar, or moves them (same session id): the region
 * calls it inside its own scheduling transaction, so a refusal here undoes the session there.
 * The clash names its dates and region, never the other session's title or id.
 */
export async function bookExpert(context: MinistryContext, rawInput: BookExpertInput): Promise<ExpertBookingRow> {
  const input = parseInput(bookSchema, rawInput);
  return runMutation(context, 'bookExpert', async ({ tx, audit }) => {
    const [expert] = await tx.select({ id: experts.id }).from(experts).where(eq(experts.id, input.expertId)).for('share');
    if (!expert) throw notFound('Expert', input.expertId, 'input.expertId');
    const [clash] = await tx
      .select()
      .from(expertBookings)
      .where(and(
        eq(expertBookings.expertId, input.expertId),
        ne(expertBookings.sessionId, input.sessionId),
        sql`daterange(${expertBookings.startsOn}, ${expertBookings.endsOn}, '[]') && daterange(${input.startsOn}::date, ${input.endsOn}::date, '[]')`,
      ))
      .limit(1);
    if (clash) {
      throw conflict(
        `The expert already trains from ${clash.startsOn} to ${clash.endsOn} (a session of ${clash.regionCode}); choose other dates or another trainer.`,
        'input.startsOn',
        { bookedFrom: clash.startsOn, bookedTo: clash.endsOn, bookedBy: clash.regionCode },
      );
    }
    const [before] = await tx.select().from(expertBookings).where(eq(expertBookings.sessionId, input.sessionId)).for('update');
    const [after] = await tx
      .insert(expertBookings)
      .values(input)
      .onConflictDoUpdate({ target: expertBookings.sessionId, set: { expertId: input.expertId, regionCode: input.regionCode, startsOn: input.startsOn, endsOn: input.endsOn } })
      .returning();
    audit({ targetType: 'ExpertBooking', targetId: input.sessionId, before: before ?? null, after });
    return after!;
  });
}

export async function releaseExpertBooking(context: MinistryContext, rawSessionId: string): Promise<boolean> {
  const { sessionId } = parseInput(z.object({ sessionId: idOf('a TrainingSession') }), { sessionId: rawSessionId }, 'sessionId');
  return runMutation(context, 'releaseExpertBooking', async ({ tx, audit }) => {
    const [released] = await tx.delete(expertBookings).where(eq(expertBookings.sessionId, sessionId)).returning();
    if (released) audit({ targetType: 'ExpertBooking', targetId: sessionId, before: released, after: null });
    return Boolean(released);
  });
}
