import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// A web app on an allowed origin can call the gateway from a browser; any other origin gets no
// CORS headers (the browser then refuses), and CSRF prevention still holds.

const allowed = 'https://app.example.org';
let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest({ gatewayLimits: { corsOrigins: [allowed] } });
});
afterAll(() => graph?.close());

const preflight = (origin: string) =>
  fetch(graph.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin with the CORS headers', async () => {
    const response = await preflight(allowed);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives no CORS headers to another origin', async () => {
    const response = await preflight('https://evil.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(graph.url, { method: 'POST', headers: { origin: 'https://evil.example.com', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('the allowed origin’s request answers with the header and exposes the request id', async () => {
    const response = await fetch(graph.url, { method: 'POST', headers: { origin: allowed, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { totalCount } }' }) });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(((await response.json()) as any).data.regions.totalCount).toBe(12);
  });

  it('keeps CSRF prevention: a simple cross-site GET cannot run an operation', async () => {
    const response = await fetch(`${graph.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: allowed } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });
});
