import { and, asc, eq, getTableColumns, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { readableRows, type RowScope } from '#kit/auth';
import type { GraphQLError } from 'graphql';
import { badUserInput, conflict, constraintOf } from '#kit/errors';
import { requireDateOrder } from '#kit/write';
import type { RegionTransaction } from '../../db/index.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import { daysBetween } from '../../write/inputs.js';
import { trainingSessionRows } from './access.js';
import type { TrainingSessionRow } from './store.js';

// The rules a training session obeys whichever mutation changes it, each checked inside the
// mutation's transaction and named by the argument a client should fix.

type SessionShape = Pick<TrainingSessionRow, 'startsOn' | 'endsOn' | 'hours' | 'status' | 'trainerExpertId' | 'location'>;

/** Which argument to blame for each rule; a reschedule names the field it was given. */
export interface ShapeArguments {
  dates: 'startsOn' | 'endsOn';
  hours: string;
}

export function requireSessionShape(session: SessionShape, names: ShapeArguments): void {
  requireDateOrder(session.startsOn, session.endsOn, { startsOn: 'input.startsOn', endsOn: 'input.endsOn', blame: names.dates });
  const days = daysBetween(session.startsOn, session.endsOn);
  if (session.hours > days * 24) {
    throw badUserInput(
      `\`${names.hours}\`: ${session.hours} hours do not fit in ${days} day(s) (${session.startsOn} to ${session.endsOn}); give at most ${days * 24} hours or longer dates.`,
      names.hours,
    );
  }
  // SCHEDULED means confirmed: staff enrolling need to know who trains them, and where.
  if (session.status === 'SCHEDULED' && !session.trainerExpertId) {
    throw badUserInput('`input.trainerId`: a SCHEDULED session needs a trainer; give one, or keep the session PLANNED.', 'input.trainerId');
  }
  if (session.status === 'SCHEDULED' && !session.location) {
    throw badUserInput('`input.location`: a SCHEDULED session needs a location; give one, or keep the session PLANNED.', 'input.location');
  }
}

const overlapping = (startsOn: string, endsOn: string): SQL =>
  and(lte(trainingSessions.startsOn, endsOn), gte(trainingSessions.endsOn, startsOn), ne(trainingSessions.status, 'CANCELLED'))!;

const describe = (session: Pick<TrainingSessionRow, 'id' | 'titleFr' | 'startsOn' | 'endsOn'>) =>
  `« ${session.titleFr} » (${session.id}, ${session.startsOn} to ${session.endsOn})`;

/**
 * An expert trains one session at a time (the exclusion constraint holds it under races too).
 * The clashing session is described only to a caller who may read it: another region's
 * session stays unnamed.
 */
export async function requireTrainerFree(
  tx: RegionTransaction,
  scope: RowScope,
  session: Pick<TrainingSessionRow, 'trainerExpertId' | 'startsOn' | 'endsOn' | 'status'> & { id?: string },
): Promise<void> {
  if (!session.trainerExpertId || session.status === 'CANCELLED') return;
  const [busy] = await tx
    .select({ ...getTableColumns(trainingSessions), readable: sql<boolean>`coalesce(${readableRows(trainingSessionRows, scope) ?? sql`true`}, false)` })
    .from(trainingSessions)
    .where(and(
      eq(trainingSessions.trainerExpertId, session.trainerExpertId),
      overlapping(session.startsOn, session.endsOn),
      session.id ? ne(trainingSessions.id, session.id) : undefined,
    ))
    .limit(1);
  if (busy) {
    const which = busy.readable ? describe(busy) : 'another session';
    throw conflict(`Expert ${session.trainerExpertId} already trains ${which} on overlapping dates; choose another trainer or other dates.`, 'input.trainerId');
  }
}

/** The exclusion constraint caught what requireTrainerFree could not see: a concurrent change. */
export async function trainerOverlapAsConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (constraintOf(error) === 'training_sessions_trainer_no_overlap') {
      throw conflict('The trainer was just assigned to another session on overlapping dates; choose another trainer or other dates.', 'input.trainerId');
    }
    throw error;
  }
}

/**
 * A staff member is in one session at a time: the other non-cancelled session of theirs that
 * overlaps the dates, if any. Callers hold the staff row's lock, so no concurrent enrollment
 * of the same person can slip in between this check and their write.
 */
export async function overlappingEnrollment(
  tx: RegionTransaction,
  staffIds: string[],
  dates: { startsOn: string; endsOn: string },
  exceptSessionId: string,
): Promise<{ staffId: string; session: TrainingSessionRow } | undefined> {
  if (staffIds.length === 0) return undefined;
  const [found] = await tx
    .select({ staffId: enrollments.staffId, session: trainingSessions })
    .from(enrollments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, enrollments.sessionId))
    .where(and(inArray(enrollments.staffId, staffIds), ne(enrollments.sessionId, exceptSessionId), overlapping(dates.startsOn, dates.endsOn)))
    .orderBy(asc(trainingSessions.startsOn))
    .limit(1);
  return found;
}

export function overlapConflict(staffId: string, other: TrainingSessionRow, argumentName: string): GraphQLError {
  return conflict(
    `Staff member ${staffId} is already enrolled in ${describe(other)}, which overlaps these dates; withdraw them from it first or choose other dates.`,
    argumentName,
  );
}

/** Locks staff rows in id order, so two transactions locking several never deadlock. */
export async function lockStaff(tx: RegionTransaction, staffIds: string[]): Promise<void> {
  if (staffIds.length === 0) return;
  await tx.select({ id: staffMembers.id }).from(staffMembers).where(inArray(staffMembers.id, staffIds)).orderBy(asc(staffMembers.id)).for('update');
}

export { describe as describeSession };
