import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, dayOffset, expectCode, missingUuid, newKey, seed, startClient, type Client } from './mutation-support.js';

// Documents are versioned by adding rows: what was published stays as it was, and every
// version remains queryable.

let client: Client;
beforeAll(async () => {
  client = await startClient();
});
afterAll(async () => {
  await client?.close();
});

const FIELDS = 'id version published publishedOn title { fr ar } language kind partnership { id } versions { id version published title { fr } }';
const CREATE = `mutation($input: CreateDocumentInput!, $key: String) { createDocument(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const ADD = `mutation($input: AddDocumentVersionInput!, $key: String) { addDocumentVersion(input: $input, idempotencyKey: $key) { ${FIELDS} } }`;
const PUBLISH = `mutation($input: PublishDocumentInput!) { publishDocument(input: $input) { ${FIELDS} } }`;

const createInput = (overrides: Record<string, unknown> = {}) => ({
  regionCode: 'MA-01', kind: 'REPORT', title: { fr: 'Rapport annuel (démo)', ar: 'التقرير السنوي' }, language: 'BILINGUAL', ...overrides,
});
const documentCount = async () => Number((await client.region.sql`select count(*) as n from documents`)[0]!.n);

describe('createDocument', () => {
  it('creates version 1 as a draft, or published today under one of the region\'s partnerships, and audits it', async () => {
    const { createDocument: draft } = await client.data(CREATE, { input: createInput() }, 'archiviste');
    expect(draft).toMatchObject({ version: 1, published: false, publishedOn: null, partnership: null, kind: 'REPORT' });
    expect(draft.versions).toEqual([{ id: draft.id, version: 1, published: false, title: { fr: 'Rapport annuel (démo)' } }]);
    const [audit] = await auditRows(client.region, 'Document', draft.id);
    expect(audit).toMatchObject({ actor: 'archiviste', operation: 'createDocument', before: null, after: { id: draft.id, lineageId: draft.id, version: 1 } });

    const { createDocument: published } = await client.data(CREATE, { input: createInput({ publish: true, partnershipId: seed.partnership.tangier2018 }) });
    expect(published).toMatchObject({ published: true, publishedOn: dayOffset(0), partnership: { id: seed.partnership.tangier2018 } });
  });

  it('is idempotent with a key: a retry returns the first document', async () => {
    const key = newKey();
    const before = await documentCount();
    const first = (await client.data(CREATE, { input: createInput(), key })).createDocument;
    const retry = (await client.data(CREATE, { input: createInput(), key })).createDocument;
    expect(retry.id).toBe(first.id);
    expect(await documentCount()).toBe(before + 1);
  });

  it('rejects invalid input, naming the argument', async () => {
    const before = await documentCount();
    const error = (overrides: Record<string, unknown>) => client.errorOf(CREATE, { input: createInput(overrides) });
    expect(expectCode(await error({ title: { fr: '' } }), 'BAD_USER_INPUT', 'input.title.fr')).toMatch(/must not be blank/);
    expectCode(await error({ title: { fr: 'x'.repeat(301) } }), 'BAD_USER_INPUT', 'input.title.fr');
    expectCode(await error({ title: { fr: 'ok', ar: 'x'.repeat(301) } }), 'BAD_USER_INPUT', 'input.title.ar');
    expectCode(await error({ kind: 'POEM' }), 'BAD_USER_INPUT');
    expectCode(await error({ regionCode: 'MA-13' }), 'NOT_FOUND', 'input.regionCode');
    expectCode(await error({ partnershipId: missingUuid }), 'NOT_FOUND', 'input.partnershipId');
    expectCode(await error({ partnershipId: 'x' }), 'BAD_USER_INPUT', 'input.partnershipId');
    expect(expectCode(await error({ partnershipId: seed.partnership.oriental }), 'BAD_USER_INPUT', 'input.partnershipId')).toMatch(/MA-02, not of MA-01/);
    expect(await documentCount()).toBe(before);
  });
});

describe('addDocumentVersion and publishDocument', () => {
  it('adds versions as new rows, keeps the old ones unchanged, and publishes the latest', async () => {
    const v1 = (await client.data(CREATE, { input: createInput({ publish: true }) })).createDocument;
    const v2 = (await client.data(ADD, { input: { documentId: v1.id, expectedVersion: 1, title: { fr: 'Rapport annuel révisé (démo)' } } })).addDocumentVersion;
    expect(v2).toMatchObject({ version: 2, published: false, title: { fr: 'Rapport annuel révisé (démo)', ar: null }, language: 'BILINGUAL' });
    expect(v2.id).not.toBe(v1.id);
    expect(v2.versions.map((v: any) => [v.id, v.version])).toEqual([[v1.id, 1], [v2.id, 2]]);

    // The published version 1 is exactly as it was.
    const { document: old } = await client.data(`{ document(id: "${v1.id}") { ${FIELDS} } }`);
    expect(old).toMatchObject({ version: 1, published: true, publishedOn: dayOffset(0), title: { fr: 'Rapport annuel (démo)', ar: 'التقرير السنوي' } });
    expect(old.versions.map((v: any) => v.version)).toEqual([1, 2]);

    const stale = await client.errorOf(ADD, { input: { documentId: v1.id, expectedVersion: 1 } });
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/is at version 2, not 1/);
    expect(stale.extensions.currentVersion).toBe(2);

    // Publishing goes through any version's id and publishes the latest one.
    const published = (await client.data(PUBLISH, { input: { documentId: v1.id, expectedVersion: 2 } })).publishDocument;
    expect(published).toMatchObject({ id: v2.id, version: 2, published: true, publishedOn: dayOffset(0) });
    const twice = await client.errorOf(PUBLISH, { input: { documentId: v2.id, expectedVersion: 2 } });
    expect(expectCode(twice, 'CONFLICT', 'input.documentId')).toMatch(/already published/);
    const audit = await auditRows(client.region, 'Document', v2.id);
    expect(audit.map((row) => row.operation)).toEqual(['addDocumentVersion', 'publishDocument']);
    expect(audit[1]).toMatchObject({ before: { published: false, publishedOn: null }, after: { published: true, publishedOn: dayOffset(0) } });
  });

  it('lists the seeded history and publishes the seeded draft of the REC', async () => {
    const { document } = await client.data(`{ document(id: "${seed.document(4)}") { versions { id version published } } }`);
    expect(document.versions).toEqual([
      { id: seed.document(3), version: 1, published: true },
      { id: seed.document(4), version: 2, published: false },
    ]);
    const stale = await client.errorOf(PUBLISH, { input: { documentId: seed.document(3), expectedVersion: 1 } });
    expect(expectCode(stale, 'CONFLICT', 'input.expectedVersion')).toMatch(/version 2, not 1/);
    expect((await client.data(PUBLISH, { input: { documentId: seed.document(3), expectedVersion: 2 } })).publishDocument).toMatchObject({ id: seed.document(4), published: true });
  });

  it('answers NOT_FOUND and BAD_USER_INPUT naming the argument', async () => {
    expectCode(await client.errorOf(ADD, { input: { documentId: missingUuid, expectedVersion: 1 } }), 'NOT_FOUND', 'input.documentId');
    expectCode(await client.errorOf(PUBLISH, { input: { documentId: missingUuid, expectedVersion: 1 } }), 'NOT_FOUND', 'input.documentId');
    expectCode(await client.errorOf(ADD, { input: { documentId: 'doc-1', expectedVersion: 1 } }), 'BAD_USER_INPUT', 'input.documentId');
    expectCode(await client.errorOf(ADD, { input: { documentId: seed.document(1), expectedVersion: 0 } }), 'BAD_USER_INPUT', 'input.expectedVersion');
    expectCode(await client.errorOf(ADD, { input: { documentId: seed.document(1), expectedVersion: 2, title: { fr: ' ' } } }), 'BAD_USER_INPUT', 'input.title.fr');
  });

  it('lets one of several concurrent editors of the same version win; a retry with a key adds nothing', async () => {
    const v1 = (await client.data(CREATE, { input: createInput() })).createDocument;
    const results = await Promise.all(Array.from({ length: 6 }, () => client.region.request(ADD, { input: { documentId: v1.id, expectedVersion: 1 } })));
    expect(results.filter((result) => !result.body.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.body.errors)) expectCode(result.body.errors[0], 'CONFLICT', 'input.expectedVersion');
    const key = newKey();
    const first = (await client.data(ADD, { input: { documentId: v1.id, expectedVersion: 2 }, key })).addDocumentVersion;
    const retry = (await client.data(ADD, { input: { documentId: v1.id, expectedVersion: 2 }, key })).addDocumentVersion;
    expect(retry.id).toBe(first.id);
    expect(retry.versions.map((v: any) => v.version)).toEqual([1, 2, 3]);
  });
});
