import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { expectedVersion, idOf, parseInput, requiredText, requireNotBefore, runMutation, updateVersioned } from '#kit/write';
import type { RegionContext } from '../../context.js';
import { digitisationStatus, procedureDigitisationEntries, procedures } from '../../db/schema.js';
import type { RecordProcedureDigitisationInput } from '../../generated/resolvers-types.js';
import { effectiveOn } from '../../write/inputs.js';
import { procedureRows } from './access.js';
import type { ProcedureRow } from './store.js';

// The procedure keeps its current digitisation; each change also appends a dated entry, so the
// path from paper to online (and any step back) stays on record.

const digitisationSchema = z.object({
  procedureId: idOf('a procedure'),
  expectedVersion,
  digitisation: z.enum(digitisationStatus.enumValues),
  note: requiredText(2000),
  on: effectiveOn,
});

export async function recordProcedureDigitisation(context: RegionContext, rawInput: RecordProcedureDigitisationInput): Promise<ProcedureRow> {
  const input = parseInput(digitisationSchema, rawInput);
  return runMutation(context, 'recordProcedureDigitisation', async ({ tx, audit, lock }) => {
    const before = await lock(procedureRows, input.procedureId, input.expectedVersion, { idArgument: 'input.procedureId' });
    const [latest] = await tx.select({ on: procedureDigitisationEntries.effectiveOn }).from(procedureDigitisationEntries)
      .where(eq(procedureDigitisationEntries.procedureId, before.id)).orderBy(desc(procedureDigitisationEntries.effectiveOn)).limit(1);
    requireNotBefore(input.on, latest?.on);
    const [entry] = await tx
      .insert(procedureDigitisationEntries)
      .values({
        id: randomUUID(),
        procedureId: before.id,
        effectiveOn: input.on,
        digitisation: input.digitisation,
        previousDigitisation: before.digitisation,
        note: input.note,
        recordedBy: context.actor,
      })
      .returning();
    const after = await updateVersioned(tx, procedures, before.id, { digitisation: input.digitisation });
    audit({ targetType: 'ProcedureDigitisationEntry', targetId: entry!.id, before: null, after: entry });
    audit({ targetType: 'Procedure', targetId: before.id, before, after });
    return after;
  });
}
