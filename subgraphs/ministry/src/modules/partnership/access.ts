import { ownedEntity } from '#kit/auth';
import { partnerships, signatories } from '../../db/schema.js';

// Conventions and their signatories are public (the agreement is); ministry-admin registers
// them (registerPartnership), and no mutation rewrites a signed convention.
export const partnershipRows = ownedEntity({ typename: 'Partnership', table: partnerships });
export const signatoryRows = ownedEntity({ typename: 'Signatory', table: signatories });
