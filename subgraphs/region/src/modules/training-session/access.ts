import { eq, sql } from 'drizzle-orm';
import { ownedEntity, type RowScope } from '#kit/auth';
import { enrollments, trainingSessions } from '../../db/schema.js';

// Who may read and change training sessions and enrollments. Region roles see and (region-hr)
// change their own region's; an expert sees the sessions they train; ministry roles see all.

const nothing = sql`false`;

export const trainingSessionRows = ownedEntity({
  typename: 'TrainingSession',
  table: trainingSessions,
  region: trainingSessions.regionCode,
  read: (scope: RowScope) => {
    switch (scope.kind) {
      case 'all': return undefined;
      case 'region': return eq(trainingSessions.regionCode, scope.regionCode);
      case 'trainer': return eq(trainingSessions.trainerExpertId, scope.expertId);
      default: return nothing;
    }
  },
});

const sessionOfEnrollment = (condition: ReturnType<typeof sql>) =>
  sql`exists (select 1 from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId} and ${condition})`;

export const enrollmentRows = ownedEntity({
  typename: 'Enrollment',
  table: enrollments,
  region: sql`(select ${trainingSessions.regionCode} from ${trainingSessions} where ${trainingSessions.id} = ${enrollments.sessionId})`,
  read: (scope: RowScope) => {
    switch (scope.kind) {
      case 'all': return undefined;
      case 'region': return sessionOfEnrollment(sql`${trainingSessions.regionCode} = ${scope.regionCode}`);
      case 'trainer': return sessionOfEnrollment(sql`${trainingSessions.trainerExpertId} = ${scope.expertId}`);
      default: return nothing;
    }
  },
});
