import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import { badUserInput, conflict } from '#kit/errors';
import {
  expectedVersion, idOf, localDate, localizedText, parseInput, recallById, regionCodeInput, requireRegionCode, runMutation, updateVersioned,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import type { MinistryTransaction } from '../../db/index.js';
import { expertAssignments } from '../../db/schema.js';
import type { AssignExpertInput, EndExpertAssignmentInput } from '../../generated/resolvers-types.js';
import { addYears, requirePeriod, themeValue } from '../../write/rules.js';
import { expertAssignmentRows, expertRows } from './access.js';
import type { ExpertAssignmentRow, ExpertRow } from './store.js';

// An expert's missions with regions. Rules: the period is in order and at most
// MAX_MISSION_YEARS long (a longer one is a mistyped year, or should be several missions);
// the theme is one of the expert's specialties; one expert never has two overlapping missions
// in the same region (a database exclusion constraint backs the check up).

export const MAX_MISSION_YEARS = 5;

const assignInput = z.object({
  expertId: idOf('an Expert'),
  regionCode: regionCodeInput,
  mission: localizedText(500),
  theme: themeValue,
  startsOn: localDate,
  endsOn: localDate.nullish(),
});

const endInput = z.object({ id: idOf('an ExpertAssignment'), expectedVersion, endsOn: localDate });

function requireMissionPeriod(startsOn: string, endsOn: string | null): void {
  requirePeriod(startsOn, endsOn, { startsOn: 'input.startsOn', endsOn: 'input.endsOn', blame: 'endsOn' });
  const latestEnd = addYears(startsOn, MAX_MISSION_YEARS);
  if (endsOn !== null && endsOn > latestEnd) {
    throw badUserInput(
      `\`input.endsOn\` (${endsOn}) makes the mission longer than ${MAX_MISSION_YEARS} years; end it by ${latestEnd} or split it into several missions.`,
      'input.endsOn',
    );
  }
}

async function requireNoOverlap(
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
  const endsOn = value.endsOn ?? null;
  requireMissionPeriod(value.startsOn, endsOn);
  return runMutation(
    context,
    'assignExpert',
    async ({ tx, audit, lock }) => {
      const regionCode = await requireRegionCode(tx, value.regionCode, 'input.regionCode');
      // Every change to an expert's missions locks the expert first, so the overlap check that
      // follows sees all committed missions and no concurrent one slips in before the write.
      const expert = await lock(expertRows, value.expertId, null, { idArgument: 'input.expertId' });
      if (!expert.specialties.includes(value.theme)) {
        throw badUserInput(
          `\`input.theme\` ${value.theme} is not a specialty of ${expert.fullName} (${expert.specialties.join(', ')}); ` +
            'choose one of those, or add the specialty first with updateExpert.',
          'input.theme',
        );
      }
      await requireNoOverlap(tx, { expert, regionCode, startsOn: value.startsOn, endsOn }, 'input.startsOn');
      const [row] = await tx
        .insert(expertAssignments)
        .values({
          id: randomUUID(),
          expertId: expert.id,
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
    { key: idempotencyKey, recall: recallById(context.db, expertAssignmentRows) },
  );
}

/** Sets (or moves) the end of a mission; moving it later must not run into another mission. */
export async function endExpertAssignment(context: MinistryContext, input: EndExpertAssignmentInput): Promise<ExpertAssignmentRow> {
  const value = parseInput(endInput, input);
  return runMutation(context, 'endExpertAssignment', async ({ tx, audit, lock }) => {
    const before = await lock(expertAssignmentRows, value.id, value.expectedVersion);
    requireMissionPeriod(before.startsOn, value.endsOn);
    const expert = await lock(expertRows, before.expertId, null);
    await requireNoOverlap(
      tx,
      { expert, regionCode: before.regionCode, startsOn: before.startsOn, endsOn: value.endsOn, exceptId: before.id },
      'input.endsOn',
    );
    const after = await updateVersioned(tx, expertAssignments, before.id, { endsOn: value.endsOn });
    audit({ targetType: 'ExpertAssignment', targetId: after.id, before, after });
    return after;
  });
}
