import type { TotalsAndGroups } from '#kit/db';
import type { StaffCoverageRow, TrainingStatisticsRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type TrainingStatisticsGroupMapper = TrainingStatisticsRow;
export type TrainingStatisticsMapper = TotalsAndGroups<TrainingStatisticsRow>;
export type StaffCoverageGroupMapper = StaffCoverageRow;
export type StaffCoverageMapper = TotalsAndGroups<StaffCoverageRow>;
