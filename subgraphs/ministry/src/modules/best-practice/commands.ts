import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { badUserInput, conflict, notFound } from '#kit/errors';
import {
  idOf, localDate, localizedText, optionalText, parseInput, recallById, regionCodeInput, requiredText, requireRegionCode, runMutation, today,
} from '#kit/write';
import type { MinistryContext } from '../../context.js';
import { bestPracticeAdoptions, bestPractices, programmes } from '../../db/schema.js';
import type { PublishBestPracticeInput, RecordBestPracticeAdoptionInput } from '../../generated/resolvers-types.js';
import { requireDateBounds, requireNotFuture, themeValue } from '../../write/rules.js';
import { bestPracticeAdoptionRows, bestPracticeRows } from './access.js';
import type { BestPracticeAdoptionRow, BestPracticeRow } from './store.js';

const publishInput = z.object({
  title: localizedText(200),
  summary: localizedText(2000),
  theme: themeValue,
  origin: requiredText(200),
  outcomes: optionalText(2000),
  programmeId: idOf('a Programme').nullish(),
  publishedOn: localDate.nullish(),
});

const adoptionInput = z.object({
  bestPracticeId: idOf('a BestPractice'),
  regionCode: regionCodeInput,
  adoptedOn: localDate,
  notes: optionalText(2000),
});

export async function publishBestPractice(
  context: MinistryContext,
  input: PublishBestPracticeInput,
  idempotencyKey: string | null | undefined,
): Promise<BestPracticeRow> {
  const value = parseInput(publishInput, input);
  const programmeId = value.programmeId ?? null;
  const publishedOn = value.publishedOn ?? today();
  requireDateBounds(publishedOn, 'input.publishedOn');
  requireNotFuture(publishedOn, 'input.publishedOn');
  return runMutation(
    context,
    'publishBestPractice',
    async ({ tx, audit }) => {
      if (programmeId) {
        const [programme] = await tx
          .select({ code: programmes.code, startsOn: programmes.startsOn })
          .from(programmes)
          .where(eq(programmes.id, programmeId));
        if (!programme) throw notFound('Programme', programmeId, 'input.programmeId');
        // A practice that came out of a programme cannot predate it.
        if (publishedOn < programme.startsOn) {
          throw badUserInput(
            `\`input.publishedOn\` (${publishedOn}) is before programme ${programme.code} started (${programme.startsOn}); ` +
              'a practice that came out of it is published on or after that day.',
            'input.publishedOn',
          );
        }
      }
      const [row] = await tx
        .insert(bestPractices)
        .values({
          id: randomUUID(),
          titleFr: value.title.fr,
          titleAr: value.title.ar ?? null,
          summaryFr: value.summary.fr,
          summaryAr: value.summary.ar ?? null,
          theme: value.theme,
          origin: value.origin,
          outcomes: value.outcomes ?? null,
          programmeId,
          publishedOn,
        })
        .returning();
      audit({ targetType: 'BestPractice', targetId: row!.id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallById(context.db, bestPracticeRows) },
  );
}

export async function recordBestPracticeAdoption(
  context: MinistryContext,
  input: RecordBestPracticeAdoptionInput,
  idempotencyKey: string | null | undefined,
): Promise<BestPracticeAdoptionRow> {
  const value = parseInput(adoptionInput, input);
  const { bestPracticeId } = value;
  requireDateBounds(value.adoptedOn, 'input.adoptedOn');
  requireNotFuture(value.adoptedOn, 'input.adoptedOn');
  return runMutation(
    context,
    'recordBestPracticeAdoption',
    async ({ tx, audit }) => {
      const regionCode = await requireRegionCode(tx, value.regionCode, 'input.regionCode');
      const [practice] = await tx.select().from(bestPractices).where(eq(bestPractices.id, bestPracticeId));
      if (!practice) throw notFound('BestPractice', bestPracticeId, 'input.bestPracticeId');
      if (value.adoptedOn < practice.publishedOn) {
        throw badUserInput(
          `\`input.adoptedOn\` (${value.adoptedOn}) is before the practice was published (${practice.publishedOn}); give the actual adoption date.`,
          'input.adoptedOn',
        );
      }
      // ON CONFLICT on (practice, region): of concurrent adoptions of one practice by one region,
      // exactly one inserts; the others wait for it, insert nothing and get the CONFLICT below.
      const [row] = await tx
        .insert(bestPracticeAdoptions)
        .values({ id: randomUUID(), bestPracticeId, regionCode, adoptedOn: value.adoptedOn, notes: value.notes ?? null })
        .onConflictDoNothing({ target: [bestPracticeAdoptions.bestPracticeId, bestPracticeAdoptions.regionCode] })
        .returning();
      if (!row) {
        const [existing] = await tx
          .select()
          .from(bestPracticeAdoptions)
          .where(and(eq(bestPracticeAdoptions.bestPracticeId, bestPracticeId), eq(bestPracticeAdoptions.regionCode, regionCode)));
        throw conflict(
          `Region ${regionCode} already adopted this practice on ${existing?.adoptedOn} (adoption ${existing?.id}); a region adopts a practice once.`,
          'input.regionCode',
          { existingId: existing?.id },
        );
      }
      audit({ targetType: 'BestPracticeAdoption', targetId: row.id, before: null, after: row });
      return row;
    },
    { key: idempotencyKey, recall: recallById(context.db, bestPracticeAdoptionRows) },
  );
}
