import type { Connection, TotalsAndGroups } from '#kit/db';
import type { DigitisationEntryRow, ProcedureRow, ProcedureStatisticsRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type ProcedureMapper = ProcedureRow;
export type ProcedureConnectionMapper = Connection<ProcedureRow>;
export type ProcedureDigitisationEntryMapper = DigitisationEntryRow;
export type ProcedureStatisticsGroupMapper = ProcedureStatisticsRow;
export type ProcedureStatisticsMapper = TotalsAndGroups<ProcedureStatisticsRow>;
