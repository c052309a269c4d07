import { eq, or, type SQL } from 'drizzle-orm';
import { ownedEntity, type RowScope } from '#kit/auth';
import { documents } from '../../db/schema.js';

/**
 * Published documents are public; unpublished ones are their region's (and the ministry's).
 * Written over any copy of the table, so "the latest version you may read" can apply it to an
 * aliased one (see store.ts).
 */
export function readableVersions(table: typeof documents, scope: RowScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'region') return or(eq(table.published, true), eq(table.regionCode, scope.regionCode));
  return eq(table.published, true);
}

export const documentRows = ownedEntity({
  typename: 'Document',
  table: documents,
  region: documents.regionCode,
  read: (scope: RowScope) => readableVersions(documents, scope),
});
