import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { readableRows, type RowScope } from '#kit/auth';
import {
  anyOf, ascending, type ChildList, createLoader, descending, groupsByUuid, listConnection, type NestedArgs,
  nestedConnection, type OrderArgument, orderByOf, orderFor, rowsById, rowsByUuid, searchColumns,
} from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { documentFiles, documents } from '../../db/schema.js';
import type { DocumentFilter } from '../../generated/resolvers-types.js';
import { documentRows, readableVersions } from './access.js';

export type DocumentFileRow = typeof documentFiles.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

const order = [ascending(documents.kind), ascending(documents.titleFr), descending(documents.version), ascending(documents.id)];
const sortable = { TITLE: documents.titleFr, KIND: documents.kind, VERSION: documents.version, PUBLISHED_ON: documents.publishedOn };

/** A newer version of the same document that the caller may read. */
const newer = alias(documents, 'newer');

export function documentConditions(filter: DocumentFilter | null | undefined, scope: RowScope): SQL | undefined {
  if (!filter) return undefined;
  return and(
    filter.regionCode != null ? eq(documents.regionCode, filter.regionCode) : undefined,
    filter.kind != null ? eq(documents.kind, filter.kind) : undefined,
    filter.published != null ? eq(documents.published, filter.published) : undefined,
    filter.language != null ? eq(documents.language, filter.language) : undefined,
    searchColumns(filter.search, [documents.titleFr, documents.titleAr]),
    filter.latestOnly
      ? sql`not exists (select 1 from ${documents} as "newer" where ${newer.lineageId} = ${documents.lineageId} and ${newer.version} > ${documents.version}
          and ${readableVersions(newer as unknown as typeof documents, scope) ?? sql`true`})`
      : undefined,
  );
}

const byRegion: ChildList<DocumentRow, DocumentFilter> = {
  name: 'documents.byRegion',
  table: documents,
  parentColumn: documents.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
};

/** The module's per-request reads: every one ANDs the caller's read rule into its SQL. */
export function documentLoaders({ db, scope, argumentLoaders }: LoaderRequest<typeof dbSchema>) {
  const readable = readableRows(documentRows, scope);
  const where = (filter: DocumentFilter | null | undefined) => and(documentConditions(filter, scope), readable);
  return {
    list: (args: NestedArgs<DocumentFilter> & { orderBy?: OrderArgument<keyof typeof sortable> | null }) =>
      listConnection(db, documents, { where: where(args.filter), orderBy: orderFor(args.orderBy, sortable, order, documents.id) }, args),
    byId: createLoader((ids: readonly string[]) => rowsById(db, documents, ids, readable)),
    /** Every version of a document, by lineage (the id of its first version), oldest first. */
    versionsOf: createLoader((lineageIds: readonly string[]) =>
      groupsByUuid(
        lineageIds,
        (valid) => db.select().from(documents).where(and(anyOf(documents.lineageId, valid), readable)).orderBy(asc(documents.version)),
        (row) => row.lineageId,
      ),
    ),
    byPartnership: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(documents).where(and(anyOf(documents.partnershipId, valid), readable)).orderBy(...orderByOf(order)),
        (row) => row.partnershipId,
      ),
    ),
    /** The file of each version (the version itself was read under the caller's rule). */
    fileOf: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(documentFiles).where(anyOf(documentFiles.documentId, valid)), (row) => row.documentId),
    ),
    ofRegion: (regionCode: string, args: NestedArgs<DocumentFilter>) =>
      nestedConnection(db, argumentLoaders, { ...byRegion, where }, regionCode, args),
  };
}
