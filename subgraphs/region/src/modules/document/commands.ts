import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { changeableRows, type Identity } from '#kit/auth';
import { z } from 'zod';
import { requireId } from '#kit/db';
import { conflict, notFound } from '#kit/errors';
import {
  expectedVersion, expectVersion, idOf, localizedText, parseInput, recalled, regionCodeInput, requireRegionCode, runMutation, today,
} from '#kit/write';
import type { RegionContext } from '../../context.js';
import type { RegionTransaction } from '../../db/index.js';
import { documents } from '../../db/schema.js';
import type {
  AddDocumentVersionInput, CreateDocumentInput, PublishDocumentInput,
} from '../../generated/resolvers-types.js';
import { requirePartnershipOf } from '../partnership/rules.js';
import { documentRows } from './access.js';
import type { DocumentRow } from './store.js';

// A document's versions are rows sharing a lineage; a new version is a new row, so what was
// published stays exactly as it was. Changes to one lineage are serialised by locking its first
// version's row, and the unique (lineage, version) backs that up.

const TITLE_MAX = 300;
const kind = z.enum(['ORGANISATION_CHART', 'JOB_SKILLS_FRAMEWORK', 'PROCEDURE_MANUAL', 'ACTION_PLAN', 'TRAINING_PLAN', 'REPORT']);
const language = z.enum(['FR', 'AR', 'BILINGUAL']);

const createSchema = z.object({
  regionCode: regionCodeInput,
  kind,
  title: localizedText(TITLE_MAX),
  language,
  partnershipId: idOf('one of the region\'s partnerships').nullish(),
  publish: z.boolean().nullish(),
});

const addVersionSchema = z.object({
  documentId: idOf('a document'),
  expectedVersion,
  title: localizedText(TITLE_MAX).nullish(),
  language: language.nullish(),
  publish: z.boolean().nullish(),
});

const publishSchema = z.object({ documentId: idOf('a document'), expectedVersion });

function recallDocument(context: RegionContext) {
  return async (id: string) => recalled(await context.loaders.document.byId.load(id), 'Document', id);
}

export async function createDocument(context: RegionContext, rawInput: CreateDocumentInput, idempotencyKey?: string | null): Promise<DocumentRow> {
  const input = parseInput(createSchema, rawInput);
  return runMutation(
    context,
    'createDocument',
    async ({ tx, audit, requireRegionChange }) => {
      const region = await requireRegionCode(tx, input.regionCode, 'input.regionCode');
      requireRegionChange(region, 'input.regionCode');
      if (input.partnershipId) await requirePartnershipOf(tx, context, input.partnershipId, region);
      const id = randomUUID();
      const [row] = await tx
        .insert(documents)
        .values({
          id,
          lineageId: id,
          regionCode: region,
          kind: input.kind,
          titleFr: input.title.fr,
          titleAr: input.title.ar,
          language: input.language,
          version: 1,
          published: input.publish ?? false,
          publishedOn: input.publish ? today() : null,
          partnershipId: input.partnershipId ?? null,
        })
        .returning();
      audit({ targetType: 'Document', targetId: id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallDocument(context) },
  );
}

/**
 * Locks the document's lineage and returns its latest version. A document of a region the
 * caller may not change answers NOT_FOUND, as an unknown id does.
 */
async function lockLatestVersion(tx: RegionTransaction, identity: Identity, rawId: string): Promise<DocumentRow> {
  const documentId = requireId(rawId, 'input.documentId');
  const [named] = await tx.select({ lineageId: documents.lineageId }).from(documents)
    .where(and(eq(documents.id, documentId), changeableRows(documentRows, identity)));
  if (!named) throw notFound('Document', rawId, 'input.documentId');
  await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, named.lineageId)).for('update');
  // A statement after the lock: under READ COMMITTED it sees a version committed meanwhile.
  const [latest] = await tx.select().from(documents).where(eq(documents.lineageId, named.lineageId)).orderBy(desc(documents.version)).limit(1);
  return latest!;
}

export async function addDocumentVersion(
  context: RegionContext,
  rawInput: AddDocumentVersionInput,
  idempotencyKey?: string | null,
): Promise<DocumentRow> {
  const input = parseInput(addVersionSchema, rawInput);
  return runMutation(
    context,
    'addDocumentVersion',
    async ({ tx, audit }) => {
      const latest = await lockLatestVersion(tx, context.identity, input.documentId);
      expectVersion('Document', latest, input.expectedVersion);
      const id = randomUUID();
      const [row] = await tx
        .insert(documents)
        .values({
          id,
          lineageId: latest.lineageId,
          regionCode: latest.regionCode,
          kind: latest.kind,
          titleFr: input.title?.fr ?? latest.titleFr,
          titleAr: input.title ? input.title.ar : latest.titleAr,
          language: input.language ?? latest.language,
          version: latest.version + 1,
          published: input.publish ?? false,
          publishedOn: input.publish ? today() : null,
          // The partnership link records what was provided under it: that older version.
          partnershipId: null,
        })
        .returning();
      audit({ targetType: 'Document', targetId: id, before: null, after: row });
      return row!;
    },
    { key: idempotencyKey, recall: recallDocument(context) },
  );
}

export async function publishDocument(context: RegionContext, rawInput: PublishDocumentInput): Promise<DocumentRow> {
  const input = parseInput(publishSchema, rawInput);
  return runMutation(context, 'publishDocument', async ({ tx, audit }) => {
    const latest = await lockLatestVersion(tx, context.identity, input.documentId);
    if (latest.published && latest.version === input.expectedVersion) {
      throw conflict(
        `Version ${latest.version} of this document is already published (on ${latest.publishedOn}); add a new version with addDocumentVersion to publish a change.`,
        'input.documentId',
      );
    }
    expectVersion('Document', latest, input.expectedVersion);
    const [row] = await tx
      .update(documents)
      .set({ published: true, publishedOn: today() })
      .where(eq(documents.id, latest.id))
      .returning();
    audit({ targetType: 'Document', targetId: latest.id, before: latest, after: row });
    return row!;
  });
}
