import { eq } from 'drizzle-orm';
import { badUserInput, notFound } from '#kit';
import { regionPartnerships, regions } from '../db/schema.js';
import type { RegionTransaction } from '../context.js';

// Checks of the region's own references, inside the mutation's transaction. The foreign keys
// would refuse the same rows, but only these checks can name the argument to fix.

export async function requireRegion(tx: RegionTransaction, code: string, argumentName = 'input.regionCode'): Promise<void> {
  const [region] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  if (!region) throw notFound('Region', code, argumentName);
}

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
