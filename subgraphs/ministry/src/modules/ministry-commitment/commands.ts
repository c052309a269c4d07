import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { badUserInput, notFound } from '#kit/errors';
import {
  expectedVersion, idOf, localDate, optionalText, parseInput, recalled, requireNoReturnToPlanned, requireNotBefore, runMutation, today, updateVersioned,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import { ministryCommitmentProgress, ministryCommitments, partnerships } from '../../db/schema.js';
import type { AddMinistryCommitmentInput, UpdateMinistryCommitmentStatusInput } from '../../generated/resolvers-types.js';
import { firstDayOf, lockForNewCommitment, newCommitment, requireDueDate } from '../partnership/commands.js';
import { commitmentStatusValue, requireDateBounds, requireNotFuture } from '../../write/rules.js';
import { ministryCommitmentRows } from './access.js';
import type { MinistryCommitmentRow } from './store.js';

const updateStatusInput = z.object({
  commitmentId: idOf('a ministry Commitment'),
  expectedVersion,
  status: commitmentStatusValue,
  on: localDate.nullish(),
  note: optionalText(2000),
});

type Status = MinistryCommitmentRow['status'];
const CLOSED: Status[] = ['DONE', 'CANCELLED'];

/** What a ministry officer expects of a status change; the history stays meaningful. */
function requireTransition(from: Status, to: Status, note: string | null | undefined): void {
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
  const on = value.on ?? today();
  requireDateBounds(on, 'input.on');
  requireNotFuture(on, 'input.on');
  return runMutation(context, 'updateMinistryCommitmentStatus', async ({ tx, audit, lock }) => {
    const before = await lock(ministryCommitmentRows, value.commitmentId, value.expectedVersion, { idArgument: 'input.commitmentId' });
    requireTransition(before.status, value.status, value.note);
    const [partnership] = await tx
      .select({ signedIn: partnerships.signedIn })
      .from(partnerships)
      .where(eq(partnerships.id, before.partnershipId));
    // signedIn is a day, or a month ('2018-04') when only that is known: then from its first day.
    const signed = firstDayOf(partnership!.signedIn);
    if (on < signed) {
      throw badUserInput(`\`input.on\` (${on}) is before the convention was signed (${partnership!.signedIn}); check the date.`, 'input.on');
    }
    const [last] = await tx
      .select({ on: ministryCommitmentProgress.effectiveOn })
      .from(ministryCommitmentProgress)
      .where(eq(ministryCommitmentProgress.commitmentId, before.id))
      .orderBy(desc(ministryCommitmentProgress.effectiveOn))
      .limit(1);
    requireNotBefore(on, last?.on);
    const after = await updateVersioned(tx, ministryCommitments, before.id, { status: value.status });
    const [entry] = await tx
      .insert(ministryCommitmentProgress)
      .values({
        id: randomUUID(),
        commitmentId: before.id,
        previousStatus: before.status,
        status: value.status,
        note: value.note ?? null,
        effectiveOn: on,
        recordedBy: context.actor,
      })
      .returning();
    audit({ targetType: 'Commitment', targetId: after.id, before, after });
    audit({ targetType: 'MinistryCommitmentProgressEntry', targetId: entry!.id, before: null, after: entry });
    return after;
  });
}

const addSchema = newCommitment.extend({ partnershipId: idOf('a Partnership') });

/** Appends a PLANNED commitment of the ministry to a convention. */
export async function addMinistryCommitment(context: MinistryContext, rawInput: AddMinistryCommitmentInput, idempotencyKey?: string | null): Promise<MinistryCommitmentRow> {
  const input = parseInput(addSchema, rawInput);
  return runMutation(
    context,
    'addMinistryCommitment',
    async ({ tx, audit }) => {
      const partnership = await lockForNewCommitment(tx, input.partnershipId);
      if (!partnership) throw notFound('Partnership', input.partnershipId, 'input.partnershipId');
      requireDueDate(input.dueOn, partnership.signedIn, 'input.dueOn');
      const [row] = await tx
        .insert(ministryCommitments)
        .values({
          id: randomUUID(),
          partnershipId: input.partnershipId,
          descriptionFr: input.description.fr,
          descriptionAr: input.description.ar ?? null,
          dueOn: input.dueOn ?? null,
          position: partnership.position,
        })
        .returning();
      audit({ targetType: 'Commitment', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: async (id) => recalled(await context.loaders.ministryCommitment.byId.load(id), 'Commitment', id) },
  );
}
