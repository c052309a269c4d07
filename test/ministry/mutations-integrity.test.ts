// What holds across every ministry mutation: nothing is written when any part fails, the audit
// log cannot be rewritten and is readable through GraphQL, and concurrent requests keep the rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_IDENTITY } from '#kit/auth';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { ACTOR, asActor, auditRows, countRows, ok, seedId, type CodedError } from './mutation-helpers.js';

let ministry: TestSubgraph;
beforeAll(async () => {
  ministry = await startSubgraphForTest('ministry');
});
afterAll(async () => {
  await ministry?.close();
});

const CREATE = `mutation($input: CreateProgrammeInput!, $key: String) { createProgramme(input: $input, idempotencyKey: $key) { id code } }`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version } }`;
const ADOPT = `mutation($input: RecordBestPracticeAdoptionInput!, $key: String) {
  recordBestPracticeAdoption(input: $input, idempotencyKey: $key) { id } }`;
const ASSIGN = `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`;
const UPDATE_STATUS = `mutation($input: UpdateMinistryCommitmentStatusInput!) { updateMinistryCommitmentStatus(input: $input) { version } }`;

const programme = (code: string, regionCodes = ['MA-01']) => ({
  code,
  title: { fr: `Programme ${code} (démo)` },
  theme: 'HR_MANAGEMENT',
  objectives: [{ fr: 'Objectif (démo)' }],
  startsOn: '2024-01-01',
  regionCodes,
});

async function all(count: number, send: (index: number) => ReturnType<TestSubgraph['request']>) {
  const answers = await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
  return answers.map(({ body }) => body as { data: Record<string, { id: string }> | null; errors?: CodedError[] });
}

describe('a failure anywhere in a mutation', () => {
  it('leaves no trace: no entity row, no link, no progress entry, no idempotency key', async () => {
    await ministry.sql.unsafe(`
      create function inject_audit_failure() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$;
      create trigger inject_audit_failure before insert on audit_log
        for each statement execute function inject_audit_failure();`);
    const counts = async () => ({
      programmes: await countRows(ministry.sql, 'programmes'),
      enrolments: await countRows(ministry.sql, 'programme_regions'),
      adoptions: await countRows(ministry.sql, 'best_practice_adoptions'),
      progress: await countRows(ministry.sql, 'ministry_commitment_progress'),
      keys: await countRows(ministry.sql, 'idempotency_keys'),
      audit: await countRows(ministry.sql, 'audit_log'),
    });
    const before = await counts();
    try {
      const attempts = [
        ministry.request(CREATE, { input: programme('PRG-FAIL-1', ['MA-01', 'MA-02']), key: 'fail-create' }, asActor()),
        ministry.request(UPDATE, { input: { id: demoIds.programme[0], expectedVersion: 1, theme: 'PUBLIC_ETHICS', regionCodes: ['MA-12'] } }, asActor()),
        ministry.request(ADOPT, { input: { bestPracticeId: seedId('0e000000', 8), regionCode: 'MA-01', adoptedOn: '2022-01-01' }, key: 'fail-adopt' }, asActor()),
        ministry.request(UPDATE_STATUS, { input: { commitmentId: seedId('0a200000', 3), expectedVersion: 1, status: 'DONE', on: '2023-01-01' } }, asActor()),
      ];
      for (const { body } of await Promise.all(attempts)) {
        expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
        // Masked: no SQL, no trigger text.
        expect(body.errors[0].message).not.toMatch(/injected|insert|audit_log/i);
      }
      expect(await counts()).toEqual(before);
      const [seedProgramme] = await ministry.sql`select theme, version from programmes where id = ${demoIds.programme[0]}`;
      expect(seedProgramme).toEqual({ theme: 'HR_MANAGEMENT', version: 1 });
      const [seedCommitment] = await ministry.sql`select status, version from ministry_commitments where id = ${seedId('0a200000', 3)}`;
      expect(seedCommitment).toEqual({ status: 'PLANNED', version: 1 });
    } finally {
      await ministry.sql.unsafe('drop trigger inject_audit_failure on audit_log; drop function inject_audit_failure();');
    }
    // The key was not consumed by the failed attempt: the retry does the work.
    const { createProgramme } = await ok(ministry, CREATE, { input: programme('PRG-FAIL-1'), key: 'fail-create' });
    expect(createProgramme.code).toBe('PRG-FAIL-1');
  });
});

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await ok(ministry, CREATE, { input: programme('PRG-AUDIT-1') });
    expect(await countRows(ministry.sql, 'audit_log')).toBeGreaterThan(0);
    await expect(ministry.sql`update audit_log set actor = 'someone else'`).rejects.toThrow(/append-only/);
    await expect(ministry.sql`delete from audit_log`).rejects.toThrow(/append-only/);
    await expect(ministry.sql`truncate audit_log`).rejects.toThrow(/append-only/);
  });

  it('is readable through ministryAuditLog, newest first, filtered by target', async () => {
    const { createProgramme: created } = await ok(ministry, CREATE, { input: programme('PRG-AUDIT-2') }, asActor('lecteur@demo.invalid', 'req-audit-2'));
    await ok(ministry, UPDATE, { input: { id: created.id, expectedVersion: 1, theme: 'E_ADMINISTRATION' } });
    const { ministryAuditLog: log } = await ok(
      ministry,
      `query($id: ID!) { ministryAuditLog(filter: { targetType: "Programme", targetId: $id }) {
        totalCount edges { node { id occurredAt actor requestId operation targetType targetId before after } } } }`,
      { id: created.id },
    );
    expect(log.totalCount).toBe(2);
    const [update, create] = log.edges.map((edge: { node: unknown }) => edge.node);
    expect(update).toMatchObject({ operation: 'updateProgramme', actor: ACTOR, before: { theme: 'HR_MANAGEMENT' }, after: { theme: 'E_ADMINISTRATION', version: 2 } });
    expect(create).toMatchObject({ operation: 'createProgramme', actor: 'lecteur@demo.invalid', requestId: 'req-audit-2', before: null, targetId: created.id });
    expect(Number(update.id)).toBeGreaterThan(Number(create.id));
    const { ministryAuditLog: byActor } = await ok(ministry, '{ ministryAuditLog(filter: { actor: "lecteur@demo.invalid" }) { totalCount } }');
    expect(byActor.totalCount).toBe(2); // the programme and its MA-01 enrolment
  });

  it('refuses a change by the public identity: FORBIDDEN, nothing written or audited', async () => {
    const { body } = await ministry.request(CREATE, { input: programme('PRG-ANON-1', []) }, { as: PUBLIC_IDENTITY });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const rows = await ministry.sql`select id from programmes where code = 'PRG-ANON-1'`;
    expect(rows).toHaveLength(0);
    expect(await ministry.sql`select id from audit_log where actor = 'anonymous'`).toHaveLength(0);
  });
});

describe('concurrent requests', () => {
  it('10 identical createProgramme with one idempotency key: one programme, every answer the same id', async () => {
    const answers = await all(10, () => ministry.request(CREATE, { input: programme('PRG-RACE-1'), key: 'race-create-1' }, asActor()));
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    const ids = new Set(answers.map((answer) => answer.data!.createProgramme!.id));
    expect(ids.size).toBe(1);
    const [counted] = await ministry.sql<{ total: number }[]>`select count(*)::int as total from programmes where code = 'PRG-RACE-1'`;
    expect(counted!.total).toBe(1);
    expect(await auditRows(ministry.sql, 'Programme', [...ids][0]!)).toHaveLength(1);
  });

  it('10 createProgramme racing for one code with different keys: one wins, nine CONFLICT on the code', async () => {
    const answers = await all(10, (index) => ministry.request(CREATE, { input: programme('PRG-RACE-2'), key: `race-code-${index}` }, asActor()));
    const won = answers.filter((answer) => !answer.errors);
    const lost = answers.filter((answer) => answer.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((answer) => answer.errors![0]!.extensions)).toEqual(Array(9).fill(expect.objectContaining({ code: 'CONFLICT', argumentName: 'input.code' })));
    expect(lost[0]!.errors![0]!.message).toContain(won[0]!.data!.createProgramme!.id);
  });

  it('10 adoptions of one practice by one region: exactly one succeeds, the others CONFLICT', async () => {
    const input = { bestPracticeId: seedId('0e000000', 8), regionCode: 'MA-07', adoptedOn: '2022-05-01' };
    const answers = await all(10, (index) => ministry.request(ADOPT, { input, key: `race-adopt-${index}` }, asActor()));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const lost = answers.filter((answer) => answer.errors);
    expect(lost).toHaveLength(9);
    for (const answer of lost) {
      expect(answer.errors![0]!.extensions.code).toBe('CONFLICT');
      expect(answer.errors![0]!.message).toMatch(/MA-07 already adopted this practice on 2022-05-01/);
    }
    const rows = await ministry.sql`select id from best_practice_adoptions where best_practice_id = ${input.bestPracticeId} and region_code = 'MA-07'`;
    expect(rows).toHaveLength(1);
  });

  it('8 overlapping assignments of one expert in one region: exactly one succeeds', async () => {
    const answers = await all(8, (index) =>
      ministry.request(ASSIGN, {
        input: {
          expertId: demoIds.expert[7], regionCode: 'MA-10', theme: 'PUBLIC_ETHICS', mission: { fr: `Mission ${index} (démo)` },
          startsOn: `2025-0${index + 1}-01`, endsOn: '2025-12-31',
        },
      }, asActor()),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions.code === 'CONFLICT')).toHaveLength(7);
  });

  it('6 updates quoting the same version: one applies, five CONFLICT naming version 2', async () => {
    const { createProgramme: created } = await ok(ministry, CREATE, { input: programme('PRG-RACE-3') });
    const themes = ['E_ADMINISTRATION', 'DIGITAL_SKILLS', 'PUBLIC_ETHICS', 'RECEPTION_QUALITY', 'TRAINING_ENGINEERING', 'PROCEDURE_SIMPLIFICATION'];
    const answers = await all(6, (index) => ministry.request(UPDATE, { input: { id: created.id, expectedVersion: 1, theme: themes[index] } }, asActor()));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    const lost = answers.filter((answer) => answer.errors).map((answer) => answer.errors![0]!.extensions);
    expect(lost).toEqual(Array(5).fill(expect.objectContaining({ code: 'CONFLICT', currentVersion: 2 })));
  });
});
