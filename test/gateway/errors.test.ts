// Bad input and failures reach the client as clear GraphQL errors with a code — never a
// stack trace, SQL text or an internal URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, startSubgraphForTest, type TestGraph } from '../support/harness.js';

// Sessions and experts are not public: these requests carry a ministry-analyst token.
const analyst = { as: { subject: 'errors@demo.invalid', role: 'ministry-analyst' as const } };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .+\.ts:\d+|select\s|insert\s|postgres|127\.0\.0\.1|localhost/i);
}

describe('bad input through the gateway', () => {
  it('an inverted date range names the argument to fix', async () => {
    const response = await graph.request('{ trainingSessions(filter: { startsFrom: "2020-01-01", startsTo: "2019-01-01" }) { totalCount } }', undefined, analyst);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.startsFrom' });
    expect(response.body.errors[0].message).toMatch(/must not be after/);
    expectNoInternals(response.body);
  });

  it('a malformed id in a filter is BAD_USER_INPUT, not a database error', async () => {
    const response = await graph.request('{ trainingSessions(filter: { trainerId: "1; drop table x" }) { totalCount } }', undefined, analyst);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.trainerId' });
    expectNoInternals(response.body);
  });

  it('an impossible date is refused by the LocalDate scalar', async () => {
    const response = await graph.request('query($from: LocalDate) { trainingSessions(filter: { startsFrom: $from }) { totalCount } }', { from: '2018-13-45' }, analyst);
    // The gateway cannot parse the scalar itself; the subgraph refuses it and the gateway
    // passes that refusal on as the client's error, not as an opaque subgraph failure.
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/LocalDate|date/i);
    expect(response.body.data?.trainingSessions ?? null).toBeNull();
    expectNoInternals(response.body);
  });

  it('an unknown enum value or field is a validation error', async () => {
    const response = await graph.request('{ trainingSessions(filter: { status: FINISHED }) { totalCount } }', undefined, analyst);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknownField = await graph.request('{ regions { totalCount secret } }', undefined, analyst);
    expect(unknownField.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a syntax error is a parse error', async () => {
    const response = await graph.request('{ regions { ', undefined, analyst);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a bad cursor names `after`', async () => {
    const response = await graph.request('{ experts(after: "bm90LWEtY3Vyc29y") { totalCount } }', undefined, analyst);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('failures', () => {
  it('a subgraph whose database is gone answers DATABASE_UNAVAILABLE without internals, and reports unhealthy', async () => {
    const region = await startSubgraphForTest('region');
    try {
      await region.sql.end();
      const response = await region.request('{ regions { totalCount } }');
      expect(response.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(response.body.errors[0].message).toMatch(/database is unavailable; retry/);
      expectNoInternals(response.body);
      const health = await fetch(new URL('/health', region.url));
      expect(health.status).toBe(503);
    } finally {
      await region.close();
    }
  });
});
