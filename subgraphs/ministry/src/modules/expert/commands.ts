import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  expectedVersion, given, idOf, optionalText, parseInput, recallById, requiredText, requireSomeChange, runMutation, updateVersioned,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import { experts } from '../../db/schema.js';
import type { AddExpertInput, UpdateExpertInput } from '../../generated/resolvers-types.js';
import { distinct, themeValue } from '../../write/rules.js';
import { expertRows } from './access.js';
import type { ExpertRow } from './store.js';

// Adding and changing experts. Their missions with regions are in assignment-commands.ts.

const specialties = distinct(themeValue, 'theme').pipe(
  z.array(themeValue).min(1, 'must list at least one theme: an expert is provided for a specialty'),
);
const languages = distinct(
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, 'must be ISO 639 codes of 2 or 3 letters, e.g. fr, ar, en, zgh'),
  'language',
).pipe(z.array(z.string()).min(1, 'must list at least one language the expert works in, e.g. ["fr", "ar"]').max(10, 'must list at most 10 languages'));

const fields = {
  fullName: requiredText(200),
  organisation: requiredText(200),
  specialties,
  languages,
  bio: optionalText(2000),
};

const addInput = z.object(fields);
const updateInput = z.object({
  id: idOf('an Expert'),
  expectedVersion,
  fullName: fields.fullName.optional(),
  organisation: fields.organisation.optional(),
  specialties: specialties.optional(),
  languages: languages.optional(),
  // null or blank clears the bio.
  bio: fields.bio,
});

export async function addExpert(
  context: MinistryContext,
  input: AddExpertInput,
  idempotencyKey: string | null | undefined,
): Promise<ExpertRow> {
  const value = parseInput(addInput, input);
  return runMutation(
    context,
    'addExpert',
    async ({ tx, audit }) => {
      const [row] = await tx
        .insert(experts)
        .values({
          id: randomUUID(),
          fullName: value.fullName,
          organisation: value.organisation,
          specialties: value.specialties,
          languages: value.languages,
          bio: value.bio ?? null,
        })
        .returning();
      audit({ targetType: 'Expert', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, expertRows) },
  );
}

export async function updateExpert(context: MinistryContext, input: UpdateExpertInput): Promise<ExpertRow> {
  const { id, expectedVersion: expected, ...changes } = parseInput(updateInput, input);
  requireSomeChange(changes);
  return runMutation(context, 'updateExpert', async ({ tx, audit, lock }) => {
    const before = await lock(expertRows, id, expected);
    const after = await updateVersioned(tx, experts, before.id, given(changes));
    audit({ targetType: 'Expert', targetId: after.id, before, after });
    return after;
  });
}
