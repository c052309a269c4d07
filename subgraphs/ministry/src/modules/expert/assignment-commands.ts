import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import {
  badUserInput, conflict, expectedVersion, localDate, localizedText, lockVersioned, notFound, parseInput, recallById, requireId, runMutation,
  updateVersioned,
} from '#kit';
import type { MinistryContext, MinistryTransaction } from '../../context.js';
import { expertAssignments, experts } from '../../db/schema.js';
import type { AssignExpertInput, EndExpertAssignmentInput } from '../../generated/resolvers-types.js';
import { addYears, checkPeriod, idValue, requireRegionCode, themeValue } from '../../write/rules.js';
import type { ExpertAssignmentRow, ExpertRow } from './store.js';

// An expert's missions with regions. Rules: the period is in order and at most
// MAX_MISSION_YEARS long (a longer one is a mistyped year, or should be several missions);
// the theme is one of the expert's specialties; one expert never has two overlapping missions
// in the same region (a database exclusion constraint backs the check up).

export const MAX_MISSION_YEARS = 5;

const assignInput = z.object({
  expertId: idValue,
  regionCode: z.string(),
  mission: localizedText(500),
  theme: themeValue,
  startsOn: localDate,
  endsOn: localDate.nullish(),
});

const endInput = z.object({ id: idValue, expectedVersion, endsOn: localDate });

function checkMissionPeriod(startsOn: string, endsOn: string | null): void {
  checkPeriod(startsOn, endsOn, { startsOn: 'input.startsOn', endsOn: 'input.endsOn', blame: 'endsOn' });
  const latestEnd = addYears(startsOn, MAX_MISSION_YEARS);
  if (endsOn !== null && endsOn > latestEnd) {
    throw badUserInput(
      `\`input.endsOn\` (${endsOn}) makes the mission longer than ${MAX_MISSION_YEARS} years; end it by ${latestEnd} or split it into several missions.`,
      'input.endsOn',
    );
  }
}

/**
 * Locks the expert for the rest of the transaction: every change to an expert's missions takes
 * this lock first, so the overlap check that follows sees all committed missions and no
 * concurrent one can slip in between the check and the write.
 */
async function lockExpert(tx: MinistryTransaction, id: string, argumentName: string): Promise<ExpertRow> {
  const [expert] = await tx.select().from(experts).where(eq(experts.id, id)).for('no key update');
  if (!expert) throw notFound('Expert', id, argumentName);
  return expert;
}

async function refuseOverlap(
  tx: MinistryTransaction,
  mission: { expert: ExpertRow; regionCode: string; startsOn: string; endsOn: string | null; exceptId?: string },
  argumentName: string,
): Promise<void> {
  const { expert, regionCode, startsOn, endsOn, exceptId } = mission;
  const [clash] = await tx
    .select()
    .from(expertAssignments)
    .where(
      and(
        eq(expertAssignments.expertId, expert.id),
        eq(expertAssignments.regionCode, regionCode),
        // Closed intervals; a null end is open.
        endsOn !== null ? lte(expertAssignments.startsOn, endsOn) : undefined,
        or(isNull(expertAssignments.endsOn), gte(expertAssignments.endsOn, startsOn)),
        exceptId ? ne(expertAssignments.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (!clash) return;
  const period = `from ${clash.startsOn} ${clash.endsOn ? `to ${clash.endsOn}` : 'with no set end'}`;
  throw conflict(
    `${expert.fullName} already has a mission in ${regionCode} ${period} (assignment ${clash.id}, "${clash.missionFr}"); ` +
      'choose dates outside it, or end that mission first with endExpertAssignment.',
    argumentName,
    { conflictingAssignmentId: clash.id },
  );
}

export async function assignExpert(
  context: MinistryContext,
  input: AssignExpertInput,
  idempotencyKey: string | null | undefined,
): Promise<ExpertAssignmentRow> {
  const value = parseInput(assignInput, input);
  const expertId = requireId('Expert', value.expertId, 'input.expertId');
  const regionCode = requireRegionCode(value.regionCode, 'input.regionCode');
  const endsOn = value.endsOn ?? null;
  checkMissionPeriod(value.startsOn, endsOn);
  return runMutation(
    context,
    'assignExpert',
    async ({ tx, audit }) => {
      const expert = await lockExpert(tx, expertId, 'input.expertId');
      if (!expert.specialties.includes(value.theme)) {
        throw badUserInput(
          `\`input.theme\` ${value.theme} is not a specialty of ${expert.fullName} (${expert.specialties.join(', ')}); ` +
            'choose one of those, or add the specialty first with updateExpert.',
          'input.theme',
        );
      }
      await refuseOverlap(tx, { expert, regionCode, startsOn: value.startsOn, endsOn }, 'input.startsOn');
      const [row] = await tx
        .insert(expertAssignments)
        .values({
          id: randomUUID(),
          expertId,
          regionCode,
          missionFr: value.mission.fr,
          missionAr: value.mission.ar ?? null,
          theme: value.theme,
          startsOn: value.startsOn,
          endsOn,
        })
        .returning();
      audit({ targetType: 'ExpertAssignment', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, remember: (row) => row.id, recall: recallById(context.db, expertAssignments, 'ExpertAssignment') },
  );
}

/** Sets (or moves) the end of a mission; moving it later must not run into another mission. */
export async function endExpertAssignment(context: MinistryContext, input: EndExpertAssignmentInput): Promise<ExpertAssignmentRow> {
  const value = parseInput(endInput, input);
  return runMutation(context, 'endExpertAssignment', async ({ tx, audit }) => {
    const before = await lockVersioned(tx, expertAssignments, 'ExpertAssignment', value.id, value.expectedVersion);
    checkMissionPeriod(before.startsOn, value.endsOn);
    const expert = await lockExpert(tx, before.expertId, 'input.id');
    await refuseOverlap(
      tx,
      { expert, regionCode: before.regionCode, startsOn: before.startsOn, endsOn: value.endsOn, exceptId: before.id },
      'input.endsOn',
    );
    const after = await updateVersioned(tx, expertAssignments, before.id, { endsOn: value.endsOn });
    audit({ targetType: 'ExpertAssignment', targetId: after.id, before, after });
    return after;
  });
}
