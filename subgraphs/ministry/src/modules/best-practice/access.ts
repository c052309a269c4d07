import { ownedEntity } from '#kit/auth';
import { bestPracticeAdoptions, bestPractices } from '../../db/schema.js';

// Best practices and their adoptions are public to read; ministry-admin publishes and records
// them (the SDL's @allow on the mutations).
export const bestPracticeRows = ownedEntity({ typename: 'BestPractice', table: bestPractices });
export const bestPracticeAdoptionRows = ownedEntity({ typename: 'BestPracticeAdoption', table: bestPracticeAdoptions });
