import { eq } from 'drizzle-orm';
import { notFound, badUserInput } from '#kit/errors';
import { peerEntities } from '#kit/write';
import type { RegionContext } from '../../context.js';
import type { RegionTransaction } from '../../db/index.js';
import { regionPartnerships } from '../../db/schema.js';

// Checks of references to a partnership, inside the mutation's transaction. The foreign keys
// would refuse the same rows, but only these checks can name the argument to fix.

/**
 * The region that signed a partnership. The ministry owns partnerships: one it registered
 * since this database last heard of it is asked of the ministry subgraph once, then recorded
 * here (partnership id → region), which is all the region's rows need to point at it.
 */
export async function partnershipRegion(
  tx: RegionTransaction,
  context: Pick<RegionContext, 'peers' | 'peerHeaders'>,
  partnershipId: string,
  argumentName: string,
): Promise<string> {
  const [known] = await tx.select().from(regionPartnerships).where(eq(regionPartnerships.partnershipId, partnershipId));
  if (known) return known.regionCode;
  const [answer] = (await peerEntities<{ region: { code: string } }>(context, 'ministry', [{ typename: 'Partnership', id: partnershipId }], { Partnership: 'region { code }' })) ?? [];
  if (!answer) throw notFound('Partnership', partnershipId, argumentName);
  await tx.insert(regionPartnerships).values({ partnershipId, regionCode: answer.region.code }).onConflictDoNothing();
  return answer.region.code;
}

/** The partnership must be one the region signed: a council provides documents under its own. */
export async function requirePartnershipOf(
  tx: RegionTransaction,
  context: Pick<RegionContext, 'peers' | 'peerHeaders'>,
  partnershipId: string,
  regionCode: string,
  argumentName = 'input.partnershipId',
): Promise<void> {
  const signedBy = await partnershipRegion(tx, context, partnershipId, argumentName);
  if (signedBy !== regionCode) {
    throw badUserInput(
      `\`${argumentName}\` is a partnership of ${signedBy}, not of ${regionCode}; give one of ${regionCode}'s partnerships.`,
      argumentName,
    );
  }
}
