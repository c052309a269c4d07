import { eq } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { regions } from '../db/index.js';
import { ErrorCode } from '../errors/index.js';

/**
 * The one region-code check, for both parties: the code must name a row of the regions
 * reference table (lower case is accepted). Unknown → NOT_FOUND naming the argument.
 * Returns the code as stored.
 */
export async function requireRegionCode(tx: PgTransaction<any, any, any>, code: string, argumentName: string): Promise<string> {
  const normalised = code.trim().toUpperCase();
  const [row] = await tx.select({ code: regions.code }).from(regions).where(eq(regions.code, normalised));
  if (!row) {
    throw new GraphQLError(`No Region has code ${JSON.stringify(code)} (\`${argumentName}\`); use one of MA-01 to MA-12 (\`regions\` lists them).`, {
      extensions: { code: ErrorCode.NOT_FOUND, argumentName, typename: 'Region' },
    });
  }
  return normalised;
}
