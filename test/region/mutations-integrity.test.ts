import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENROLL, expectCode, newKey, SCHEDULE, seed, sessionInput, dayOffset, startClient, type Client } from './mutation-support.js';

// What holds for every mutation: one transaction (a failure writes nothing, not even the
// idempotency key), an append-only audit log, and the log readable through the API.

let client: Client;
beforeAll(async () => {
  client = await startClient({ withMinistry: true });
});
afterAll(async () => {
  await client?.close();
});

/** Row counts of every table a mutation may write, to prove a failed one wrote nothing. */
async function snapshot() {
  const [row] = await client.region.sql`select
    (select count(*)::int from training_sessions) as sessions, (select count(*)::int from enrollments) as enrollments,
    (select count(*)::int from documents) as documents, (select count(*)::int from staff_members) as staff,
    (select sum(version)::int from staff_members) as staff_versions, (select count(*)::int from region_commitment_progress) as progress,
    (select count(*)::int from audit_log) as audit, (select count(*)::int from idempotency_keys) as keys`;
  return row;
}

describe('failure injection', () => {
  it('rolls back the whole mutation when its audit row cannot be written, then works once the fault is gone', async () => {
    const session = (await client.data(SCHEDULE, { input: sessionInput({ startsOn: dayOffset(2000), endsOn: dayOffset(2000), hours: 6 }) })).scheduleTrainingSession;
    await client.region.sql.unsafe(`
      create function test_refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end; $$;
      create trigger test_refuse_audit before insert on audit_log for each statement execute function test_refuse_audit();`);
    const key = newKey();
    const mutations: [string, Record<string, unknown>][] = [
      [ENROLL, { input: { sessionId: session.id, staffMemberId: seed.staff(1) }, key }],
      [SCHEDULE, { input: sessionInput({ startsOn: dayOffset(2010), endsOn: dayOffset(2010), hours: 6 }) }],
      ['mutation { createDocument(input: { regionCode: "MA-01", kind: REPORT, title: { fr: "Échec" }, language: FR }) { id } }', {}],
      [`mutation { updateStaffMember(input: { id: "${seed.staff(2)}", expectedVersion: 1, grade: "Autre" }) { id } }`, {}],
      [`mutation { updateRegionCommitmentStatus(input: { commitmentId: "${seed.commitment(11)}", expectedVersion: 1, status: DONE, note: "x" }) { version } }`, {}],
    ];
    try {
      const before = await snapshot();
      for (const [query, variables] of mutations) {
        const error = await client.errorOf(query, variables);
        // The client learns it failed, never the SQL or trigger text behind it.
        expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
        expect(error.message).not.toMatch(/injected|audit_log|insert/i);
      }
      expect(await snapshot()).toEqual(before);
    } finally {
      await client.region.sql.unsafe('drop trigger test_refuse_audit on audit_log; drop function test_refuse_audit();');
    }
    // The key was not kept by the failed attempt: the retry does the work.
    const retry = await client.region.request(ENROLL, mutations[0]![1]);
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data.enrollStaff.staffMember.id).toBe(seed.staff(1));
  });
});

describe('audit log', () => {
  it('is append-only: UPDATE, DELETE and TRUNCATE are refused even to a direct SQL connection', async () => {
    await client.data(`mutation { updateStaffMember(input: { id: "${seed.staff(6)}", expectedVersion: 1, grade: "Administrateur de 1er grade" }) { id } }`);
    const [{ n }] = await client.region.sql`select count(*)::int as n from audit_log` as any;
    expect(n).toBeGreaterThan(0);
    await expect(client.region.sql`update audit_log set actor = 'someone else'`).rejects.toThrow(/append-only/);
    await expect(client.region.sql`delete from audit_log`).rejects.toThrow(/append-only/);
    await expect(client.region.sql`truncate audit_log`).rejects.toThrow(/append-only/);
    const [{ n: after }] = await client.region.sql`select count(*)::int as n from audit_log` as any;
    expect(after).toBe(n);
  });

  it('is readable through regionAuditLog, newest first, filtered by target, actor or operation', async () => {
    const id = seed.staff(7);
    await client.data(`mutation { updateStaffMember(input: { id: "${id}", expectedVersion: 1, department: "DSI" }) { id } }`, {}, 'auditeur-1');
    await client.data(`mutation { updateStaffMember(input: { id: "${id}", expectedVersion: 2, department: "DRH" }) { id } }`, {}, 'auditeur-2');
    // The region's audit log is read by the ministry (region-hr may not: it spans every region).
    const { regionAuditLog } = (await client.region.request(`query($filter: AuditLogFilter) { regionAuditLog(first: 10, filter: $filter) {
      totalCount edges { node { actor operation targetType targetId requestId occurredAt before after } } } }`, { filter: { targetType: 'StaffMember', targetId: id } },
    { as: { subject: 'auditor@ministere.demo.invalid', role: 'ministry-analyst' } })).body.data;
    expect(regionAuditLog.totalCount).toBe(2);
    const [latest, earlier] = regionAuditLog.edges.map((edge: any) => edge.node);
    expect(latest).toMatchObject({ actor: 'auditeur-2', operation: 'updateStaffMember', targetType: 'StaffMember', targetId: id, before: { department: 'DSI' }, after: { department: 'DRH', version: 3 } });
    expect(earlier.actor).toBe('auditeur-1');
    expect(latest.requestId).not.toBe(earlier.requestId);
    const { byActor } = (await client.region.request(`{ byActor: regionAuditLog(filter: { actor: "auditeur-1", operation: "updateStaffMember" }) { totalCount } }`,
      undefined, { as: { subject: 'auditor@ministere.demo.invalid', role: 'ministry-analyst' } })).body.data;
    expect(byActor.totalCount).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('must be 1 to 200 characters', async () => {
    const input = { regionCode: 'MA-01', kind: 'REPORT', title: { fr: 'Clé' }, language: 'FR' };
    const query = 'mutation($input: CreateDocumentInput!, $key: String) { createDocument(input: $input, idempotencyKey: $key) { id } }';
    expectCode(await client.errorOf(query, { input, key: '' }), 'BAD_USER_INPUT', 'idempotencyKey');
    expectCode(await client.errorOf(query, { input, key: 'k'.repeat(201) }), 'BAD_USER_INPUT', 'idempotencyKey');
  });
});
