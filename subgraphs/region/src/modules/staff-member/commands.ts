import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  expectedVersion, given, idOf, notNull, optionalText, parseInput, recalled, regionCodeInput, requiredText, requireRegionCode, requireSomeChange, runMutation, updateVersioned,
} from '#kit/write';
import type { RegionContext } from '../../context.js';
import { staffMemberRows } from './access.js';
import { staffMembers, theme } from '../../db/schema.js';
import type { CreateStaffMemberInput, UpdateStaffMemberInput } from '../../generated/resolvers-types.js';
import type { StaffMemberRow } from './store.js';

const TEXT_MAX = 200;

const contact = z.object({
  email: z.email('must be an e-mail address, e.g. name@example.org').max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`).nullish().transform((value) => value ?? null),
  phone: optionalText(40).refine((phone) => phone == null || /^\+?[0-9 ().-]{6,40}$/.test(phone), {
    message: 'must be a phone number: digits, spaces and + ( ) . - only, at least 6 characters',
  }),
});

// Échelles 1–11 of the pay grid; « hors échelle » has none (null).
const scale = z.number().int('must be a whole number').min(1, 'must be an échelle from 1 to 11, or null for « hors échelle »')
  .max(11, 'must be an échelle from 1 to 11, or null for « hors échelle »');

const competencies = z.array(z.enum(theme.enumValues), notNull('a list of themes')).max(theme.enumValues.length)
  .refine((values) => new Set(values).size === values.length, { message: 'must not repeat a theme' });

const fields = {
  fullName: requiredText(TEXT_MAX),
  grade: requiredText(TEXT_MAX),
  scale: scale.nullish(),
  corps: requiredText(TEXT_MAX),
  department: requiredText(TEXT_MAX),
  jobTitle: requiredText(TEXT_MAX),
  competencies: competencies.nullish(),
  contact: contact.nullish(),
};

const createSchema = z.object({ regionCode: regionCodeInput, ...fields });
const updateSchema = z.object({
  id: idOf('a staff member'),
  expectedVersion,
  fullName: fields.fullName.optional(),
  grade: fields.grade.optional(),
  scale: fields.scale,
  corps: fields.corps.optional(),
  department: fields.department.optional(),
  jobTitle: fields.jobTitle.optional(),
  competencies: competencies.optional(),
  contact: fields.contact,
});

export async function createStaffMember(
  context: RegionContext,
  rawInput: CreateStaffMemberInput,
  idempotencyKey?: string | null,
): Promise<StaffMemberRow> {
  const input = parseInput(createSchema, rawInput);
  return runMutation(
    context,
    'createStaffMember',
    async ({ tx, audit, requireRegionChange }) => {
      const region = await requireRegionCode(tx, input.regionCode, 'input.regionCode');
      requireRegionChange(region, 'input.regionCode');
      const id = randomUUID();
      const [row] = await tx
        .insert(staffMembers)
        .values({
          id,
          regionCode: region,
          fullName: input.fullName,
          grade: input.grade,
          scale: input.scale ?? null,
          corps: input.corps,
          department: input.department,
          jobTitle: input.jobTitle,
          competencies: input.competencies ?? [],
          email: input.contact?.email ?? null,
          phone: input.contact?.phone ?? null,
        })
        .returning();
      audit({ targetType: 'StaffMember', targetId: id, before: null, after: row });
      return row!;
    },
    {
      key: idempotencyKey,
      recall: async (id) => recalled(await context.loaders.staffMember.byId.load(id), 'StaffMember', id),
    },
  );
}

export async function updateStaffMember(context: RegionContext, rawInput: UpdateStaffMemberInput): Promise<StaffMemberRow> {
  const { id, expectedVersion: expected, contact: newContact, ...changes } = parseInput(updateSchema, rawInput);
  const values = {
    ...given(changes),
    // Contact details are one unit: giving them replaces both, null clears both.
    ...(newContact !== undefined ? { email: newContact?.email ?? null, phone: newContact?.phone ?? null } : {}),
  };
  requireSomeChange(values);
  return runMutation(context, 'updateStaffMember', async ({ tx, audit, lock }) => {
    const before = await lock(staffMemberRows, id, expected);
    const after = await updateVersioned(tx, staffMembers, before.id, values);
    audit({ targetType: 'StaffMember', targetId: before.id, before, after });
    return after;
  });
}
