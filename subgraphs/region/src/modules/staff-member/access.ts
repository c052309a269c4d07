import { eq, sql } from 'drizzle-orm';
import { ownedEntity, type RowScope } from '#kit/auth';
import { enrollments, staffMembers, trainingSessions } from '../../db/schema.js';

/**
 * Staff are their region's: region roles see their own region's, ministry roles all, an expert
 * the staff enrolled in the sessions they train (their name only: see the SDL). E-mail and
 * phone are personal data, in the audit trail as on the row.
 */
export const staffMemberRows = ownedEntity({
  typename: 'StaffMember',
  table: staffMembers,
  region: staffMembers.regionCode,
  personalData: ['email', 'phone'],
  read: (scope: RowScope) => {
    switch (scope.kind) {
      case 'all': return undefined;
      case 'region': return eq(staffMembers.regionCode, scope.regionCode);
      case 'trainer':
        return sql`exists (select 1 from ${enrollments} join ${trainingSessions} on ${trainingSessions.id} = ${enrollments.sessionId}
          where ${enrollments.staffId} = ${staffMembers.id} and ${trainingSessions.trainerExpertId} = ${scope.expertId})`;
      default: return sql`false`;
    }
  },
});
