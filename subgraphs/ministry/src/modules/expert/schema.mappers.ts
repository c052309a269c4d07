import type { Connection, TotalsAndGroups } from '#kit/db';
import type { ExpertiseStatisticsRow } from './statistics.js';
import type { ExpertAssignmentRow, ExpertBookingRow, ExpertRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type ExpertMapper = ExpertRow;
export type ExpertConnectionMapper = Connection<ExpertRow>;
export type ExpertAssignmentMapper = ExpertAssignmentRow;
export type ExpertAssignmentConnectionMapper = Connection<ExpertAssignmentRow>;
export type ExpertiseStatisticsGroupMapper = ExpertiseStatisticsRow;
export type ExpertiseStatisticsMapper = TotalsAndGroups<ExpertiseStatisticsRow>;
export type ExpertBookingMapper = ExpertBookingRow;
