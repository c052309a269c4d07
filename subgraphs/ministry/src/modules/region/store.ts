import { asc, desc, inArray, type SQL } from 'drizzle-orm';
import type DataLoader from 'dataloader';
import { linkedConnection, type ArgumentLoaders, type LinkList, type NestedArgs } from '#kit';
import type { MinistryDatabase } from '../../context.js';
import { bestPracticeAdoptions, bestPractices, programmeRegions, programmes } from '../../db/schema.js';
import type { BestPracticeFilter, ProgrammeFilter } from '../../generated/resolvers-types.js';
import { bestPracticeWhere, type BestPracticeRow, type createBestPracticeLoaders } from '../best-practice/store.js';
import { programmeWhere, type createProgrammeLoaders, type ProgrammeRow } from '../programme/store.js';

// What the ministry stores about a region lives in link tables keyed by region code. Each
// batch pages the links for every region at once, then loads the linked rows through the owning
// module's byId loader inside the same batch: two statements for any number of regions, and
// every region's page resolves at the same moment, so the lazy totalCount loads that follow
// batch together too.

export type RegionRef = { code: string };
type ProgrammeLinkRow = typeof programmeRegions.$inferSelect;
type AdoptionLinkRow = typeof bestPracticeAdoptions.$inferSelect;

function programmeLinkWhere(db: MinistryDatabase, filter: ProgrammeFilter | null | undefined): SQL | undefined {
  const where = programmeWhere(db, filter);
  return where
    ? inArray(programmeRegions.programmeId, db.select({ id: programmes.id }).from(programmes).where(where))
    : undefined;
}

function adoptionLinkWhere(db: MinistryDatabase, filter: BestPracticeFilter | null | undefined): SQL | undefined {
  const where = bestPracticeWhere(db, filter);
  return where
    ? inArray(bestPracticeAdoptions.bestPracticeId, db.select({ id: bestPractices.id }).from(bestPractices).where(where))
    : undefined;
}

interface LinkedLoaders {
  programme: ReturnType<typeof createProgrammeLoaders>;
  bestPractice: ReturnType<typeof createBestPracticeLoaders>;
}

/** Rows for ids from link rows; a link cascades with its row, so none should be missing. */
async function loadLinked<T>(loader: DataLoader<string, T | null>, ids: string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is T => row != null && !(row instanceof Error));
}

export function createRegionLoaders(db: MinistryDatabase, argumentLoaders: ArgumentLoaders, linked: LinkedLoaders) {
  // Built per request: the links resolve through this request's byId loaders.
  const programmeLinks: LinkList<ProgrammeLinkRow, ProgrammeRow, ProgrammeFilter> = {
    name: 'programmeRegions.byRegion',
    table: programmeRegions,
    parentColumn: programmeRegions.regionCode,
    parentOf: (row) => row.regionCode,
    orderBy: [asc(programmeRegions.enrolledOn), asc(programmeRegions.programmeId)],
    where: (filter) => programmeLinkWhere(db, filter),
    nodesOf: (links) => loadLinked(linked.programme.byId, links.map((link) => link.programmeId)),
  };
  const adoptionLinks: LinkList<AdoptionLinkRow, BestPracticeRow, BestPracticeFilter> = {
    name: 'bestPracticeAdoptions.byRegion',
    table: bestPracticeAdoptions,
    parentColumn: bestPracticeAdoptions.regionCode,
    parentOf: (row) => row.regionCode,
    orderBy: [desc(bestPracticeAdoptions.adoptedOn), asc(bestPracticeAdoptions.bestPracticeId)],
    where: (filter) => adoptionLinkWhere(db, filter),
    nodesOf: (links) => loadLinked(linked.bestPractice.byId, links.map((link) => link.bestPracticeId)),
  };
  return {
    /** A region's programmes, in enrolment order. */
    programmes: (code: string, args: NestedArgs<ProgrammeFilter>) =>
      linkedConnection(db, argumentLoaders, programmeLinks, code, args),
    /** The practices a region adopted, latest adoption first. */
    adoptedPractices: (code: string, args: NestedArgs<BestPracticeFilter>) =>
      linkedConnection(db, argumentLoaders, adoptionLinks, code, args),
  };
}
