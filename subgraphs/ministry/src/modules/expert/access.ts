import { sql } from 'drizzle-orm';
import { ownedEntity, type RowScope } from '#kit/auth';
import { expertAssignments, experts } from '../../db/schema.js';

// Experts are not public (the SDL's @allow on their types keeps them from the public);
// ministry-admin changes them and their missions (@allow on the mutations).
export const expertRows = ownedEntity({ typename: 'Expert', table: experts });

/**
 * Missions are read by every signed-in role. A caller with no scope (the public) reads none:
 * a region's `expertAssignments` is an empty list for them rather than an error.
 */
export const expertAssignmentRows = ownedEntity({
  typename: 'ExpertAssignment',
  table: expertAssignments,
  read: (scope: RowScope) => (scope.kind === 'none' ? sql`false` : undefined),
});
