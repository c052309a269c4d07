import { ownedEntity } from '#kit/auth';
import { procedures } from '../../db/schema.js';

/** Procedures are public to read; region-hr changes its own region's. */
export const procedureRows = ownedEntity({ typename: 'Procedure', table: procedures, region: procedures.regionCode });
