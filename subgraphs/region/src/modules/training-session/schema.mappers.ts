import type { Connection } from '#kit/db';
import type { WithdrawStaffResult } from './enrollment-commands.js';
import type { EnrollmentRow, TrainingSessionRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type TrainingSessionMapper = TrainingSessionRow;
export type TrainingSessionConnectionMapper = Connection<TrainingSessionRow>;
export type EnrollmentMapper = EnrollmentRow;
export type EnrollmentConnectionMapper = Connection<EnrollmentRow>;
export type WithdrawStaffPayloadMapper = WithdrawStaffResult;
/** Expert and Programme belong to the ministry: the region knows only their ids. */
export interface ExpertMapper { id: string }
export interface ProgrammeMapper { id: string }
