// Only the gateway can talk to a subgraph: a call without its signed internal token, or with
// a forged one, is a 401 that carries no data and writes nothing — queries, `_entities`,
// `_service` and mutations alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_AUDIENCE, INTERNAL_IDENTITY_HEADER, INTERNAL_ISSUER, secretKey, signIdentityToken, type Identity } from '#kit/auth';
import { SERVICE_IDENTITY, startSubgraphForTest, TEST_AUTH, type GraphQLResponse, type TestSubgraph } from '../support/harness.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const CALLS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  query: { query: '{ programmes(first: 5) { totalCount edges { node { id code } } } }' },
  _entities: {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Programme { id code } } }',
    variables: { r: [{ __typename: 'Programme', id: '0b000000-0000-4000-8000-000000000001' }] },
  },
  _service: { query: '{ _service { sdl } }' },
  mutation: {
    query: 'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id code } }',
    variables: {
      input: { code: 'PRG-INTRUDER', title: { fr: 'Intrus (démo)' }, theme: 'HR_MANAGEMENT', objectives: [{ fr: 'x' }], startsOn: '2024-01-01', regionCodes: ['MA-01'] },
    },
  },
};

const anyone: Identity = { subject: 'intruder', role: 'ministry-admin' };
const FORGED: Record<string, () => Promise<string>> = {
  'signed with another secret': () =>
    signIdentityToken(anyone, secretKey('not-the-internal-secret-0123456789abcdef'), { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, expiresIn: '60s' }),
  expired: () => signIdentityToken(anyone, secretKey(TEST_AUTH.internalSecret), { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, expiresIn: '-2m' }),
  'for another audience': () => signIdentityToken(anyone, secretKey(TEST_AUTH.internalSecret), { issuer: INTERNAL_ISSUER, audience: 'passerelle', expiresIn: '60s' }),
  // A client token (from the gateway's issuer and secret) is no internal token.
  'a client bearer token': () =>
    signIdentityToken(anyone, secretKey(TEST_AUTH.clientTokens.secret), { issuer: TEST_AUTH.clientTokens.issuer, audience: TEST_AUTH.clientTokens.audience, expiresIn: '60s' }),
  garbage: async () => 'not.a.jwt',
};

function expectRefused(response: GraphQLResponse): void {
  expect(response.status).toBe(401);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  // Nothing of the data or the schema leaks in the message.
  expect(JSON.stringify(response.body)).not.toMatch(/PRG-|type Query|0b000000|Programme/);
}

describe('a direct call without the internal token', () => {
  for (const [kind, call] of Object.entries(CALLS)) {
    it(`is refused: ${kind}`, async () => {
      expectRefused(await ministry.request(call.query, call.variables, { as: null }));
    });
  }

  it('is refused even with the identity headers a client might invent', async () => {
    const response = await ministry.request(CALLS.mutation!.query, CALLS.mutation!.variables, {
      as: null,
      headers: { 'x-passerelle-actor': 'ministry-admin', authorization: 'Bearer whatever' },
    });
    expectRefused(response);
  });

  it('is refused over GET too', async () => {
    const response = await fetch(`${ministry.url}?query=${encodeURIComponent('{ _service { sdl } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(response.status).toBe(401);
    expect(await response.text()).not.toMatch(/type Query/);
  });

  it('leaves /health open', async () => {
    const response = await fetch(new URL('/health', ministry.url));
    expect(response.status).toBe(200);
  });
});

describe('a direct call with a forged internal token', () => {
  for (const [forgery, sign] of Object.entries(FORGED)) {
    for (const [kind, call] of Object.entries(CALLS)) {
      it(`is refused: ${forgery}, ${kind}`, async () => {
        const response = await ministry.request(call.query, call.variables, { as: null, headers: { [INTERNAL_IDENTITY_HEADER]: await sign() } });
        expectRefused(response);
      });
    }
  }

  it('says what is wrong with the token', async () => {
    const expired = await ministry.request('{ __typename }', undefined, { as: null, headers: { [INTERNAL_IDENTITY_HEADER]: await FORGED.expired!() } });
    expect(expired.body.errors[0].message).toMatch(/expired/);
    const audience = await ministry.request('{ __typename }', undefined, { as: null, headers: { [INTERNAL_IDENTITY_HEADER]: await FORGED['for another audience']!() } });
    expect(audience.body.errors[0].message).toMatch(/audience/);
  });

  it('wrote nothing, with or without a token', async () => {
    const [row] = await ministry.sql<{ n: number }[]>`select count(*)::int as n from programmes where code = 'PRG-INTRUDER'`;
    expect(row!.n).toBe(0);
  });
});

describe('a call with a valid internal token', () => {
  it('is answered', async () => {
    const ok = await ministry.request(CALLS._service!.query, undefined, { as: SERVICE_IDENTITY });
    expect(ok.status).toBe(200);
    expect(ok.body.data._service.sdl).toMatch(/type Programme/);
  });
});
