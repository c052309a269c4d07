import { isUuid } from '#kit/db';
import type { Resolvers } from '../../generated/resolvers-types.js';
import {
  cancelTrainingSession, completeTrainingSession, rescheduleTrainingSession, scheduleTrainingSession,
} from './commands.js';
import { enrollStaff, recordAttendance, withdrawStaff } from './enrollment-commands.js';

// Expert and Programme belong to the ministry: the region only knows their ids, so a reference
// resolves to itself (no SQL) and only the fields below touch the database, through loaders.
const reference = ({ id }: { id: string }) => (isUuid(id) ? { id: id.toLowerCase() } : null);

export const resolvers: Resolvers = {
  Query: {
    trainingSessions: (_parent, args, { loaders }) => loaders.trainingSession.list(args),
    trainingSession: (_parent, { id }, { loaders }) => loaders.trainingSession.byId.load(id),
    enrollments: (_parent, args, { loaders }) => loaders.trainingSession.enrollments(args),
  },
  Mutation: {
    scheduleTrainingSession: (_parent, { input, idempotencyKey }, context) => scheduleTrainingSession(context, input, idempotencyKey),
    rescheduleTrainingSession: (_parent, { input }, context) => rescheduleTrainingSession(context, input),
    cancelTrainingSession: (_parent, { input }, context) => cancelTrainingSession(context, input),
    completeTrainingSession: (_parent, { input }, context) => completeTrainingSession(context, input),
    enrollStaff: (_parent, { input, idempotencyKey }, context) => enrollStaff(context, input, idempotencyKey),
    withdrawStaff: (_parent, { input }, context) => withdrawStaff(context, input),
    recordAttendance: (_parent, { input }, context) => recordAttendance(context, input),
  },
  TrainingSession: {
    __resolveReference: ({ id }, { loaders }) => loaders.trainingSession.byId.load(id),
    region: async ({ regionCode }, _args, { loaders }) => (await loaders.region.byCode.load(regionCode))!,
    title: ({ titleFr, titleAr }) => ({ fr: titleFr, ar: titleAr }),
    seatsLeft: async ({ id, capacity }, _args, { loaders }) => Math.max(0, capacity - (await loaders.trainingSession.seatsTaken.load(id))),
    trainer: ({ trainerExpertId }) => (trainerExpertId ? { id: trainerExpertId } : null),
    programme: ({ programmeId }) => (programmeId ? { id: programmeId } : null),
    partnership: ({ partnershipId }) => (partnershipId ? { id: partnershipId } : null),
    enrollments: ({ id }, args, { loaders }) => loaders.trainingSession.enrollmentsOfSession(id, args),
  },
  Enrollment: {
    staffMember: async ({ staffId }, _args, { loaders }) => (await loaders.staffMember.byId.load(staffId))!,
    trainingSession: async ({ sessionId }, _args, { loaders }) => (await loaders.trainingSession.byId.load(sessionId))!,
  },
  Expert: {
    __resolveReference: reference,
    trainingSessions: ({ id }, args, { loaders }) => loaders.trainingSession.ofTrainer(id, args),
  },
  Programme: {
    __resolveReference: reference,
    trainingSessions: ({ id }, args, { loaders }) => loaders.trainingSession.ofProgramme(id, args),
  },
};
