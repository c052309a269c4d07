import { asc, desc, inArray, type SQL } from 'drizzle-orm';
import type DataLoader from 'dataloader';
import { ArgumentLoaders, countPerParent, groupByKey, selectPagePerParent, type Page } from '#kit';
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

interface PageArgs<F> {
  page: Page;
  filter: F | null;
}

function programmeLinkWhere(db: MinistryDatabase, filter: ProgrammeFilter | null): SQL | undefined {
  const where = programmeWhere(db, filter);
  return where
    ? inArray(programmeRegions.programmeId, db.select({ id: programmes.id }).from(programmes).where(where))
    : undefined;
}

function adoptionLinkWhere(db: MinistryDatabase, filter: BestPracticeFilter | null): SQL | undefined {
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

export function createRegionLoaders(db: MinistryDatabase, linked: LinkedLoaders) {
  const pages = new ArgumentLoaders();
  return {
    /** A page (limit + 1 rows) of each region's programmes, in enrolment order. */
    programmes(args: PageArgs<ProgrammeFilter>) {
      programmeLinkWhere(db, args.filter);
      return pages.get('programmes', args, async (codes: readonly string[], { page, filter }): Promise<ProgrammeRow[][]> => {
        const links = await selectPagePerParent<ProgrammeLinkRow>(db, {
          table: programmeRegions,
          parentColumn: programmeRegions.regionCode,
          parentKeys: codes,
          where: programmeLinkWhere(db, filter),
          orderBy: [asc(programmeRegions.enrolledOn), asc(programmeRegions.programmeId)],
          page,
        });
        return Promise.all(
          groupByKey(codes, links, (row) => row.regionCode).map((group) =>
            loadLinked(linked.programme.byId, group.map((link) => link.programmeId)),
          ),
        );
      });
    },
    programmeCount(filter: ProgrammeFilter | null) {
      return pages.get('programmeCount', filter, (codes: readonly string[]) =>
        countPerParent(db, {
          table: programmeRegions,
          parentColumn: programmeRegions.regionCode,
          parentKeys: codes,
          where: programmeLinkWhere(db, filter),
        }),
      );
    },
    /** A page (limit + 1 rows) of the practices each region adopted, latest adoption first. */
    adoptedPractices(args: PageArgs<BestPracticeFilter>) {
      adoptionLinkWhere(db, args.filter);
      return pages.get('adoptedPractices', args, async (codes: readonly string[], { page, filter }): Promise<BestPracticeRow[][]> => {
        const links = await selectPagePerParent<AdoptionLinkRow>(db, {
          table: bestPracticeAdoptions,
          parentColumn: bestPracticeAdoptions.regionCode,
          parentKeys: codes,
          where: adoptionLinkWhere(db, filter),
          orderBy: [desc(bestPracticeAdoptions.adoptedOn), asc(bestPracticeAdoptions.bestPracticeId)],
          page,
        });
        return Promise.all(
          groupByKey(codes, links, (row) => row.regionCode).map((group) =>
            loadLinked(linked.bestPractice.byId, group.map((link) => link.bestPracticeId)),
          ),
        );
      });
    },
    adoptionCount(filter: BestPracticeFilter | null) {
      return pages.get('adoptionCount', filter, (codes: readonly string[]) =>
        countPerParent(db, {
          table: bestPracticeAdoptions,
          parentColumn: bestPracticeAdoptions.regionCode,
          parentKeys: codes,
          where: adoptionLinkWhere(db, filter),
        }),
      );
    },
  };
}
