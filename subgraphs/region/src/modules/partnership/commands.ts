import { randomUUID } from 'node:crypto';
import { and, desc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { OwnedEntity } from '#kit/auth';
import {
  EARLIEST_DATE, expectedVersion, idOf, LATEST_DATE, localDate, localizedText, notNull, parseInput, recallById, requiredText, requireNoReturnToPlanned, requireNotBefore, runMutation, updateVersioned,
} from '#kit/write';
import { conflict } from '#kit/errors';
import type { RegionContext } from '../../context.js';
import type { RegionTransaction } from '../../db/index.js';
import {
  actionPlanItemProgress, actionPlanItems, commitmentStatus, regionCommitmentProgress, regionCommitments, regionPartnerships, theme,
} from '../../db/schema.js';
import type {
  AddActionPlanItemInput, AddRegionCommitmentInput, UpdateActionPlanItemStatusInput, UpdateRegionCommitmentStatusInput,
} from '../../generated/resolvers-types.js';
import { effectiveOn } from '../../write/inputs.js';
import { actionPlanItemRows, regionCommitmentRows } from './access.js';
import { partnershipRegion } from './rules.js';
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

// The region's side of a convention is added item by item, each at the end of its list and
// PLANNED: its status then moves with the updates above, which keep the history.

const dueOn = localDate.nullish().refine((on) => !on || (on >= EARLIEST_DATE && on <= LATEST_DATE), `must be between ${EARLIEST_DATE} and ${LATEST_DATE}; check the year`);
const addCommitmentSchema = z.object({ partnershipId: idOf('a Partnership'), description: localizedText(1000), dueOn });
const addActionPlanItemSchema = z.object({
  partnershipId: idOf('a Partnership'),
  title: localizedText(300),
  theme: z.enum(theme.enumValues, notNull('a Theme')),
  dueOn,
});

/**
 * The partnership's region, which the caller must be allowed to change, locked so that
 * concurrent additions take the next positions one after the other.
 */
async function lockPartnershipSide(
  tx: RegionTransaction,
  context: RegionContext,
  partnershipId: string,
  requireRegionChange: (regionCode: string, argumentName: string) => void,
): Promise<void> {
  const region = await partnershipRegion(tx, context, partnershipId, 'input.partnershipId');
  requireRegionChange(region, 'input.partnershipId');
  await tx.select({ id: regionPartnerships.partnershipId }).from(regionPartnerships).where(eq(regionPartnerships.partnershipId, partnershipId)).for('update');
}

export async function addRegionCommitment(context: RegionContext, rawInput: AddRegionCommitmentInput, idempotencyKey?: string | null): Promise<RegionCommitmentRow> {
  const input = parseInput(addCommitmentSchema, rawInput);
  return runMutation(
    context,
    'addRegionCommitment',
    async ({ tx, audit, requireRegionChange }) => {
      await lockPartnershipSide(tx, context, input.partnershipId, requireRegionChange);
      const [last] = await tx.select({ position: max(regionCommitments.position) }).from(regionCommitments).where(eq(regionCommitments.partnershipId, input.partnershipId));
      const [row] = await tx
        .insert(regionCommitments)
        .values({
          id: randomUUID(),
          partnershipId: input.partnershipId,
          position: (last?.position ?? 0) + 1,
          descriptionFr: input.description.fr,
          descriptionAr: input.description.ar ?? null,
          status: 'PLANNED',
          dueOn: input.dueOn ?? null,
        })
        .returning();
      audit({ targetType: regionCommitmentRows.typename, targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, regionCommitmentRows) },
  );
}

export async function addActionPlanItem(context: RegionContext, rawInput: AddActionPlanItemInput, idempotencyKey?: string | null): Promise<ActionPlanItemRow> {
  const input = parseInput(addActionPlanItemSchema, rawInput);
  return runMutation(
    context,
    'addActionPlanItem',
    async ({ tx, audit, requireRegionChange }) => {
      await lockPartnershipSide(tx, context, input.partnershipId, requireRegionChange);
      const [last] = await tx.select({ position: max(actionPlanItems.position) }).from(actionPlanItems).where(eq(actionPlanItems.partnershipId, input.partnershipId));
      const [same] = await tx.select({ id: actionPlanItems.id }).from(actionPlanItems)
        .where(and(eq(actionPlanItems.partnershipId, input.partnershipId), eq(actionPlanItems.titleFr, input.title.fr)));
      if (same) throw conflict(`The action plan already has an item titled "${input.title.fr}" (id ${same.id}); update that one, or give another title.`, 'input.title.fr');
      const [row] = await tx
        .insert(actionPlanItems)
        .values({
          id: randomUUID(),
          partnershipId: input.partnershipId,
          position: (last?.position ?? 0) + 1,
          titleFr: input.title.fr,
          titleAr: input.title.ar ?? null,
          theme: input.theme,
          status: 'PLANNED',
          dueOn: input.dueOn ?? null,
        })
        .returning();
      audit({ targetType: actionPlanItemRows.typename, targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, actionPlanItemRows) },
  );
}
