import type { StaffCoverageRow, TrainingStatisticsRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type TrainingStatisticsGroupMapper = TrainingStatisticsRow;
export interface TrainingStatisticsMapper {
  totals: TrainingStatisticsRow;
  groups: TrainingStatisticsRow[];
}
export type StaffCoverageGroupMapper = StaffCoverageRow;
export interface StaffCoverageMapper {
  totals: StaffCoverageRow;
  groups: StaffCoverageRow[];
}
