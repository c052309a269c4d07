import type { ActionPlanItemRow, PartnershipReference, ProgressEntryRow, ProgressModel, RegionCommitmentRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type PartnershipMapper = PartnershipReference;
export type PartnershipProgressMapper = ProgressModel;
export type ActionPlanItemMapper = ActionPlanItemRow;
export type RegionCommitmentFollowUpMapper = RegionCommitmentRow;
export type RegionProgressEntryMapper = ProgressEntryRow;
