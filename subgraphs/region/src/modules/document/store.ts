import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import {
  countRows, createLoader, groupsByUuid, nestedConnection, rowsByUuid, searchColumns, selectPage,
  type ArgumentLoaders, type ChildList, type Connection, type NestedArgs, type Page,
} from '#kit';
import type { RowScope } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { documentScope } from '../../access.js';
import { documents } from '../../db/schema.js';
import type { DocumentFilter } from '../../generated/resolvers-types.js';

export type DocumentRow = typeof documents.$inferSelect;
export type DocumentConnectionModel = Connection<DocumentRow>;

const order = [asc(documents.kind), asc(documents.titleFr), desc(documents.version), asc(documents.id)];

export function documentConditions(filter: DocumentFilter | null | undefined): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(documents.regionCode, filter.regionCode) : undefined,
    filter.kind != null ? eq(documents.kind, filter.kind) : undefined,
    filter.published != null ? eq(documents.published, filter.published) : undefined,
    filter.language != null ? eq(documents.language, filter.language) : undefined,
    searchColumns(filter.search, [documents.titleFr, documents.titleAr]),
  );
}

export async function listDocuments(db: RegionDatabase, scope: RowScope, filter: DocumentFilter | null | undefined, page: Page): Promise<DocumentRow[]> {
  return selectPage(db, documents, { where: and(documentConditions(filter), documentScope(scope)), orderBy: order, page });
}

export async function countDocuments(db: RegionDatabase, scope: RowScope, filter: DocumentFilter | null | undefined): Promise<number> {
  return countRows(db, documents, and(documentConditions(filter), documentScope(scope)));
}

const byRegion: ChildList<DocumentRow, DocumentFilter> = {
  name: 'documents.byRegion',
  table: documents,
  parentColumn: documents.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
  where: documentConditions,
};

export function createDocumentLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders, scope: RowScope) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(documents).where(and(inArray(documents.id, valid), documentScope(scope))), (row) => row.id),
    ),
    /** Every version of a document, by lineage (the id of its first version), oldest first. */
    versionsOf: createLoader((lineageIds: readonly string[]) =>
      groupsByUuid(
        lineageIds,
        (valid) => db.select().from(documents).where(and(inArray(documents.lineageId, valid), documentScope(scope))).orderBy(asc(documents.version)),
        (row) => row.lineageId,
      ),
    ),
    byPartnership: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(documents).where(and(inArray(documents.partnershipId, valid), documentScope(scope))).orderBy(...order),
        (row) => row.partnershipId,
      ),
    ),
    ofRegion: (regionCode: string, args: NestedArgs<DocumentFilter>) =>
      nestedConnection(db, argumentLoaders, { ...byRegion, where: (filter) => and(documentConditions(filter), documentScope(scope)) }, regionCode, args),
  };
}
