// Production mode at the gateway: no introspection (unless GATEWAY_INTROSPECTION=true), no
// schema hints ("did you mean") in errors, and CSRF prevention on — asserted, not assumed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionSettings } from '../../gateway/src/gateway.js';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

describe('productionSettings', () => {
  it('production: introspection off, schema details hidden, CSRF prevention on', () => {
    expect(productionSettings({ NODE_ENV: 'production' })).toEqual({ introspection: false, hideSchemaDetailsFromClientErrors: true, csrfPrevention: true });
  });
  it('production with GATEWAY_INTROSPECTION=true: introspection on, the rest unchanged', () => {
    expect(productionSettings({ NODE_ENV: 'production', GATEWAY_INTROSPECTION: 'true' })).toEqual({ introspection: true, hideSchemaDetailsFromClientErrors: true, csrfPrevention: true });
  });
  it('development: introspection on, hints shown, CSRF prevention still on', () => {
    expect(productionSettings({ NODE_ENV: 'development' })).toEqual({ introspection: true, hideSchemaDetailsFromClientErrors: false, csrfPrevention: true });
  });
});

describe('a gateway started in production mode', () => {
  let graph: TestGraph;
  const saved = { ...process.env };
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    delete process.env.GATEWAY_INTROSPECTION;
    graph = await startGraphForTest();
  });
  afterAll(async () => {
    process.env.NODE_ENV = saved.NODE_ENV;
    await graph?.close();
  });

  it('refuses introspection', async () => {
    const response = await graph.request('{ __schema { types { name } } }');
    expect(response.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(JSON.stringify(response.body)).not.toContain('StaffMember');
  });

  it('gives no "did you mean" hint for a misspelt field', async () => {
    const response = await graph.request('{ region(code: "MA-01") { nam } }');
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/did you mean/i);
  });

  it('blocks a simple (CSRF-able) GET request without a preflight header', async () => {
    const response = await fetch(`${graph.url}?query=${encodeURIComponent('{ regions { totalCount } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
