import type { Connection, TotalsAndGroups } from '#kit/db';
import type { AdoptionStatisticsRow, PracticeApplicationStatisticsRow } from './statistics.js';
import type { BestPracticeAdoptionRow, BestPracticeRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type BestPracticeMapper = BestPracticeRow;
export type BestPracticeConnectionMapper = Connection<BestPracticeRow>;
export type BestPracticeAdoptionMapper = BestPracticeAdoptionRow;
export type AdoptionStatisticsGroupMapper = AdoptionStatisticsRow;
export type AdoptionStatisticsMapper = TotalsAndGroups<AdoptionStatisticsRow>;
export type PracticeApplicationStatisticsGroupMapper = PracticeApplicationStatisticsRow;
export type PracticeApplicationStatisticsMapper = TotalsAndGroups<PracticeApplicationStatisticsRow>;
