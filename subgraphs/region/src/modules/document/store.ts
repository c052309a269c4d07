import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { createLoader, searchColumns, type ArgumentLoaders, type Connection, type Page, type PageArgs } from '#kit';
import type { RegionDatabase } from '../../context.js';
import { groupsByUuid, rowsByUuid } from '../../shared/lookups.js';
import { documents } from '../../db/schema.js';
import type { DocumentFilter } from '../../generated/resolvers-types.js';
import { nestedConnection, type ChildList } from '../../shared/connections.js';

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

export async function listDocuments(db: RegionDatabase, filter: DocumentFilter | null | undefined, page: Page): Promise<DocumentRow[]> {
  return db.select().from(documents).where(documentConditions(filter)).orderBy(...order).limit(page.limit + 1).offset(page.offset);
}

export async function countDocuments(db: RegionDatabase, filter: DocumentFilter | null | undefined): Promise<number> {
  const [row] = await db.select({ total: count() }).from(documents).where(documentConditions(filter));
  return row?.total ?? 0;
}

const byRegion: ChildList<DocumentRow> = {
  name: 'documents.byRegion',
  table: documents,
  parentColumn: documents.regionCode,
  parentOf: (row) => row.regionCode,
  orderBy: order,
};

export function createDocumentLoaders(db: RegionDatabase, argumentLoaders: ArgumentLoaders) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(documents).where(inArray(documents.id, valid)), (row) => row.id),
    ),
    byPartnership: createLoader((partnershipIds: readonly string[]) =>
      groupsByUuid(
        partnershipIds,
        (valid) => db.select().from(documents).where(inArray(documents.partnershipId, valid)).orderBy(...order),
        (row) => row.partnershipId ?? '',
      ),
    ),
    ofRegion: (regionCode: string, args: PageArgs & { filter?: DocumentFilter | null }) =>
      nestedConnection(db, argumentLoaders, byRegion, regionCode, {
        ...args,
        filterKey: args.filter ?? null,
        where: documentConditions(args.filter),
      }),
  };
}
