import { inArray, type SQL } from 'drizzle-orm';
import type DataLoader from 'dataloader';
import { linkedConnection, type AnyDatabase, type LinkList, type NestedArgs, ascending, descending } from '#kit/db';
import type { LoaderRequest } from '#kit/module';
import type { dbSchema } from '../../db/index.js';
import { bestPracticeAdoptions, bestPractices, programmeRegions, programmes } from '../../db/schema.js';
import type { BestPracticeFilter, ProgrammeFilter } from '../../generated/resolvers-types.js';
import { bestPracticeConditions, type BestPracticeRow, type bestPracticeLoaders } from '../best-practice/store.js';
import { programmeConditions, type programmeLoaders, type ProgrammeRow } from '../programme/store.js';

// What the ministry stores about a region lives in link tables keyed by region code. Each
// batch pages the links for every region at once, then loads the linked rows through the owning
// module's byId loader inside the same batch: two statements for any number of regions, and
// every region's page resolves at the same moment, so the lazy totalCount loads that follow
// batch together too.

type ProgrammeLinkRow = typeof programmeRegions.$inferSelect;
type AdoptionLinkRow = typeof bestPracticeAdoptions.$inferSelect;

/** The modules whose rows the links point at; their loaders are this request's. */
interface LinkedLoaders {
  programme: ReturnType<typeof programmeLoaders>;
  bestPractice: ReturnType<typeof bestPracticeLoaders>;
}

function programmeLinkConditions(db: AnyDatabase, filter: ProgrammeFilter | null | undefined): SQL | undefined {
  const where = programmeConditions(db, filter);
  return where
    ? inArray(programmeRegions.programmeId, db.select({ id: programmes.id }).from(programmes).where(where))
    : undefined;
}

function adoptionLinkConditions(db: AnyDatabase, filter: BestPracticeFilter | null | undefined): SQL | undefined {
  const where = bestPracticeConditions(db, filter);
  return where
    ? inArray(bestPracticeAdoptions.bestPracticeId, db.select({ id: bestPractices.id }).from(bestPractices).where(where))
    : undefined;
}

/** Rows for ids from link rows; a link cascades with its row, so none should be missing. */
async function loadLinked<T>(loader: DataLoader<string, T | null>, ids: string[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is T => row != null && !(row instanceof Error));
}

/** Programmes and practices are public: the module's reads need no row rule. */
export function regionLoaders(request: LoaderRequest<typeof dbSchema>) {
  const { db, argumentLoaders } = request;
  // Read when a batch runs, never while the loaders are made: the other modules' loaders of
  // this request may not exist yet at that point.
  const linked = () => request.loaders as unknown as LinkedLoaders;
  const programmeLinks: LinkList<ProgrammeLinkRow, ProgrammeRow, ProgrammeFilter> = {
    name: 'programmeRegions.byRegion',
    table: programmeRegions,
    parentColumn: programmeRegions.regionCode,
    parentOf: (row) => row.regionCode,
    orderBy: [ascending(programmeRegions.enrolledOn), ascending(programmeRegions.programmeId)],
    where: (filter) => programmeLinkConditions(db, filter),
    nodesOf: (links) => loadLinked(linked().programme.byId, links.map((link) => link.programmeId)),
  };
  const adoptionLinks: LinkList<AdoptionLinkRow, BestPracticeRow, BestPracticeFilter> = {
    name: 'bestPracticeAdoptions.byRegion',
    table: bestPracticeAdoptions,
    parentColumn: bestPracticeAdoptions.regionCode,
    parentOf: (row) => row.regionCode,
    orderBy: [descending(bestPracticeAdoptions.adoptedOn), ascending(bestPracticeAdoptions.bestPracticeId)],
    where: (filter) => adoptionLinkConditions(db, filter),
    nodesOf: (links) => loadLinked(linked().bestPractice.byId, links.map((link) => link.bestPracticeId)),
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
