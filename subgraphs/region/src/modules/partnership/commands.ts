import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { OwnedEntity } from '#kit/auth';
import { expectedVersion, idOf, parseInput, requiredText, requireNoReturnToPlanned, requireNotBefore, runMutation, updateVersioned } from '#kit/write';
import type { RegionContext } from '../../context.js';
import {
  actionPlanItemProgress, actionPlanItems, commitmentStatus, regionCommitmentProgress, regionCommitments,
} from '../../db/schema.js';
import type { UpdateActionPlanItemStatusInput, UpdateRegionCommitmentStatusInput } from '../../generated/resolvers-types.js';
import { effectiveOn } from '../../write/inputs.js';
import { actionPlanItemRows, regionCommitmentRows } from './access.js';
import type { ActionPlanItemRow, RegionCommitmentRow } from './store.js';

// A status update changes the current status and appends a dated entry to an append-only
// history: the row says where things stand, the entries say how they got there.

const statusFields = {
  expectedVersion,
  status: z.enum(commitmentStatus.enumValues),
  note: requiredText(2000),
  on: effectiveOn,
};
const commitmentSchema = z.object({ commitmentId: idOf('a region commitment'), ...statusFields });
const actionPlanItemSchema = z.object({ actionPlanItemId: idOf('an action-plan item'), ...statusFields });

/** What differs between the two followed items: their table, their history and their names. */
interface FollowedItem {
  operation: string;
  idArgument: string;
  entity: OwnedEntity<typeof regionCommitments | typeof actionPlanItems>;
  history: typeof regionCommitmentProgress | typeof actionPlanItemProgress;
  historyParent: typeof regionCommitmentProgress.commitmentId | typeof actionPlanItemProgress.actionPlanItemId;
  historyParentField: 'commitmentId' | 'actionPlanItemId';
}

type StatusInput = z.infer<typeof commitmentSchema> & z.infer<typeof actionPlanItemSchema>;

async function updateFollowedStatus<TRow>(
  context: RegionContext,
  item: FollowedItem,
  id: string,
  input: Omit<StatusInput, 'commitmentId' | 'actionPlanItemId'>,
): Promise<TRow> {
  const { entity } = item;
  return runMutation(context, item.operation, async ({ tx, audit, lock }) => {
    const before = await lock(entity, id, input.expectedVersion, { idArgument: item.idArgument });
    requireNoReturnToPlanned(before.status, input.status, 'an item');
    const [latest] = await tx.select({ on: item.history.effectiveOn }).from(item.history)
      .where(eq(item.historyParent, before.id)).orderBy(desc(item.history.effectiveOn)).limit(1);
    requireNotBefore(input.on, latest?.on);
    const [entry] = await tx
      .insert(item.history)
      .values({
        id: randomUUID(),
        [item.historyParentField]: before.id,
        effectiveOn: input.on,
        status: input.status,
        previousStatus: before.status,
        note: input.note,
        recordedBy: context.actor,
      } as unknown as typeof regionCommitmentProgress.$inferInsert) // the parent column is named per table
      .returning();
    const after = await updateVersioned(tx, entity.table, before.id, { status: input.status });
    audit({ targetType: 'RegionProgressEntry', targetId: entry!.id, before: null, after: entry });
    audit({ targetType: entity.typename, targetId: before.id, before, after });
    return after as TRow;
  });
}

export async function updateRegionCommitmentStatus(
  context: RegionContext,
  rawInput: UpdateRegionCommitmentStatusInput,
): Promise<RegionCommitmentRow> {
  const { commitmentId, ...input } = parseInput(commitmentSchema, rawInput);
  return updateFollowedStatus<RegionCommitmentRow>(context, {
    operation: 'updateRegionCommitmentStatus',
    idArgument: 'input.commitmentId',
    entity: regionCommitmentRows,
    history: regionCommitmentProgress,
    historyParent: regionCommitmentProgress.commitmentId,
    historyParentField: 'commitmentId',
  }, commitmentId, input);
}

export async function updateActionPlanItemStatus(
  context: RegionContext,
  rawInput: UpdateActionPlanItemStatusInput,
): Promise<ActionPlanItemRow> {
  const { actionPlanItemId, ...input } = parseInput(actionPlanItemSchema, rawInput);
  return updateFollowedStatus<ActionPlanItemRow>(context, {
    operation: 'updateActionPlanItemStatus',
    idArgument: 'input.actionPlanItemId',
    entity: actionPlanItemRows,
    history: actionPlanItemProgress,
    historyParent: actionPlanItemProgress.actionPlanItemId,
    historyParentField: 'actionPlanItemId',
  }, actionPlanItemId, input);
}
