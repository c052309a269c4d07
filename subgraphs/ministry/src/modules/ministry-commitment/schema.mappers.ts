import type { MinistryCommitmentProgressRow, MinistryCommitmentRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts). Commitment is
// the kit's shared value type; in this subgraph it is always a ministry commitment.
export type CommitmentMapper = MinistryCommitmentRow;
export type MinistryCommitmentFollowUpMapper = MinistryCommitmentRow;
export type MinistryCommitmentProgressEntryMapper = MinistryCommitmentProgressRow;
