import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { badUserInput, conflict } from '#kit/errors';
import { expectedVersion, expectVersion, idOf, optionalText, parseInput, recallById, runMutation, today, updateVersioned } from '#kit/write';
import type { RegionContext } from '../../context.js';
import type { RegionTransaction } from '../../db/index.js';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';
import type { EnrollStaffInput, RecordAttendanceInput, WithdrawStaffInput } from '../../generated/resolvers-types.js';
import { staffMemberRows } from '../staff-member/access.js';
import type { StaffMemberRow } from '../staff-member/store.js';
import { enrollmentRows, trainingSessionRows } from './access.js';
import { describeSession, overlapConflict, overlappingEnrollment } from './session-rules.js';
import type { EnrollmentRow, TrainingSessionRow } from './store.js';

// Seats are the contended resource: every enrollment of a session first locks the session's
// row, so enrollments of one session run one after another and each counts the seats its
// predecessors took. The staff row is locked next (always session, then staff: no deadlock),
// which serialises one person's enrollments across sessions for the overlap rule.

const enrollSchema = z.object({ sessionId: idOf('a training session'), staffMemberId: idOf('a staff member') });
const withdrawSchema = z.object({ enrollmentId: idOf('an enrollment'), expectedVersion: expectedVersion.nullish() });
const attendanceSchema = z
  .object({
    enrollmentId: idOf('an enrollment'),
    expectedVersion,
    attended: z.boolean(),
    evaluation: z.number().int('must be a whole number').min(1, 'must be from 1 (poor) to 5 (excellent)').max(5, 'must be from 1 (poor) to 5 (excellent)').nullish(),
    comment: optionalText(2000),
  })
  .refine((input) => input.attended || input.evaluation == null, {
    path: ['evaluation'],
    message: 'only a participant who attended evaluates the session; remove the evaluation or set `attended: true`',
  });

export interface WithdrawStaffResult {
  withdrawnEnrollmentId: string;
  trainingSession: TrainingSessionRow;
  staffMember: StaffMemberRow;
}

async function seatsTaken(tx: RegionTransaction, sessionId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(enrollments).where(eq(enrollments.sessionId, sessionId));
  return row?.n ?? 0;
}

async function sessionOf(tx: RegionTransaction, enrollment: EnrollmentRow): Promise<TrainingSessionRow> {
  const [session] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, enrollment.sessionId));
  return session!;
}

export async function enrollStaff(context: RegionContext, rawInput: EnrollStaffInput, idempotencyKey?: string | null): Promise<EnrollmentRow> {
  const input = parseInput(enrollSchema, rawInput);
  return runMutation(
    context,
    'enrollStaff',
    async ({ tx, audit, lock }) => {
      // Both rows are locked (and checked as the caller's) before anything about them is told.
      const session = await lock(trainingSessionRows, input.sessionId, null, { idArgument: 'input.sessionId' });
      const staff = await lock(staffMemberRows, input.staffMemberId, null, { idArgument: 'input.staffMemberId' });
      if (session.status === 'CANCELLED') {
        throw conflict(`Training session ${session.id} is cancelled: it takes no enrollments.`, 'input.sessionId');
      }
      if (session.status === 'COMPLETED') {
        throw conflict(`Training session ${session.id} has already taken place (COMPLETED): it takes no enrollments.`, 'input.sessionId');
      }
      if (staff.regionCode !== session.regionCode) {
        throw badUserInput(
          `\`input.staffMemberId\`: staff member ${staff.id} works for ${staff.regionCode}, but the session is ${session.regionCode}'s; enroll the region's own staff.`,
          'input.staffMemberId',
        );
      }
      const [already] = await tx
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(and(eq(enrollments.sessionId, session.id), eq(enrollments.staffId, staff.id)));
      if (already) {
        throw conflict(`Staff member ${staff.id} is already enrolled in training session ${session.id} (enrollment ${already.id}).`, 'input.staffMemberId');
      }
      const clash = await overlappingEnrollment(tx, [staff.id], session, session.id);
      if (clash) throw overlapConflict(staff.id, clash.session, 'input.staffMemberId');
      const taken = await seatsTaken(tx, session.id);
      if (taken >= session.capacity) {
        throw conflict(
          `Training session ${describeSession(session)} is full: all ${session.capacity} seats are taken. Withdraw someone or raise its capacity with rescheduleTrainingSession.`,
          'input.sessionId',
        );
      }
      const [row] = await tx.insert(enrollments).values({ id: randomUUID(), sessionId: session.id, staffId: staff.id }).returning();
      audit({ targetType: 'Enrollment', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, enrollmentRows) },
  );
}

export async function withdrawStaff(context: RegionContext, rawInput: WithdrawStaffInput): Promise<WithdrawStaffResult> {
  const input = parseInput(withdrawSchema, rawInput);
  return runMutation(context, 'withdrawStaff', async ({ tx, audit, lock }) => {
    const before = await lock(enrollmentRows, input.enrollmentId, null, { idArgument: 'input.enrollmentId' });
    const session = await sessionOf(tx, before);
    if (session.status === 'CANCELLED' || session.status === 'COMPLETED') {
      throw conflict(`Training session ${session.id} is ${session.status}: its enrollments are history and stay as they are.`, 'input.enrollmentId');
    }
    if (before.attended !== null) {
      throw conflict(`Attendance is already recorded for enrollment ${before.id}: the staff member can no longer be withdrawn.`, 'input.enrollmentId');
    }
    if (input.expectedVersion != null) expectVersion('Enrollment', before, input.expectedVersion);
    await tx.delete(enrollments).where(eq(enrollments.id, before.id));
    audit({ targetType: 'Enrollment', targetId: before.id, before, after: null });
    const [staff] = await tx.select().from(staffMembers).where(eq(staffMembers.id, before.staffId));
    return { withdrawnEnrollmentId: before.id, trainingSession: session, staffMember: staff! };
  });
}

export async function recordAttendance(context: RegionContext, rawInput: RecordAttendanceInput): Promise<EnrollmentRow> {
  const input = parseInput(attendanceSchema, rawInput);
  return runMutation(context, 'recordAttendance', async ({ tx, audit, lock }) => {
    const before = await lock(enrollmentRows, input.enrollmentId, null, { idArgument: 'input.enrollmentId' });
    const session = await sessionOf(tx, before);
    if (session.status === 'CANCELLED') {
      throw conflict(`Training session ${session.id} was cancelled: there is no attendance to record.`, 'input.enrollmentId');
    }
    const now = today();
    if (session.startsOn > now) {
      throw conflict(`Training session ${session.id} starts on ${session.startsOn}: record attendance once it has started (today is ${now}).`, 'input.enrollmentId');
    }
    expectVersion('Enrollment', before, input.expectedVersion);
    const after = await updateVersioned(tx, enrollments, before.id, {
      attended: input.attended,
      evaluation: input.evaluation ?? null,
      comment: input.comment ?? null,
    });
    audit({ targetType: 'Enrollment', targetId: before.id, before, after });
    return after;
  });
}
