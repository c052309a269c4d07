import { ownedEntity } from '#kit/auth';
import { partnerships, signatories } from '../../db/schema.js';

// Conventions and their signatories are public (the agreement is). No mutation changes them;
// declared so the audit trail and any future write know their owner.
export const partnershipRows = ownedEntity({ typename: 'Partnership', table: partnerships });
export const signatoryRows = ownedEntity({ typename: 'Signatory', table: signatories });
