import { randomUUID } from 'node:crypto';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { conflict } from '#kit/errors';
import {
  expectedVersion, given, idOf, localizedText, notNull, parseInput, recallById, regionCodeInput, requiredText, requireNotBefore, requireRegionCode,
  requireSomeChange, runMutation, updateVersioned,
} from '#kit/write';
import type { RegionContext } from '../../context.js';
import type { RegionTransaction } from '../../db/index.js';
import { digitisationStatus, procedureDigitisationEntries, procedures, theme } from '../../db/schema.js';
import type { CreateProcedureInput, RecordProcedureDigitisationInput, UpdateProcedureInput } from '../../generated/resolvers-types.js';
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

// A procedure's description (name, documents, steps, time, cost) is edited whole or field by
// field; its digitisation changes only through recordProcedureDigitisation, which keeps the
// dated history. A region lists each procedure once by French name.

const NAME_MAX = 300;
const ITEM_MAX = 1000;
const describedFields = {
  name: localizedText(NAME_MAX),
  requiredDocuments: z.array(localizedText(ITEM_MAX), notNull('a list of documents')).max(50, 'lists at most 50 documents'),
  steps: z.array(localizedText(ITEM_MAX), notNull('a list of steps')).max(50, 'lists at most 50 steps'),
  processingDays: z.number().int().min(0, 'must be 0 or more days').max(3650, 'must be at most 3650 days (ten years); check the number').nullish(),
  costMad: z.number(notNull('an amount in dirhams (0 when free)')).min(0, 'must be 0 or more dirhams (0 when free)').max(1_000_000, 'must be at most 1,000,000 dirhams; check the amount')
    .refine((cost) => Math.abs(cost * 100 - Math.round(cost * 100)) < 1e-6, 'must have at most two decimals (centimes)'),
  citizenNeed: localizedText(ITEM_MAX).nullish(),
  theme: z.enum(theme.enumValues).nullish(),
};
const createProcedureSchema = z.object({
  regionCode: regionCodeInput,
  ...describedFields,
  requiredDocuments: describedFields.requiredDocuments.nullish(),
  steps: describedFields.steps.nullish(),
  costMad: describedFields.costMad.nullish(),
  digitisation: z.enum(digitisationStatus.enumValues, notNull('a DigitisationStatus')),
});
const updateProcedureSchema = z.object({
  procedureId: idOf('a procedure'),
  expectedVersion,
  name: describedFields.name.optional(),
  requiredDocuments: describedFields.requiredDocuments.optional(),
  steps: describedFields.steps.optional(),
  processingDays: describedFields.processingDays,
  costMad: describedFields.costMad.optional(),
  citizenNeed: describedFields.citizenNeed,
  theme: describedFields.theme,
});

type LocalizedInput = { fr: string; ar?: string | null };
const stored = (list: LocalizedInput[]) => list.map(({ fr, ar }) => ({ fr, ar: ar ?? null }));

async function requireUniqueName(tx: RegionTransaction, regionCode: string, nameFr: string, except?: string): Promise<void> {
  // Two requests naming the same procedure at once take turns (the check below then sees the first).
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`procedure|${regionCode}|${nameFr}`}, 0))`);
  const [same] = await tx.select({ id: procedures.id }).from(procedures)
    .where(and(eq(procedures.regionCode, regionCode), eq(procedures.nameFr, nameFr), except ? ne(procedures.id, except) : undefined));
  if (same) throw conflict(`${regionCode} already lists a procedure named "${nameFr}" (id ${same.id}); update that one, or give another name.`, 'input.name.fr');
}

export async function createProcedure(context: RegionContext, rawInput: CreateProcedureInput, idempotencyKey?: string | null): Promise<ProcedureRow> {
  const input = parseInput(createProcedureSchema, rawInput);
  return runMutation(
    context,
    'createProcedure',
    async ({ tx, audit, requireRegionChange }) => {
      const regionCode = await requireRegionCode(tx, input.regionCode, 'input.regionCode');
      requireRegionChange(regionCode, 'input.regionCode');
      await requireUniqueName(tx, regionCode, input.name.fr);
      const [row] = await tx
        .insert(procedures)
        .values({
          id: randomUUID(),
          regionCode,
          nameFr: input.name.fr,
          nameAr: input.name.ar ?? null,
          requiredDocuments: stored(input.requiredDocuments ?? []),
          steps: stored(input.steps ?? []),
          processingDays: input.processingDays ?? null,
          costMad: input.costMad ?? 0,
          digitisation: input.digitisation,
          citizenNeedFr: input.citizenNeed?.fr ?? null,
          citizenNeedAr: input.citizenNeed?.ar ?? null,
          theme: input.theme ?? null,
        })
        .returning();
      audit({ targetType: 'Procedure', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, procedureRows) },
  );
}

export async function updateProcedure(context: RegionContext, rawInput: UpdateProcedureInput): Promise<ProcedureRow> {
  const input = parseInput(updateProcedureSchema, rawInput);
  requireSomeChange(input, ['procedureId', 'expectedVersion']);
  return runMutation(context, 'updateProcedure', async ({ tx, audit, lock }) => {
    const before = await lock(procedureRows, input.procedureId, input.expectedVersion, { idArgument: 'input.procedureId' });
    if (input.name) await requireUniqueName(tx, before.regionCode, input.name.fr, before.id);
    const changes = given({
      nameFr: input.name?.fr,
      nameAr: input.name ? input.name.ar ?? null : undefined,
      requiredDocuments: input.requiredDocuments ? stored(input.requiredDocuments) : undefined,
      steps: input.steps ? stored(input.steps) : undefined,
      processingDays: input.processingDays,
      costMad: input.costMad,
      citizenNeedFr: input.citizenNeed === undefined ? undefined : input.citizenNeed?.fr ?? null,
      citizenNeedAr: input.citizenNeed === undefined ? undefined : input.citizenNeed?.ar ?? null,
      theme: input.theme,
    });
    const after = await updateVersioned(tx, procedures, before.id, changes);
    audit({ targetType: 'Procedure', targetId: before.id, before, after });
    return after;
  });
}
