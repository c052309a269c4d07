import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { and, eq, inArray, sql as sqlText } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_IDENTITY_HEADER, ownedEntity, readableRows, type Identity, type RowScope } from '#kit/auth';
import { connect, createLoader, rowsByUuid, type Sql } from '#kit/db';
import { defineModule, defineSubgraph, type LoaderRequest } from '#kit/module';
import { startSubgraphServer, type RunningSubgraph } from '#kit/server';
import { runMutation, updateVersioned } from '#kit/write';
import { regionSubgraph } from '../../subgraphs/region/src/subgraph.js';
import { freshDatabase, internalToken, postGraphQL, TEST_AUTH } from '../support/harness.js';

// Adding an entity takes one module folder and one line in the subgraph's module list: this
// throwaway module (a table, its SDL, loaders, a mutation and its access rules) is added to the
// region's list and nowhere else, and its schema, loaders, read rule, write rule and audit
// redaction all work.

const probeNotes = pgTable('probe_notes', {
  id: uuid().primaryKey(),
  regionCode: text().notNull(),
  note: text().notNull(),
  secret: text(),
  version: integer().notNull().default(1),
});

const probeNoteRows = ownedEntity({
  typename: 'ProbeNote',
  table: probeNotes,
  region: probeNotes.regionCode,
  personalData: ['secret'],
  read: (scope: RowScope) => (scope.kind === 'all' ? undefined : scope.kind === 'region' ? eq(probeNotes.regionCode, scope.regionCode) : sqlText`false`),
});

const folder = mkdtempSync(join(tmpdir(), 'probe-module-'));
writeFileSync(join(folder, 'schema.graphql'), `
  type ProbeNote { id: ID! regionCode: String! note: String! version: Int! }
  extend type Query { probeNote(id: ID!): ProbeNote }
  extend type Mutation { updateProbeNote(id: ID!, expectedVersion: Int!, note: String!, secret: String): ProbeNote! @allow(roles: ["region-hr"]) }
`);

function probeLoaders({ db, scope }: LoaderRequest<Record<string, unknown>>) {
  return {
    byId: createLoader((ids: readonly string[]) =>
      rowsByUuid(ids, (valid) => db.select().from(probeNotes).where(and(inArray(probeNotes.id, valid), readableRows(probeNoteRows, scope))), (row) => row.id)),
  };
}

interface ProbeContext {
  loaders: { probe: ReturnType<typeof probeLoaders> };
}

const probeModule = defineModule({
  name: 'probe',
  schema: pathToFileURL(join(folder, 'schema.graphql')),
  loaders: probeLoaders,
  owns: [probeNoteRows],
  resolvers: {
    Query: { probeNote: (_: unknown, { id }: { id: string }, { loaders }: ProbeContext) => loaders.probe.byId.load(id) },
    Mutation: {
      updateProbeNote: (_: unknown, args: { id: string; expectedVersion: number; note: string; secret?: string }, context: Parameters<typeof runMutation>[0]) =>
        runMutation(context, 'updateProbeNote', async ({ tx, audit, lock }) => {
          const before = await lock(probeNoteRows, args.id, args.expectedVersion);
          const after = await updateVersioned(tx, probeNotes, before.id, { note: args.note, secret: args.secret ?? null });
          audit({ targetType: 'ProbeNote', targetId: before.id, before, after });
          return after;
        }),
    },
  },
});

// The one line: the region's list plus the new module.
const withProbe = defineSubgraph({ ...regionSubgraph, modules: [...regionSubgraph.modules, probeModule] });

const hr01: Identity = { subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' };
const hr02: Identity = { subject: 'hr@ma02.test', role: 'region-hr', regionCode: 'MA-02' };
const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const noteOf01 = 'aaaaaaaa-0000-4000-8000-000000000001';

let server: RunningSubgraph;
let sql: Sql;
let drop: () => Promise<void>;

async function ask(identity: Identity, query: string, variables: Record<string, unknown> = {}) {
  return postGraphQL(server.url, query, variables, { [INTERNAL_IDENTITY_HEADER]: await internalToken(identity) });
}

beforeAll(async () => {
  const database = await freshDatabase('region');
  drop = database.drop;
  sql = connect(database.url);
  await sql`create table probe_notes (id uuid primary key, region_code text not null, note text not null, secret text, version integer not null default 1)`;
  await sql`insert into probe_notes (id, region_code, note) values (${noteOf01}, 'MA-01', 'first')`;
  server = await startSubgraphServer(withProbe, { sql, port: 0, internalSecret: TEST_AUTH.internalSecret });
});

afterAll(async () => {
  await server?.close();
  await sql?.end({ timeout: 5 });
  await drop?.();
});

describe('a module added to the list and nowhere else', () => {
  it('every module folder is in its subgraph’s list, and the list holds nothing else (codegen types the folders)', async () => {
    const { readdirSync, existsSync } = await import('node:fs');
    const { ministrySubgraph } = await import('../../subgraphs/ministry/src/subgraph.js');
    for (const subgraph of [regionSubgraph, ministrySubgraph]) {
      const folder = new URL(`../../subgraphs/${subgraph.name}/src/modules/`, import.meta.url);
      const folders = readdirSync(folder).filter((name) => existsSync(new URL(`${name}/schema.graphql`, folder)));
      const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      expect(subgraph.modules.map((module) => module.name).sort()).toEqual(folders.map(camel).sort());
    }
  });

  it('serves its schema and loaders, under its read rule', async () => {
    const own = await ask(hr01, 'query($id: ID!) { probeNote(id: $id) { note } }', { id: noteOf01 });
    expect(own.body).toEqual({ data: { probeNote: { note: 'first' } } });
    const other = await ask(hr02, 'query($id: ID!) { probeNote(id: $id) { note } }', { id: noteOf01 });
    expect(other.body).toEqual({ data: { probeNote: null } });
  });

  it('its mutation obeys the SDL role rule and the module’s row rule', async () => {
    const mutation = 'mutation($id: ID!, $secret: String) { updateProbeNote(id: $id, expectedVersion: 1, note: "changed", secret: $secret) { note version } }';
    const asAnalyst = await ask(analyst, mutation, { id: noteOf01 });
    expect(asAnalyst.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const foreign = await ask(hr02, mutation, { id: noteOf01 });
    expect(foreign.body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const own = await ask(hr01, mutation, { id: noteOf01, secret: 'top secret' });
    expect(own.body).toEqual({ data: { updateProbeNote: { note: 'changed', version: 2 } } });
  });

  it('its personal data is hidden in the audit trail from whoever may not read it', async () => {
    const response = await ask(analyst, '{ regionAuditLog(filter: { targetType: "ProbeNote" }) { edges { node { after } } } }');
    const after = response.body.data.regionAuditLog.edges[0].node.after;
    expect(after.note).toBe('changed');
    expect(after.secret).not.toBe('top secret');
    expect(JSON.stringify(response.body)).not.toContain('top secret');
  });
});
