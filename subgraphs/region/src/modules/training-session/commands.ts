import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { conflict } from '#kit/errors';
import {
  expectedVersion, expectVersion, given, idOf, localDate, localizedText, optionalText, parseInput, recalled, regionCodeInput, requiredText, requireEntities, requireRegionCode, requireSomeChange, runMutation, today, updateVersioned,
} from '#kit/write';
import type { RegionContext } from '../../context.js';
import { trainingSessionRows } from './access.js';
import { enrollments, theme, trainingSessions } from '../../db/schema.js';
import type {
  CancelTrainingSessionInput, CompleteTrainingSessionInput, RescheduleTrainingSessionInput, ScheduleTrainingSessionInput,
} from '../../generated/resolvers-types.js';
import { positiveInt } from '../../write/inputs.js';
import { requirePartnershipOf } from '../partnership/rules.js';
import { releaseTrainerBooking, restoreTrainerBooking, syncTrainerBooking } from './trainer-calendar.js';
import {
  requireSessionShape, lockStaff, overlapConflict, overlappingEnrollment, requireTrainerFree, trainerOverlapAsConflict,
} from './session-rules.js';
import type { TrainingSessionRow } from './store.js';

const MAX_HOURS = 1000;
const MAX_CAPACITY = 500;

// New and rescheduled sessions are PLANNED or SCHEDULED; the other statuses have their own
// mutations (complete, cancel) so that each transition checks what it needs.
const openStatus = z.enum(['PLANNED', 'SCHEDULED'], {
  error: (issue) => issue.input === null
    ? 'must not be null; omit it to keep the current status'
    : 'must be PLANNED or SCHEDULED; use completeTrainingSession or cancelTrainingSession for the other statuses',
});
const trainerId = idOf('a ministry Expert');

const scheduleSchema = z.object({
  regionCode: regionCodeInput,
  title: localizedText(200),
  theme: z.enum(theme.enumValues),
  startsOn: localDate,
  endsOn: localDate,
  hours: positiveInt('hours', MAX_HOURS),
  location: optionalText(200),
  capacity: positiveInt('seats', MAX_CAPACITY),
  trainerId: trainerId.nullish(),
  programmeId: idOf('a ministry Programme').nullish(),
  partnershipId: idOf('one of the region\'s partnerships').nullish(),
  status: openStatus.nullish().transform((status) => status ?? 'SCHEDULED'),
});

const rescheduleSchema = z.object({
  id: idOf('a training session'),
  expectedVersion,
  startsOn: localDate.optional(),
  endsOn: localDate.optional(),
  hours: positiveInt('hours', MAX_HOURS).optional(),
  location: optionalText(200),
  capacity: positiveInt('seats', MAX_CAPACITY).optional(),
  trainerId: trainerId.nullish(),
  status: openStatus.optional(),
});

const cancelSchema = z.object({ id: idOf('a training session'), expectedVersion, reason: requiredText(500) });
const completeSchema = z.object({ id: idOf('a training session'), expectedVersion });

/** Trainer and programme live in the ministry's database: ask it, before any transaction. */
async function requireMinistryEntities(context: RegionContext, ids: { trainerId?: string | null; programmeId?: string | null }) {
  await requireEntities(
    context,
    'ministry',
    [
      ...(ids.trainerId ? [{ typename: 'Expert', id: ids.trainerId, argumentName: 'input.trainerId' }] : []),
      ...(ids.programmeId ? [{ typename: 'Programme', id: ids.programmeId, argumentName: 'input.programmeId' }] : []),
    ],
  );
}

export async function scheduleTrainingSession(
  context: RegionContext,
  rawInput: ScheduleTrainingSessionInput,
  idempotencyKey?: string | null,
): Promise<TrainingSessionRow> {
  const input = parseInput(scheduleSchema, rawInput);
  const values = {
    id: randomUUID(),
    regionCode: input.regionCode,
    titleFr: input.title.fr,
    titleAr: input.title.ar ?? null,
    theme: input.theme,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    hours: input.hours,
    location: input.location ?? null,
    capacity: input.capacity,
    status: input.status,
    trainerExpertId: input.trainerId ?? null,
    programmeId: input.programmeId ?? null,
    partnershipId: input.partnershipId ?? null,
  };
  requireSessionShape(values, { dates: 'endsOn', hours: 'input.hours' });
  let booked = false;
  return runMutation(
    context,
    'scheduleTrainingSession',
    async ({ tx, audit, requireRegionChange }) => {
      const region = await requireRegionCode(tx, input.regionCode, 'input.regionCode');
      requireRegionChange(region, 'input.regionCode');
      // Only an authorized caller gets to learn whether the ministry knows these ids.
      await requireMinistryEntities(context, input);
      if (input.partnershipId) await requirePartnershipOf(tx, context, input.partnershipId, region);
      await requireTrainerFree(tx, context.scope, values);
      const [row] = await trainerOverlapAsConflict(() => tx.insert(trainingSessions).values({ ...values, regionCode: region }).returning());
      audit({ targetType: 'TrainingSession', targetId: row!.id, before: null, after: row });
      if (row!.trainerExpertId) {
        // Set before the call: a booking made whose answer was lost is released all the same.
        booked = true;
        await syncTrainerBooking(context, row!, 'input.trainerId');
      }
      return row!;
    },
    {
      key: idempotencyKey,
      recall: async (id) => recalled(await context.loaders.trainingSession.byId.load(id), 'TrainingSession', id),
    },
  ).catch(async (error: unknown) => {
    if (booked) await releaseTrainerBooking(context, values.id);
    throw error;
  });
}

/** Whether a change moves what the trainer's calendar holds for a session. */
const calendarChanged = (before: TrainingSessionRow, after: TrainingSessionRow) =>
  before.trainerExpertId !== after.trainerExpertId || before.startsOn !== after.startsOn || before.endsOn !== after.endsOn || (before.status === 'CANCELLED') !== (after.status === 'CANCELLED');

/**
 * Runs a change of an existing session; when it moved the trainer's booking and the region's
 * transaction then fails, the booking is put back as it was.
 */
async function withBookingRestored(context: RegionContext, change: (moved: (before: TrainingSessionRow) => void) => Promise<TrainingSessionRow>): Promise<TrainingSessionRow> {
  let previous: TrainingSessionRow | undefined;
  try {
    return await change((before) => {
      previous = before;
    });
  } catch (error) {
    if (previous) await restoreTrainerBooking(context, previous);
    throw error;
  }
}

export async function rescheduleTrainingSession(context: RegionContext, rawInput: RescheduleTrainingSessionInput): Promise<TrainingSessionRow> {
  const { id, expectedVersion: expected, trainerId: newTrainer, ...rest } = parseInput(rescheduleSchema, rawInput);
  const changes = given({ ...rest, trainerExpertId: newTrainer });
  requireSomeChange(changes);
  return withBookingRestored(context, (moved) => runMutation(context, 'rescheduleTrainingSession', async ({ tx, audit, lock }) => {
    const before = await lock(trainingSessionRows, id, null);
    await requireMinistryEntities(context, { trainerId: newTrainer });
    if (before.status === 'CANCELLED' || before.status === 'COMPLETED') {
      throw conflict(`Training session ${before.id} is ${before.status}: it can no longer be rescheduled; schedule a new session instead.`, 'input.id');
    }
    if (before.status === 'IN_PROGRESS' && changes.status) {
      throw conflict(`Training session ${before.id} is IN_PROGRESS: it can no longer go back to ${changes.status}.`, 'input.status');
    }
    expectVersion('TrainingSession', before, expected);
    const next = { ...before, ...changes };
    requireSessionShape(next, {
      dates: changes.endsOn !== undefined ? 'endsOn' : 'startsOn',
      hours: changes.hours !== undefined ? 'input.hours' : changes.endsOn !== undefined ? 'input.endsOn' : 'input.startsOn',
    });
    const enrolled = await tx.select({ staffId: enrollments.staffId }).from(enrollments).where(eq(enrollments.sessionId, before.id));
    if (next.capacity < enrolled.length) {
      throw conflict(
        `Training session ${before.id} has ${enrolled.length} staff enrolled: capacity cannot go below ${enrolled.length}; withdraw staff first or keep a larger capacity.`,
        'input.capacity',
      );
    }
    const datesMoved = next.startsOn !== before.startsOn || next.endsOn !== before.endsOn;
    if (datesMoved) {
      // New dates must not overlap another session of anyone enrolled; their rows stay locked
      // so no concurrent enrollment can create such an overlap behind this check.
      const staffIds = enrolled.map((row) => row.staffId);
      await lockStaff(tx, staffIds);
      const clash = await overlappingEnrollment(tx, staffIds, next, before.id);
      if (clash) throw overlapConflict(clash.staffId, clash.session, changes.startsOn !== undefined ? 'input.startsOn' : 'input.endsOn');
    }
    await requireTrainerFree(tx, context.scope, next);
    const after = await trainerOverlapAsConflict(() => updateVersioned(tx, trainingSessions, before.id, changes));
    audit({ targetType: 'TrainingSession', targetId: before.id, before, after });
    if (calendarChanged(before, after)) {
      // Said before the call: a move made whose answer was lost is put back all the same.
      moved(before);
      await syncTrainerBooking(context, after, changes.trainerExpertId !== undefined ? 'input.trainerId' : 'input.startsOn');
    }
    return after;
  }));
}

export async function cancelTrainingSession(context: RegionContext, rawInput: CancelTrainingSessionInput): Promise<TrainingSessionRow> {
  const input = parseInput(cancelSchema, rawInput);
  return withBookingRestored(context, (moved) => runMutation(context, 'cancelTrainingSession', async ({ tx, audit, lock }) => {
    const before = await lock(trainingSessionRows, input.id, null);
    if (before.status === 'CANCELLED') {
      throw conflict(`Training session ${before.id} is already cancelled (reason: ${before.cancellationReason ?? 'none given'}); nothing to do.`, 'input.id');
    }
    if (before.status === 'COMPLETED') {
      throw conflict(`Training session ${before.id} has already taken place (COMPLETED): it cannot be cancelled.`, 'input.id');
    }
    expectVersion('TrainingSession', before, input.expectedVersion);
    // Enrollments stay: who was enrolled in a cancelled session is part of its history.
    const after = await updateVersioned(tx, trainingSessions, before.id, { status: 'CANCELLED', cancellationReason: input.reason });
    audit({ targetType: 'TrainingSession', targetId: before.id, before, after });
    // The trainer's days are free again.
    if (before.trainerExpertId) {
      moved(before);
      await syncTrainerBooking(context, after, 'input.id');
    }
    return after;
  }));
}

export async function completeTrainingSession(context: RegionContext, rawInput: CompleteTrainingSessionInput): Promise<TrainingSessionRow> {
  const input = parseInput(completeSchema, rawInput);
  return runMutation(context, 'completeTrainingSession', async ({ tx, audit, lock }) => {
    const before = await lock(trainingSessionRows, input.id, null);
    if (before.status !== 'SCHEDULED' && before.status !== 'IN_PROGRESS') {
      throw conflict(
        `Training session ${before.id} is ${before.status}: only a SCHEDULED or IN_PROGRESS session can be completed${before.status === 'PLANNED' ? ' (confirm it as SCHEDULED first)' : ''}.`,
        'input.id',
      );
    }
    if (before.endsOn > today()) {
      throw conflict(`Training session ${before.id} ends on ${before.endsOn}: complete it once it has ended.`, 'input.id');
    }
    expectVersion('TrainingSession', before, input.expectedVersion);
    const after = await updateVersioned(tx, trainingSessions, before.id, { status: 'COMPLETED' });
    audit({ targetType: 'TrainingSession', targetId: before.id, before, after });
    return after;
  });
}
