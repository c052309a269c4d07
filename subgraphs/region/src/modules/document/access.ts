import { eq, or } from 'drizzle-orm';
import { ownedEntity, type RowScope } from '#kit/auth';
import { documents } from '../../db/schema.js';

/** Published documents are public; unpublished ones are their region's (and the ministry's). */
export const documentRows = ownedEntity({
  typename: 'Document',
  table: documents,
  region: documents.regionCode,
  read: (scope: RowScope) => {
    if (scope.kind === 'all') return undefined;
    if (scope.kind === 'region') return or(eq(documents.published, true), eq(documents.regionCode, scope.regionCode));
    return eq(documents.published, true);
  },
});
