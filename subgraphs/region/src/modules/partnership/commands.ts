import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  badUserInput, expectedVersion, idOf, lockVersioned, parseInput, requiredText, requireNotBefore, runMutation, updateVersioned,
} from '#kit';
import type { RegionContext } from '../../context.js';
import {
  actionPlanItemProgress, actionPlanItems, commitmentStatus, regionCommitmentProgress, regionCommitments,
} from '../../db/schema.js';
import type { UpdateActionPlanItemStatusInput, UpdateRegionCommitmentStatusInput } from '../../generated/resolvers-types.js';
import { effectiveOn } from '../../write/inputs.js';
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

type Status = (typeof commitmentStatus.enumValues)[number];

/** Work that has started does not become "planned" again (same rule as the ministry's). */
function requireForward(from: Status, to: Status): void {
  if (to === 'PLANNED' && from !== 'PLANNED') {
    throw badUserInput(`\`input.status\`: an item that is ${from} cannot go back to PLANNED; use IN_PROGRESS or DELAYED.`, 'input.status');
  }
}

export async function updateRegionCommitmentStatus(
  context: RegionContext,
  rawInput: UpdateRegionCommitmentStatusInput,
): Promise<RegionCommitmentRow> {
  const input = parseInput(commitmentSchema, rawInput);
  return runMutation(context, 'updateRegionCommitmentStatus', async ({ tx, audit }) => {
    const before = await lockVersioned(tx, regionCommitments, 'RegionCommitment', input.commitmentId, input.expectedVersion, {
      idArgument: 'input.commitmentId',
    });
    requireForward(before.status, input.status);
    const [latest] = await tx.select({ on: regionCommitmentProgress.effectiveOn }).from(regionCommitmentProgress)
      .where(eq(regionCommitmentProgress.commitmentId, before.id)).orderBy(desc(regionCommitmentProgress.effectiveOn)).limit(1);
    requireNotBefore(input.on, latest?.on);
    const [entry] = await tx
      .insert(regionCommitmentProgress)
      .values({
        id: randomUUID(),
        commitmentId: before.id,
        effectiveOn: input.on,
        status: input.status,
        previousStatus: before.status,
        note: input.note,
        recordedBy: context.actor,
      })
      .returning();
    const after = await updateVersioned(tx, regionCommitments, before.id, { status: input.status });
    audit({ targetType: 'RegionProgressEntry', targetId: entry!.id, before: null, after: entry });
    audit({ targetType: 'RegionCommitment', targetId: before.id, before, after });
    return after;
  });
}

export async function updateActionPlanItemStatus(
  context: RegionContext,
  rawInput: UpdateActionPlanItemStatusInput,
): Promise<ActionPlanItemRow> {
  const input = parseInput(actionPlanItemSchema, rawInput);
  return runMutation(context, 'updateActionPlanItemStatus', async ({ tx, audit }) => {
    const before = await lockVersioned(tx, actionPlanItems, 'ActionPlanItem', input.actionPlanItemId, input.expectedVersion, {
      idArgument: 'input.actionPlanItemId',
    });
    requireForward(before.status, input.status);
    const [latest] = await tx.select({ on: actionPlanItemProgress.effectiveOn }).from(actionPlanItemProgress)
      .where(eq(actionPlanItemProgress.actionPlanItemId, before.id)).orderBy(desc(actionPlanItemProgress.effectiveOn)).limit(1);
    requireNotBefore(input.on, latest?.on);
    const [entry] = await tx
      .insert(actionPlanItemProgress)
      .values({
        id: randomUUID(),
        actionPlanItemId: before.id,
        effectiveOn: input.on,
        status: input.status,
        previousStatus: before.status,
        note: input.note,
        recordedBy: context.actor,
      })
      .returning();
    const after = await updateVersioned(tx, actionPlanItems, before.id, { status: input.status });
    audit({ targetType: 'RegionProgressEntry', targetId: entry!.id, before: null, after: entry });
    audit({ targetType: 'ActionPlanItem', targetId: before.id, before, after });
    return after;
  });
}
