import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  badUserInput, expectedVersion, localDate, lockVersioned, optionalText, parseInput, requireNoReturnToPlanned, requireNotBefore, runMutation, today, updateVersioned,
} from '#kit';
import type { MinistryContext } from '../../context.js';
import { ministryCommitmentProgress, ministryCommitments, partnerships } from '../../db/schema.js';
import type { UpdateMinistryCommitmentStatusInput } from '../../generated/resolvers-types.js';
import { checkDateBounds, checkNotFuture, commitmentStatusValue, idValue } from '../../write/rules.js';
import type { MinistryCommitmentRow } from '../partnership/store.js';

const updateStatusInput = z.object({
  commitmentId: idValue,
  expectedVersion,
  status: commitmentStatusValue,
  on: localDate.nullish(),
  note: optionalText(2000),
});

type Status = MinistryCommitmentRow['status'];
const CLOSED: Status[] = ['DONE', 'CANCELLED'];

/** What a ministry officer expects of a status change; the history stays meaningful. */
function checkTransition(from: Status, to: Status, note: string | null | undefined): void {
  if (to === from && !note) {
    throw badUserInput(
      `The commitment is already ${from}; give another \`input.status\`, or a \`note\` to record progress without changing it.`,
      'input.status',
    );
  }
  requireNoReturnToPlanned(from, to, 'a commitment');
  if (CLOSED.includes(from) && to !== from && !note) {
    throw badUserInput(`Reopening a ${from} commitment needs a note saying why; fill in \`input.note\`.`, 'input.note');
  }
}

/** Changes a ministry commitment's status and appends the dated entry that explains it. */
export async function updateMinistryCommitmentStatus(
  context: MinistryContext,
  input: UpdateMinistryCommitmentStatusInput,
): Promise<MinistryCommitmentRow> {
  const value = parseInput(updateStatusInput, input);
  const on = value.on ?? today('UTC');
  checkDateBounds(on, 'input.on');
  checkNotFuture(on, 'input.on');
  return runMutation(context, 'updateMinistryCommitmentStatus', async ({ tx, audit }) => {
    const before = await lockVersioned(tx, ministryCommitments, 'Commitment', value.commitmentId, value.expectedVersion, {
      idArgument: 'input.commitmentId',
    });
    checkTransition(before.status, value.status, value.note);
    const [partnership] = await tx
      .select({ signedIn: partnerships.signedIn })
      .from(partnerships)
      .where(eq(partnerships.id, before.partnershipId));
    // signedIn is a month ('2018-04'): progress can be reported from its first day.
    const signed = `${partnership!.signedIn}-01`;
    if (on < signed) {
      throw badUserInput(`\`input.on\` (${on}) is before the convention was signed (${partnership!.signedIn}); check the date.`, 'input.on');
    }
    const [last] = await tx
      .select({ onDate: ministryCommitmentProgress.onDate })
      .from(ministryCommitmentProgress)
      .where(eq(ministryCommitmentProgress.commitmentId, before.id))
      .orderBy(desc(ministryCommitmentProgress.onDate))
      .limit(1);
    requireNotBefore(on, last?.onDate);
    const after = await updateVersioned(tx, ministryCommitments, before.id, { status: value.status });
    const [entry] = await tx
      .insert(ministryCommitmentProgress)
      .values({
        id: randomUUID(),
        commitmentId: before.id,
        previousStatus: before.status,
        status: value.status,
        note: value.note ?? null,
        onDate: on,
        actor: context.actor,
      })
      .returning();
    audit({ targetType: 'Commitment', targetId: after.id, before, after });
    audit({ targetType: 'MinistryCommitmentProgressEntry', targetId: entry!.id, before: null, after: entry });
    return after;
  });
}
