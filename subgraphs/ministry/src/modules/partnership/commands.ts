import { randomUUID } from 'node:crypto';
import { and, eq, max, sql } from 'drizzle-orm';
import { z } from 'zod';
import { badUserInput, conflict } from '#kit/errors';
import {
  localDate, localizedText, notNull, optionalText, parseInput, recalled, regionCodeInput, requireRegionCode, requiredText, runMutation, today,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import type { MinistryTransaction } from '../../db/index.js';
import { ministryCommitments, partnerships, signatories, signatoryParty } from '../../db/schema.js';
import type { RegisterPartnershipInput } from '../../generated/resolvers-types.js';
import { requireDateBounds, requireNotFuture } from '../../write/rules.js';
import type { PartnershipRow } from './store.js';

// A convention is registered whole, as signed: its signatories, objectives and the ministry's
// commitments in one transaction. What follows (commitment progress, the region's side) has its
// own mutations; the text of a signed convention is not edited.

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A commitment as a convention states it, for registerPartnership and addMinistryCommitment. */
export const newCommitment = z.object({ description: localizedText(1000), dueOn: localDate.nullish() }, notNull('a { description, dueOn } commitment'));

const registerSchema = z.object({
  regionCode: regionCodeInput,
  title: localizedText(300),
  summary: localizedText(2000).nullish(),
  signedOn: localDate.nullish(),
  signedMonth: z.string().regex(MONTH, 'must be a month YYYY-MM, e.g. 2018-04').nullish(),
  signingPlace: requiredText(100),
  signatories: z
    .array(
      z.object({ party: z.enum(signatoryParty.enumValues, notNull('REGION or MINISTRY')), name: optionalText(200), title: localizedText(300) }),
      notNull('a list of signatories'),
    )
    .max(10, 'lists at most 10 signatories'),
  objectives: z.array(localizedText(1000)).max(50, 'lists at most 50 objectives').nullish(),
  ministryCommitments: z.array(newCommitment).max(100, 'lists at most 100 commitments; add more with addMinistryCommitment').nullish(),
});

/** The day or month of signature as stored (`signedIn`): the day when known, else the month. */
function signedIn(input: { signedOn?: string | null; signedMonth?: string | null }): string {
  if (input.signedOn) {
    requireDateBounds(input.signedOn, 'input.signedOn');
    requireNotFuture(input.signedOn, 'input.signedOn');
    if (input.signedMonth && input.signedMonth !== input.signedOn.slice(0, 7)) {
      throw badUserInput(`\`input.signedMonth\` (${input.signedMonth}) is not the month of \`input.signedOn\` (${input.signedOn}); give one of them, or both alike.`, 'input.signedMonth');
    }
    return input.signedOn;
  }
  if (!input.signedMonth) throw badUserInput('Give the date of signature: `input.signedOn` (YYYY-MM-DD) or, when only the month is known, `input.signedMonth` (YYYY-MM).', 'input.signedMonth');
  requireDateBounds(`${input.signedMonth}-01`, 'input.signedMonth');
  if (input.signedMonth > today().slice(0, 7)) throw badUserInput(`\`input.signedMonth\` (${input.signedMonth}) is in the future; give the month it was signed.`, 'input.signedMonth');
  return input.signedMonth;
}

/** The first day a convention signed on `signedIn` (a day or a month) can have anything dated. */
export function firstDayOf(signedIn: string): string {
  return signedIn.length === 7 ? `${signedIn}-01` : signedIn;
}

/** A due date is within the bounds and not before the convention was signed. */
export function requireDueDate(dueOn: string | null | undefined, signed: string, argumentName: string): void {
  if (!dueOn) return;
  requireDateBounds(dueOn, argumentName);
  if (dueOn < firstDayOf(signed)) throw badUserInput(`\`${argumentName}\` (${dueOn}) is before the convention was signed (${signed}); check the date.`, argumentName);
}

/**
 * Locks a convention (concurrent additions to it queue up) and returns it with the next free
 * position at the end of its ministry commitments.
 */
export async function lockForNewCommitment(tx: MinistryTransaction, partnershipId: string): Promise<{ signedIn: string; position: number } | undefined> {
  const [partnership] = await tx.select({ signedIn: partnerships.signedIn }).from(partnerships).where(eq(partnerships.id, partnershipId)).for('update');
  if (!partnership) return undefined;
  const [aggregate] = await tx.select({ last: max(ministryCommitments.position) }).from(ministryCommitments).where(eq(ministryCommitments.partnershipId, partnershipId));
  return { signedIn: partnership.signedIn, position: (aggregate?.last ?? 0) + 1 };
}

export async function registerPartnership(context: MinistryContext, rawInput: RegisterPartnershipInput, idempotencyKey?: string | null): Promise<PartnershipRow> {
  const input = parseInput(registerSchema, rawInput);
  const signed = signedIn(input);
  for (const party of signatoryParty.enumValues) {
    if (!input.signatories.some((signatory) => signatory.party === party)) {
      throw badUserInput(`\`input.signatories\` names no ${party} signatory; a convention is signed by both parties, list at least one of each.`, 'input.signatories');
    }
  }
  (input.ministryCommitments ?? []).forEach((commitment, index) => requireDueDate(commitment.dueOn, signed, `input.ministryCommitments.${index}.dueOn`));
  return runMutation(
    context,
    'registerPartnership',
    async ({ tx, audit }) => {
      const regionCode = await requireRegionCode(tx, input.regionCode, 'input.regionCode');
      const [same] = await tx
        .select({ id: partnerships.id })
        .from(partnerships)
        // The same convention whether it was registered with its day or only its month.
        .where(and(eq(partnerships.regionCode, regionCode), eq(partnerships.titleFr, input.title.fr), sql`left(${partnerships.signedIn}, 7) = ${signed.slice(0, 7)}`));
      if (same) throw conflict(`${regionCode} already has the convention "${input.title.fr}" signed ${signed.slice(0, 7)} (id ${same.id}); it is registered once.`, 'input.title');
      const id = randomUUID();
      const [row] = await tx
        .insert(partnerships)
        .values({
          id,
          regionCode,
          titleFr: input.title.fr,
          titleAr: input.title.ar ?? null,
          summaryFr: input.summary?.fr ?? null,
          summaryAr: input.summary?.ar ?? null,
          signedIn: signed,
          signedAt: input.signingPlace,
          objectives: (input.objectives ?? []).map(({ fr, ar }) => ({ fr, ar: ar ?? null })),
        })
        .returning();
      const signatoryRows = input.signatories.map((signatory, index) => ({
        id: randomUUID(),
        partnershipId: id,
        party: signatory.party,
        name: signatory.name ?? null,
        titleFr: signatory.title.fr,
        titleAr: signatory.title.ar ?? null,
        position: index + 1,
      }));
      await tx.insert(signatories).values(signatoryRows);
      const commitments = (input.ministryCommitments ?? []).map((commitment, index) => ({
        id: randomUUID(),
        partnershipId: id,
        descriptionFr: commitment.description.fr,
        descriptionAr: commitment.description.ar ?? null,
        dueOn: commitment.dueOn ?? null,
        position: index + 1,
      }));
      if (commitments.length > 0) await tx.insert(ministryCommitments).values(commitments);
      audit({ targetType: 'Partnership', targetId: id, before: null, after: { ...row, signatories: signatoryRows, ministryCommitments: commitments } });
      return row!;
    },
    { key: idempotencyKey, recall: async (id) => recalled(await context.loaders.partnership.byId.load(id), 'Partnership', id) },
  );
}
