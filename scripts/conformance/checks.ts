import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { ErrorCode } from '#kit/errors';

// graphql-inspector and these checks must share one graphql build.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const root = path.resolve(import.meta.dirname, '../..');

export interface Target {
  /** The deployment's /graphql URL. */
  gatewayUrl: string;
  /** The region under test (MA-01 … MA-12). */
  region: string;
  /** A region-hr token of that region. */
  token: string;
  /** A ministry-analyst token: reads the audit log (regionAuditLog is the ministry's). */
  auditToken?: string | undefined;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  /** Not run: what it needs (a token not given). */
  skipped?: boolean;
  /** What was found: why it passed, or what is wrong. */
  detail: string;
  millis: number;
}

interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string; argumentName?: string } }[];
}

async function ask(target: Target, query: string, variables: Record<string, unknown> = {}, token: string | null = target.token): Promise<Answer> {
  const response = await fetch(target.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json().catch(() => ({}))) as object) };
}

class Failed extends Error {}
class Skipped extends Error {}
function expectThat(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failed(message);
}
const codesOf = (answer: Answer) => (answer.errors ?? []).map((error) => error.extensions?.code ?? 'NONE');

/** The region codes other than the one under test. */
const otherRegion = (region: string) => (region === 'MA-01' ? 'MA-02' : 'MA-01');

/**
 * The published contract, checked from outside like a client: nothing here reads a database or
 * a subgraph directly, so it runs against any deployment.
 */
export const checks: { name: string; run(target: Target): Promise<string> }[] = [
  {
    name: 'schema is compatible with the published client schema',
    async run(target) {
      // schema/api.graphql: the contract this version publishes (schema:check holds it to the last release).
      const published = graphql.buildSchema(readFileSync(path.join(root, 'schema/api.graphql'), 'utf8'));
      const introspection = await ask(target, graphql.getIntrospectionQuery({ inputValueDeprecation: true }));
      if (introspection.data?.__schema) {
        const deployed = graphql.buildClientSchema(introspection.data);
        const breaking = (await diff(published, deployed)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);
        expectThat(breaking.length === 0, `breaking changes: ${breaking.map((change) => change.message).join('; ')}`);
        return 'introspected schema: no breaking change against schema/api.graphql';
      }
      // Production refuses introspection: the released client's own operations must still validate.
      const documents = Object.values(JSON.parse(readFileSync(path.join(root, 'clients/example/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>);
      for (const document of documents) {
        const answer = await ask(target, document);
        expectThat(!codesOf(answer).includes('OPERATION_NOT_TRUSTED'), 'the gateway runs only trusted documents and refuses introspection: the schema cannot be checked from outside (run with GATEWAY_INTROSPECTION=true, or check schema/api.graphql where the gateway is built)');
        expectThat(!codesOf(answer).includes('GRAPHQL_VALIDATION_FAILED'), `the released client operation no longer validates: ${answer.errors?.[0]?.message}`);
      }
      return `introspection refused; the released client's ${documents.length} operations validate`;
    },
  },
  {
    name: 'entities resolve across subgraphs',
    async run(target) {
      const answer = await ask(target, `query($region: ID!) {
        region(code: $region) { code name { fr } partnership { id title { fr } progress { percentComplete } } }
        programmes(first: 5) { edges { node { code regions { code } } } }
        trainingSessions(first: 5, filter: { regionCode: $region }) { edges { node { id trainer { fullName } programme { code } } } }
      }`, { region: target.region });
      expectThat(!answer.errors, `errors: ${answer.errors?.map((error) => `${error.extensions?.code}: ${error.message}`).join('; ')}`);
      expectThat(answer.data?.region?.code === target.region, `region(code: "${target.region}") did not resolve`);
      const sessions = answer.data.trainingSessions.edges.length;
      return `region ${target.region} (${answer.data.region.partnership ? 'with' : 'without'} a convention), ${answer.data.programmes.edges.length} programmes with their regions, ${sessions} sessions with trainer and programme`;
    },
  },
  {
    name: 'the region sees nothing of other regions',
    async run(target) {
      const other = otherRegion(target.region);
      const own = await ask(target, `{ staffMembers(first: 100) { edges { node { region { code } } } }
        documents(first: 100) { edges { node { published region { code } } } } }`);
      expectThat(!own.errors, `errors: ${own.errors?.[0]?.message}`);
      const foreignStaff = own.data.staffMembers.edges.filter((edge: any) => edge.node.region?.code !== target.region);
      expectThat(foreignStaff.length === 0, `staffMembers lists ${foreignStaff.length} staff member(s) of other regions`);
      const foreignDrafts = own.data.documents.edges.filter((edge: any) => !edge.node.published && edge.node.region.code !== target.region);
      expectThat(foreignDrafts.length === 0, `documents lists ${foreignDrafts.length} unpublished document(s) of other regions`);
      const asked = await ask(target, `query($other: ID!) { staffMembers(first: 5, filter: { regionCode: $other }) { edges { node { id fullName } } } }`, { other });
      const leaked = asked.data?.staffMembers?.edges?.length ?? 0;
      expectThat(leaked === 0, `staffMembers(filter: { regionCode: "${other}" }) answers ${leaked} staff member(s) of ${other}`);
      const write = await ask(target, `mutation($other: ID!) { createDocument(input: { regionCode: $other, kind: REPORT, title: { fr: "[conformance] must be refused" }, language: FR }) { id } }`, { other });
      expectThat(codesOf(write).includes(ErrorCode.FORBIDDEN), `a write in ${other} answered ${codesOf(write).join(', ') || 'no error'}, not FORBIDDEN`);
      return `${own.data.staffMembers.edges.length} staff and ${own.data.documents.edges.length} documents read, all ${target.region}'s or published; ${other}'s staff not readable, its rows not writable`;
    },
  },
  {
    name: 'errors carry the documented codes',
    async run(target) {
      const documented = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);
      const cases: [string, Promise<Answer>, string, string?][] = [
        ['an unknown field', ask(target, '{ nonexistentField }'), 'GRAPHQL_VALIDATION_FAILED'],
        ['a page too large', ask(target, '{ staffMembers(first: 100000) { totalCount } }'), ErrorCode.BAD_USER_INPUT, 'first'],
        ['a bad token', ask(target, '{ __typename }', {}, 'not-a-token'), ErrorCode.UNAUTHENTICATED],
        ['a stale version', ask(target, `mutation($id: ID!) { updateStaffMember(input: { id: $id, expectedVersion: 1, jobTitle: "x" }) { id } }`, { id: randomUUID() }), ErrorCode.NOT_FOUND],
      ];
      for (const [label, pending, code, argumentName] of cases) {
        const answer = await pending;
        const codes = codesOf(answer);
        expectThat(codes.every((seen) => documented.has(seen)), `${label}: undocumented code(s) ${codes.join(', ')}`);
        expectThat(codes.includes(code), `${label}: expected ${code}, got ${codes.join(', ') || 'no error'}`);
        if (argumentName) expectThat(answer.errors!.some((error) => error.extensions?.argumentName === argumentName), `${label}: the error does not name the argument ${argumentName}`);
        expectThat(!JSON.stringify(answer).match(/\bat .+\.(js|ts):\d+|select .+ from /i), `${label}: the answer shows a stack trace or SQL`);
      }
      return `${cases.length} refusals, each with its documented code and no internals`;
    },
  },
  {
    name: 'a sandboxed write round-trips and is audited',
    async run(target) {
      // A draft document, never published: visible to the region's own roles only.
      const title = `[conformance] probe ${new Date().toISOString()}`;
      const key = `conformance-${randomUUID()}`;
      const create = `mutation($input: CreateDocumentInput!, $key: String) { createDocument(input: $input, idempotencyKey: $key) { id title { fr } published version } }`;
      const input = { regionCode: target.region, kind: 'REPORT', title: { fr: title }, language: 'FR' };
      const first = await ask(target, create, { input, key });
      expectThat(!first.errors, `createDocument: ${first.errors?.[0]?.extensions?.code}: ${first.errors?.[0]?.message}`);
      const id = first.data.createDocument.id as string;
      const retry = await ask(target, create, { input, key });
      expectThat(retry.data?.createDocument?.id === id, 'a retry with the same idempotencyKey created a second document');
      const read = await ask(target, `query($id: ID!) { document(id: $id) { id title { fr } published } }`, { id });
      expectThat(!read.errors, `reading it back: ${read.errors?.[0]?.message}`);
      expectThat(read.data.document?.title.fr === title && read.data.document.published === false, 'the document read back differs from the one written');
      if (!target.auditToken) throw new Skipped(`draft document ${id} written once and read back; the audit is not checked without --audit-token (ministry-analyst)`);
      const audit = await ask(target, `query($id: ID!) { regionAuditLog(first: 10, filter: { targetId: $id }) { edges { node { operation targetType } } } }`, { id }, target.auditToken);
      expectThat(!audit.errors, `reading the audit log: ${audit.errors?.[0]?.message}`);
      const entries = audit.data.regionAuditLog.edges.map((edge: { node: { operation: string } }) => edge.node.operation) as string[];
      expectThat(entries.filter((operation) => operation === 'createDocument').length === 1, `the audit log has ${entries.filter((operation) => operation === 'createDocument').length} createDocument entries for it, not 1`);
      return `draft document ${id} written once (a retry answered the same), read back, audited once`;
    },
  },
];

export async function runChecks(target: Target): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const began = performance.now();
    try {
      results.push({ name: check.name, passed: true, detail: await check.run(target), millis: performance.now() - began });
    } catch (error) {
      if (error instanceof Skipped) {
        results.push({ name: check.name, passed: true, skipped: true, detail: error.message, millis: performance.now() - began });
        continue;
      }
      const detail = error instanceof Failed ? error.message : `could not run: ${(error as Error).message}`;
      results.push({ name: check.name, passed: false, detail, millis: performance.now() - began });
    }
  }
  return results;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JUnit XML, as CI systems read test reports. */
export function junitXml(results: CheckResult[], target: Target): string {
  const failures = results.filter((result) => !result.passed).length;
  const skipped = results.filter((result) => result.skipped).length;
  const seconds = (millis: number) => (millis / 1000).toFixed(3);
  const cases = results.map((result) => `    <testcase classname="conformance.${escapeXml(target.region)}" name="${escapeXml(result.name)}" time="${seconds(result.millis)}">${
    result.skipped ? `<skipped message="${escapeXml(result.detail)}"/>` : result.passed ? `<system-out>${escapeXml(result.detail)}</system-out>` : `<failure message="${escapeXml(result.detail)}"/>`}</testcase>`);
  const total = results.reduce((sum, result) => sum + result.millis, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="passerelle-conformance" tests="${results.length}" failures="${failures}" time="${seconds(total)}">
  <testsuite name="${escapeXml(target.gatewayUrl)} ${escapeXml(target.region)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${seconds(total)}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
