import { eq } from 'drizzle-orm';
import { notFound, badUserInput } from '#kit/errors';
import type { RegionTransaction } from '../../db/index.js';
import { regionPartnerships } from '../../db/schema.js';

// Checks of references to a partnership, inside the mutation's transaction. The foreign keys
// would refuse the same rows, but only these checks can name the argument to fix.

/** The partnership must be one the region signed: a council provides documents under its own. */
export async function requirePartnershipOf(
  tx: RegionTransaction,
  partnershipId: string,
  regionCode: string,
  argumentName = 'input.partnershipId',
): Promise<void> {
  const [partnership] = await tx.select().from(regionPartnerships).where(eq(regionPartnerships.partnershipId, partnershipId));
  if (!partnership) throw notFound('Partnership', partnershipId, argumentName);
  if (partnership.regionCode !== regionCode) {
    throw badUserInput(
      `\`${argumentName}\` is a partnership of ${partnership.regionCode}, not of ${regionCode}; give one of ${regionCode}'s partnerships.`,
      argumentName,
    );
  }
}
