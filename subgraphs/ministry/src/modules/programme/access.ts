import { ownedEntity } from '#kit/auth';
import { programmes } from '../../db/schema.js';

// Programmes are public to read; ministry-admin changes them (the SDL's @allow on the mutations).
// Enrolments (programme_regions) are link rows of the programme: changed with it, audited as
// `ProgrammeEnrolment`.
export const programmeRows = ownedEntity({ typename: 'Programme', table: programmes });
