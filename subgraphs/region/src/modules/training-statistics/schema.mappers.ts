import type { TrainingStatisticsRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type TrainingStatisticsGroupMapper = TrainingStatisticsRow;
export interface TrainingStatisticsMapper {
  totals: TrainingStatisticsRow;
  groups: TrainingStatisticsRow[];
}
