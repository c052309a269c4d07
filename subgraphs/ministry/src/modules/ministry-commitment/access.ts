import { ownedEntity } from '#kit/auth';
import { ministryCommitmentProgress, ministryCommitments } from '../../db/schema.js';

// What the ministry undertook in its conventions, and the dated history of their status: public
// to read (the agreement is), changed by ministry-admin only (the SDL's @allow on the mutation).
export const ministryCommitmentRows = ownedEntity({ typename: 'Commitment', table: ministryCommitments });
export const ministryCommitmentHistoryRows = ownedEntity({ typename: 'MinistryCommitmentProgressEntry', table: ministryCommitmentProgress });
