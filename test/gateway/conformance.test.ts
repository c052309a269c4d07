// The conformance suite (npm run conformance) against the local graph, where every check must
// pass, and against a deployment that leaks another region's rows, where the isolation check
// must fail: a real HTTP proxy in front of the gateway that swaps the caller's region-hr token
// for a ministry-analyst one — a gateway misconfigured so that everyone reads every region.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { junitXml, runChecks } from '../../scripts/conformance/checks.js';
import { bearerToken, startGraphForTest, type TestGraph } from '../support/harness.js';

const hr03: Identity = { subject: 'conformance-test-MA-03', role: 'region-hr', regionCode: 'MA-03' };
const analyst: Identity = { subject: 'conformance-test-analyst', role: 'ministry-analyst' };

let graph: TestGraph;
let leaky: Server;
beforeAll(async () => {
  graph = await startGraphForTest();
  const analystToken = await bearerToken(analyst);
  leaky = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await fetch(graph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(request.headers.authorization ? { authorization: `Bearer ${analystToken}` } : {}) },
      body: Buffer.concat(chunks),
    });
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => leaky.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await new Promise((resolve) => leaky?.close(resolve));
  await graph?.close();
});

describe('npm run conformance', () => {
  it('passes every check against the local graph, and writes JUnit XML', async () => {
    const target = { gatewayUrl: graph.url, region: 'MA-03', token: await bearerToken(hr03), auditToken: await bearerToken(analyst) };
    const results = await runChecks(target);
    expect(results.filter((result) => !result.passed || result.skipped).map((result) => `${result.name}: ${result.detail}`)).toEqual([]);
    expect(results).toHaveLength(5);
    const xml = junitXml(results, target);
    expect(xml).toContain('tests="5" failures="0" skipped="0"');
  });

  it('fails the isolation check against a deployment that leaks another region’s rows', async () => {
    const { port } = leaky.address() as AddressInfo;
    const target = { gatewayUrl: `http://127.0.0.1:${port}/graphql`, region: 'MA-03', token: await bearerToken(hr03) };
    const results = await runChecks(target);
    const isolation = results.find((result) => result.name === 'the region sees nothing of other regions')!;
    expect(isolation.passed).toBe(false);
    expect(isolation.detail).toMatch(/staff member\(s\) of other regions/);
    expect(junitXml(results, target)).toMatch(/<failure message="staffMembers lists \d+ staff member/);
  });
});
