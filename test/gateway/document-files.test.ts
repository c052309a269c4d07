// A document version's file through the gateway: region-hr of its region uploads the bytes
// once (PUT), whoever may read the version downloads them (GET) with the SHA-256 computed on
// receipt; the row rule of reads applies to downloads, and bad uploads store nothing.
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { connect as connectSocket, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { bearerToken, startGraphForTest, type TestGraph } from '../support/harness.js';

let graph: TestGraph;
let origin: string;
beforeAll(async () => {
  graph = await startGraphForTest();
  origin = new URL(graph.url).origin;
});
afterAll(async () => {
  await graph?.close();
});

const hr01: Identity = { subject: 'rh.files@ma01.demo.invalid', role: 'region-hr', regionCode: 'MA-01' };
const hr02: Identity = { subject: 'rh.files@ma02.demo.invalid', role: 'region-hr', regionCode: 'MA-02' };
const viewer01: Identity = { subject: 'viewer.files@ma01.demo.invalid', role: 'region-viewer', regionCode: 'MA-01' };

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function headersFor(as: Identity | null): Promise<Record<string, string>> {
  return as ? { authorization: `Bearer ${await bearerToken(as)}` } : {};
}

async function upload(as: Identity, documentId: string, bytes: Buffer, options: { type?: string; fileName?: string; sha?: string } = {}) {
  const query = options.fileName === undefined ? '?fileName=rec-2018.pdf' : options.fileName ? `?fileName=${encodeURIComponent(options.fileName)}` : '';
  const response = await fetch(`${origin}/files/documents/${documentId}${query}`, {
    method: 'PUT',
    headers: { ...(await headersFor(as)), 'content-type': options.type ?? 'application/pdf', ...(options.sha ? { 'x-content-sha256': options.sha } : {}) },
    body: bytes,
  });
  return { status: response.status, body: (await response.json()) as { data?: { sha256: string; byteSize: number }; errors?: { extensions: { code: string; argumentName?: string } }[] } };
}

async function download(as: Identity | null, url: string) {
  const response = await fetch(`${origin}${url}`, { headers: await headersFor(as) });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** A new unpublished document of MA-01 (version 1), created through the gateway. */
async function newDocument(publish = false): Promise<string> {
  const { body } = await graph.request(
    `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
    { input: { regionCode: 'MA-01', kind: 'JOB_SKILLS_FRAMEWORK', title: { fr: `REC (test ${randomUUID().slice(0, 8)})` }, language: 'FR', publish } },
    { as: hr01 },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.createDocument.id;
}

const FILE_QUERY = `query($id: ID!) { document(id: $id) { id file { fileName mediaType byteSize sha256 uploadedAt downloadUrl } } }`;

describe('a document version’s file', () => {
  it('uploads once, reads back with its SHA-256, and downloads byte for byte', async () => {
    const id = await newDocument();
    const bytes = pdf('Référentiel des emplois et des compétences');
    const first = await upload(hr01, id, bytes, { sha: sha256(bytes) });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.data).toMatchObject({ sha256: sha256(bytes), byteSize: bytes.length });

    const { body } = await graph.request(FILE_QUERY, { id }, { as: viewer01 });
    expect(body.errors).toBeUndefined();
    expect(body.data.document.file).toMatchObject({ fileName: 'rec-2018.pdf', mediaType: 'application/pdf', byteSize: bytes.length, sha256: sha256(bytes), downloadUrl: `/files/documents/${id}` });

    const got = await download(viewer01, body.data.document.file.downloadUrl);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(bytes));
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-sha256')).toBe(sha256(bytes));
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''rec-2018.pdf");

    const again = await upload(hr01, id, pdf('another content'));
    expect(again.status).toBe(409);
    expect(again.body.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const audit = await graph.sql.region`select operation, actor from audit_log where target_type = 'DocumentFile' and target_id = ${id}`;
    expect(audit).toEqual([{ operation: 'uploadDocumentFile', actor: hr01.subject }]);
  });

  it('an unpublished version’s file is its region’s: another region and the public get NOT_FOUND, as for the version itself', async () => {
    const id = await newDocument(false);
    expect((await upload(hr01, id, pdf('draft'))).status).toBe(201);
    for (const caller of [hr02, null]) {
      const got = await download(caller, `/files/documents/${id}`);
      expect(got.status).toBe(404);
      expect(got.bytes.toString()).not.toContain('draft');
    }
    const published = await newDocument(true);
    expect((await upload(hr01, published, pdf('public'))).status).toBe(201);
    expect((await download(null, `/files/documents/${published}`)).status).toBe(200);
  });

  it('only region-hr of the document’s region may upload: another region’s is NOT_FOUND, a viewer FORBIDDEN-equivalent NOT_FOUND, a bad token 401', async () => {
    const id = await newDocument(true);
    expect((await upload(hr02, id, pdf('intrusion'))).body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await upload(viewer01, id, pdf('viewer'))).body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const forged = await fetch(`${origin}/files/documents/${id}?fileName=x.pdf`, { method: 'PUT', headers: { authorization: 'Bearer not-a-token', 'content-type': 'application/pdf' }, body: pdf('x') });
    expect(forged.status).toBe(401);
    const rows = await graph.sql.region`select document_id from document_files where document_id = ${id}`;
    expect(rows).toHaveLength(0);
  });

  it.each([
    ['a content type no document has', { type: 'application/x-msdownload' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'content-type'],
    ['bytes that are not the type declared', { type: 'image/png' }, 415, 'UNSUPPORTED_MEDIA_TYPE', 'content-type'],
    ['a SHA-256 that does not match the bytes', { sha: '0'.repeat(64) }, 400, 'BAD_USER_INPUT', 'x-content-sha256'],
    ['no file name', { fileName: '' }, 400, 'BAD_USER_INPUT', 'fileName'],
    ['a file name with a path', { fileName: '../../etc/passwd' }, 400, 'BAD_USER_INPUT', 'fileName'],
  ])('refuses %s with a coded error and stores nothing', async (_label, options, status, code, argumentName) => {
    const id = await newDocument();
    const refused = await upload(hr01, id, pdf('refused'), options);
    expect(refused.status).toBe(status);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code, argumentName });
    const rows = await graph.sql.region`select document_id from document_files where document_id = ${id}`;
    expect(rows).toHaveLength(0);
  });

  it('goes only to the region subgraph, whatever host an absolute-form request target names', async () => {
    let reached = 0;
    const elsewhere = createServer((_request, response) => {
      reached += 1;
      response.end('internal page');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = elsewhere.address() as AddressInfo;
      const gateway = new URL(graph.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connectSocket(Number(gateway.port), gateway.hostname, () => {
          socket.write(`GET http://127.0.0.1:${port}/files/documents/${randomUUID()} HTTP/1.1\r\nHost: ${gateway.host}\r\nConnection: close\r\n\r\n`);
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(reached).toBe(0);
      expect(answer).not.toContain('internal page');
      expect(answer).toMatch(/^HTTP\/1\.1 404/);
    } finally {
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  it('refuses a file over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const id = await newDocument();
    const big = Buffer.concat([pdf('big'), Buffer.alloc(20 * 1024 * 1024 + 1)]);
    const refused = await upload(hr01, id, big);
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', argumentName: 'body' });
  });
});
