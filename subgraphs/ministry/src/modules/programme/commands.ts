import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { z } from 'zod';
import { conflict } from '#kit/errors';
import {
  expectedVersion, idOf, localDate, localizedText, notNull, parseInput, recallById, regionCodeInput, requireRegionCode, requireSomeChange, runMutation, today, updateVersioned,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import type { MinistryTransaction as Tx } from '../../db/index.js';
import { programmeRegions, programmes } from '../../db/schema.js';
import type { CreateProgrammeInput, UpdateProgrammeInput } from '../../generated/resolvers-types.js';
import { distinct, requirePeriod, themeValue, type Audit } from '../../write/rules.js';
import { programmeRows } from './access.js';
import type { ProgrammeRow } from './store.js';

const code = z
  .string(notNull('a code such as PRG-RH-2018'))
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be letters, digits and single dashes, e.g. PRG-RH-2018')
  .min(3, 'must be at least 3 characters, e.g. PRG-RH-2018')
  .max(40, 'must be at most 40 characters; shorten it');
const objectives = z
  .array(localizedText(500), notNull('a list of objectives'))
  .min(1, 'must list at least one objective: a programme says what it aims at')
  .max(20, 'must list at most 20 objectives; merge some');
const regionCodes = distinct(regionCodeInput, 'region').pipe(z.array(z.string()).max(12, 'lists more than the 12 regions'));

const createInput = z.object({
  code,
  title: localizedText(200),
  theme: themeValue,
  objectives,
  startsOn: localDate,
  endsOn: localDate.nullish(),
  regionCodes: regionCodes.nullish(),
});

const updateInput = z.object({
  id: idOf('a Programme'),
  expectedVersion,
  code: code.optional(),
  title: localizedText(200).optional(),
  theme: themeValue.optional(),
  objectives: objectives.optional(),
  startsOn: localDate.optional(),
  // null clears the end: the programme runs on with no set end.
  endsOn: localDate.nullish(),
  regionCodes: regionCodes.optional(),
});

/** The codes as stored, each checked against the regions table (NOT_FOUND naming its index). */
async function regionsOf(tx: Tx, codes: readonly string[] | null | undefined): Promise<string[]> {
  const regions: string[] = [];
  for (const [index, code] of (codes ?? []).entries()) regions.push(await requireRegionCode(tx, code, `input.regionCodes.${index}`));
  return regions;
}

function codeTaken(taken: string, ownerId: string) {
  return conflict(
    `The programme code "${taken}" is already used by programme ${ownerId}; choose another code.`,
    'input.code',
    { existingId: ownerId },
  );
}

/** Enrols and withdraws regions so the programme has exactly `wanted`; one audit row per link. */
async function setRegions(tx: Tx, audit: Audit, programmeId: string, wanted: string[]): Promise<void> {
  const current = await tx.select().from(programmeRegions).where(eq(programmeRegions.programmeId, programmeId));
  const withdrawn = current.filter((link) => !wanted.includes(link.regionCode));
  const added = wanted.filter((regionCode) => !current.some((link) => link.regionCode === regionCode));
  if (withdrawn.length > 0) {
    await tx.delete(programmeRegions).where(
      and(eq(programmeRegions.programmeId, programmeId), inArray(programmeRegions.regionCode, withdrawn.map((link) => link.regionCode))),
    );
  }
  const enrolled = added.length
    ? await tx
        .insert(programmeRegions)
        // The enrolment date is the day it is recorded, by the partnership's one clock.
        .values(added.map((regionCode) => ({ programmeId, regionCode, enrolledOn: today() })))
        .returning()
    : [];
  const target = (regionCode: string) => `${programmeId}/${regionCode}`;
  for (const link of withdrawn) audit({ targetType: 'ProgrammeEnrolment', targetId: target(link.regionCode), before: link, after: null });
  for (const link of enrolled) audit({ targetType: 'ProgrammeEnrolment', targetId: target(link.regionCode), before: null, after: link });
}

export async function createProgramme(
  context: MinistryContext,
  input: CreateProgrammeInput,
  idempotencyKey: string | null | undefined,
): Promise<ProgrammeRow> {
  const value = parseInput(createInput, input);
  const endsOn = value.endsOn ?? null;
  requirePeriod(value.startsOn, endsOn, { startsOn: 'input.startsOn', endsOn: 'input.endsOn', blame: 'endsOn' });
  return runMutation(
    context,
    'createProgramme',
    async ({ tx, audit }) => {
      const regions = await regionsOf(tx, value.regionCodes);
      // ON CONFLICT rather than a prior SELECT: two creates racing for one code both stay clear.
      const [row] = await tx
        .insert(programmes)
        .values({
          id: randomUUID(),
          code: value.code,
          titleFr: value.title.fr,
          titleAr: value.title.ar ?? null,
          theme: value.theme,
          objectives: value.objectives.map((objective) => ({ fr: objective.fr, ar: objective.ar ?? null })),
          startsOn: value.startsOn,
          endsOn,
        })
        .onConflictDoNothing({ target: programmes.code })
        .returning();
      if (!row) {
        const [owner] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.code, value.code));
        throw codeTaken(value.code, owner?.id ?? 'unknown');
      }
      audit({ targetType: 'Programme', targetId: row.id, before: null, after: row });
      await setRegions(tx, audit, row.id, regions);
      return row;
    },
    { key: idempotencyKey, recall: recallById(context.db, programmeRows) },
  );
}

export async function updateProgramme(context: MinistryContext, input: UpdateProgrammeInput): Promise<ProgrammeRow> {
  const value = parseInput(updateInput, input);
  requireSomeChange(value);
  return runMutation(context, 'updateProgramme', async ({ tx, audit, lock }) => {
    // The input's region codes are checked first, as every other input check is.
    const regions = value.regionCodes ? await regionsOf(tx, value.regionCodes) : undefined;
    const before = await lock(programmeRows, value.id, value.expectedVersion);
    const startsOn = value.startsOn ?? before.startsOn;
    const endsOn = value.endsOn === undefined ? before.endsOn : value.endsOn;
    requirePeriod(startsOn, endsOn, { startsOn: 'input.startsOn', endsOn: 'input.endsOn', blame: value.endsOn ? 'endsOn' : 'startsOn' });
    if (value.code && value.code !== before.code) {
      const [owner] = await tx
        .select({ id: programmes.id })
        .from(programmes)
        .where(and(eq(programmes.code, value.code), ne(programmes.id, before.id)));
      if (owner) throw codeTaken(value.code, owner.id);
    }
    // Version bumps even when only the enrolled regions change: they are part of the programme.
    const after = await updateVersioned(tx, programmes, before.id, {
      ...(value.code !== undefined && { code: value.code }),
      ...(value.title !== undefined && { titleFr: value.title.fr, titleAr: value.title.ar ?? null }),
      ...(value.theme !== undefined && { theme: value.theme }),
      ...(value.objectives !== undefined && {
        objectives: value.objectives.map((objective) => ({ fr: objective.fr, ar: objective.ar ?? null })),
      }),
      startsOn,
      endsOn,
    });
    audit({ targetType: 'Programme', targetId: after.id, before, after });
    if (regions) await setRegions(tx, audit, after.id, regions);
    return after;
  });
}
