import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import { readmeQueries, readmeQueryRoles } from '../support/readme.js';

// Hostile and mistaken requests: each is answered or refused quickly, with a 4xx status, a
// GraphQL JSON body and a code — never a 500, an HTML page or a stack — and the graph keeps
// answering afterwards.

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
let graph: TestGraph;

beforeAll(async () => {
  graph = await startGraphForTest();
});

afterAll(() => graph?.close());

/** Sends a raw body; returns status, parsed JSON (or the text) and how long it took. */
async function send(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const started = performance.now();
  const response = await fetch(graph.url, { method: 'POST', headers: { 'apollo-require-preflight': 'true', ...headers }, body });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, body: json, millis: performance.now() - started, type: response.headers.get('content-type') ?? '' };
}

const query = (text: string, extra: Record<string, unknown> = {}) => send(JSON.stringify({ query: text, ...extra }));

function expectRefused(result: Awaited<ReturnType<typeof send>>, status: number, code: string, within = 2000) {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  expect(result.type).toMatch(/application\/json/);
  expect(result.body.errors[0].extensions.code).toBe(code);
  expect(JSON.stringify(result.body)).not.toMatch(/stacktrace|<html|\bat \/|node_modules|select /i);
  expect(result.millis).toBeLessThan(within);
}

const nest = (levels: number) => {
  let selection = 'code';
  for (let level = 0; level < levels; level += 1) selection = level % 2 === 0 ? `programmes { edges { node { code regions { ${selection} } } } }` : selection;
  return `{ regions { edges { node { ${selection} } } } }`;
};

describe('operation limits, checked before any fetch', () => {
  it('every answer carries its estimated cost; README queries fit every budget', async () => {
    const roles = readmeQueryRoles();
    for (const [index, text] of readmeQueries().entries()) {
      const role = roles[index];
      const response = await graph.request(text, {}, role ? { as: { subject: 'readme', role } as Identity } : {});
      expect(response.body.errors, text).toBeUndefined();
      expect(response.body.extensions.cost).toBeGreaterThan(0);
      expect(response.body.extensions.cost).toBeLessThan(1000);
    }
  });

  it('refuses the nested analyst query with the cost it would have had', async () => {
    const started = performance.now();
    const response = await graph.request(
      '{ experts { edges { node { trainingSessions { edges { node { enrollments { edges { node { staffMember { enrollments { edges { node { id } } } } } } } } } } } } } }',
      {},
      { as: analyst },
    );
    expect(response.status).toBe(400);
    const error = response.body.errors[0];
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 50_000 });
    expect(error.extensions.found).toBeGreaterThan(50_000);
    expect(error.message).toMatch(/would cost \d+, above the 50000 allowed for your role \(ministry-analyst\)/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('budgets follow the role: what an analyst may ask, the public may not', async () => {
    const text = '{ programmes(first: 50) { edges { node { regions { code programmes { totalCount } } } } } }';
    const asPublic = await graph.request(text);
    expect(asPublic.status).toBe(400);
    expect(asPublic.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const asAnalyst = await graph.request(text, {}, { as: analyst });
    expect(asAnalyst.body.errors).toBeUndefined();
  });

  it('costs one document by its variables: the same text passes with small pages and is refused with large ones', async () => {
    const text = 'query($n: Int) { programmes(first: $n) { edges { node { regions { code programmes(first: $n) { totalCount } } } } } }';
    const costOf = async (n: number) => graph.request(text, { n });
    const small = await costOf(2);
    expect(small.body.errors).toBeUndefined();
    const large = await costOf(100);
    expect(large.status).toBe(400);
    expect(large.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(large.body.errors[0].extensions.found).toBeGreaterThan(small.body.extensions.cost);
    // Asked again, each gets the same verdict and cost (nothing carried over between them).
    expect((await costOf(2)).body.extensions.cost).toBe(small.body.extensions.cost);
    expect((await costOf(100)).body.errors[0].extensions.found).toBe(large.body.errors[0].extensions.found);
  });

  it('refuses depth, aliases and directives past their limits, naming the limit', async () => {
    expectRefused(await query(nest(30)), 400, 'QUERY_TOO_DEEP');
    const aliases = await query(`{ ${Array.from({ length: 40 }, (_, i) => `r${i}: region(code: "MA-01") { code }`).join(' ')} }`);
    expectRefused(aliases, 400, 'TOO_MANY_ALIASES');
    expect(aliases.body.errors[0].extensions.limit).toBe(30);
    expectRefused(await query(`{ ${'... @include(if: true) { __typename } '.repeat(25)} }`), 400, 'TOO_MANY_DIRECTIVES');
  });

  it('stops huge documents at the parser: thousands of fields, conflicting same-named fields', async () => {
    // 30,000 fields (330 KB) are past the body limit; 8,000 (88 KB) reach the parser, which stops.
    expectRefused(await query(`{ ${'__typename '.repeat(30_000)} }`), 413, 'PAYLOAD_TOO_LARGE');
    expectRefused(await query(`{ ${'__typename '.repeat(8_000)} }`), 400, 'TOO_MANY_TOKENS');
    const conflicting = `{ ${Array.from({ length: 5000 }, (_, i) => `regions(first: ${i % 100}) { totalCount }`).join(' ')} }`;
    expectRefused(await send(JSON.stringify({ query: conflicting })), 413, 'PAYLOAD_TOO_LARGE');
    const underBody = `{ ${Array.from({ length: 900 }, (_, i) => `regions(first: ${i % 100}) { totalCount }`).join(' ')} }`;
    expectRefused(await query(underBody), 400, 'TOO_MANY_TOKENS');
  });

  it('stops fragment cycles and fragment bombs', async () => {
    expectRefused(await query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 400, 'GRAPHQL_VALIDATION_FAILED');
    const levels = 30;
    const bomb = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ') +
      ` fragment F${levels} on Query { regions { totalCount } }`;
    expectRefused(await query(`query { ...F0 } ${bomb}`), 400, 'QUERY_TOO_COMPLEX');
  });

  it('refuses batches (a JSON array of operations)', async () => {
    const result = await send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(/<html|stack/i);
  });
});

describe('client mistakes are 4xx with a code', () => {
  it('operation selection: several operations without operationName, an unknown or empty name', async () => {
    expectRefused(await query('query A { __typename } query B { __typename }'), 400, 'OPERATION_RESOLUTION_FAILURE');
    const unknown = await query('query A { __typename }', { operationName: 'Nope' });
    expectRefused(unknown, 400, 'OPERATION_RESOLUTION_FAILURE');
    expect(unknown.body.errors[0].message).toMatch(/"Nope" names no operation/);
    expectRefused(await query('query A { __typename }', { operationName: '' }), 400, 'OPERATION_RESOLUTION_FAILURE');
  });

  it('subscriptions are refused, not crashed on', async () => {
    expectRefused(await query('subscription { __typename }'), 400, 'OPERATION_RESOLUTION_FAILURE');
  });

  it('a NUL character in a variable or an inline value is BAD_USER_INPUT naming the argument', async () => {
    const inVariable = await send(JSON.stringify({ query: 'query($s: String) { regions(filter: { search: $s }) { totalCount } }', variables: { s: 'a\u0000b' } }));
    expectRefused(inVariable, 400, 'BAD_USER_INPUT');
    expect(inVariable.body.errors[0].extensions.argumentName).toBe('$s');
    // Twice: the second request reuses the parsed document, and the refusal stays.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const inline = await query('{ regions(filter: { search: "a\\u0000b" }) { totalCount } }');
      expectRefused(inline, 400, 'BAD_USER_INPUT');
      expect(inline.body.errors[0].extensions.argumentName).toBe('filter');
    }
    // A clean value of the same shape passes.
    expect((await query('{ regions(filter: { search: "ab" }) { totalCount } }')).body).not.toHaveProperty('errors');
  });

  it('a missing or mistyped variable is BAD_USER_INPUT naming it (the cost estimate reads variables first)', async () => {
    const text = 'query($code: ID!, $first: Int) { region(code: $code) { code } regions(first: $first) { totalCount } }';
    const missing = await send(JSON.stringify({ query: text }));
    expectRefused(missing, 400, 'BAD_USER_INPUT');
    expect(missing.body.errors[0].message).toMatch(/Variable "\$code" of required type "ID!" was not provided/);
    expect(missing.body.errors[0].extensions.argumentName).toBe('$code');
    const mistyped = await send(JSON.stringify({ query: text, variables: { code: 'MA-01', first: 'ten' } }));
    expectRefused(mistyped, 400, 'BAD_USER_INPUT');
    expect(mistyped.body.errors[0].extensions.argumentName).toBe('$first');
  });

  it('bodies: invalid JSON, too large, wrong content type, bad gzip', async () => {
    expectRefused(await send('{"query": '), 400, 'BAD_REQUEST');
    expectRefused(await send(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(1_000_000) } })), 413, 'PAYLOAD_TOO_LARGE');
    expectRefused(await send('{ __typename }', { 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectRefused(await send('not gzip at all', { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
    expectRefused(await send('{}', { 'content-type': 'application/json', 'content-encoding': 'br-nope' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    // A well-formed gzip body is accepted.
    const zipped = await send(gzipSync(JSON.stringify({ query: '{ regions { totalCount } }' })), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(zipped.body.data.regions.totalCount).toBe(12);
  });

  it('after all of it the graph still answers', async () => {
    const response = await graph.request('{ regions { totalCount } }');
    expect(response.body.data.regions.totalCount).toBe(12);
  });
});

describe('answer size', () => {
  it('an answer above GATEWAY_MAX_RESPONSE_BYTES is refused with RESPONSE_TOO_LARGE, its size and the limit', async () => {
    const small = await startGraphForTest({ gatewayLimits: { maxResponseBytes: 500 } });
    try {
      const response = await small.request('{ regions(first: 12) { edges { node { code name { fr ar } } } } }');
      expect(response.status).toBe(400);
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: 500 });
      expect(response.body.errors[0].extensions.found).toBeGreaterThan(500);
      expect(response.body.data).toBeUndefined();
      const fits = await small.request('{ regions { totalCount } }');
      expect(fits.body.data.regions.totalCount).toBe(12);
    } finally {
      await small.close();
    }
  });
});
