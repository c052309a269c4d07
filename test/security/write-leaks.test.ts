import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';

// Two leaks through the write side: audit entries carrying the personal data they record, and
// idempotency keys shared between callers.

const hr01: Identity = { subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' };
const hr02: Identity = { subject: 'hr@ma02.test', role: 'region-hr', regionCode: 'MA-02' };
const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const admin: Identity = { subject: 'admin@ministry.test', role: 'ministry-admin' };

const CREATE = `mutation($region: ID!, $name: String!, $email: String, $key: String) {
  createStaffMember(idempotencyKey: $key, input: { regionCode: $region, fullName: $name, grade: "G", corps: "C", department: "D", jobTitle: "J",
    contact: { email: $email, phone: "+212 600 000 001" } }) { id fullName version }
}`;

let region: TestSubgraph;

beforeAll(async () => {
  region = await startSubgraphForTest('region');
});

afterAll(() => region?.close());

describe('audit entries obey the personal-data rule of the data they record', () => {
  it('ministry roles reading regionAuditLog see no staff e-mail or phone, in before or after', async () => {
    const email = `probe-${randomUUID()}@demo.invalid`;
    const created = await region.request(CREATE, { region: 'MA-01', name: 'Audit Probe', email }, { as: hr01 });
    const { id } = created.body.data.createStaffMember;
    const updated = await region.request(
      'mutation($id: ID!) { updateStaffMember(input: { id: $id, expectedVersion: 1, contact: { email: "second@demo.invalid" } }) { version } }',
      { id },
      { as: hr01 },
    );
    expect(updated.body.errors).toBeUndefined();
    for (const reader of [analyst, admin]) {
      const response = await region.request(
        `query($id: ID!) { regionAuditLog(filter: { targetType: "StaffMember", targetId: $id }) { edges { node { operation before after } } } }`,
        { id },
        { as: reader },
      );
      const entries = response.body.data.regionAuditLog.edges.map(({ node }: any) => node);
      expect(entries.map((entry: any) => entry.operation).sort()).toEqual(['createStaffMember', 'updateStaffMember']);
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(email);
      expect(text).not.toContain('second@demo.invalid');
      expect(text).not.toContain('600 000 001');
      // The rest of the record stays: what changed, on whom.
      expect(entries.find((entry: any) => entry.operation === 'createStaffMember').after.fullName).toBe('Audit Probe');
    }
  });
});

describe('an idempotency key belongs to its caller', () => {
  it('another caller reusing the text gets its own create, and learns nothing of the first', async () => {
    const key = randomUUID();
    const first = await region.request(CREATE, { region: 'MA-01', name: 'Key Owner Probe', key }, { as: hr01 });
    const second = await region.request(CREATE, { region: 'MA-02', name: 'Key Reuser Probe', key }, { as: hr02 });
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data.createStaffMember.fullName).toBe('Key Reuser Probe');
    expect(second.body.data.createStaffMember.id).not.toBe(first.body.data.createStaffMember.id);
    expect(JSON.stringify(second.body)).not.toContain(first.body.data.createStaffMember.id);
    // The owner's retry still answers with the owner's row.
    const retry = await region.request(CREATE, { region: 'MA-01', name: 'Key Owner Probe', key }, { as: hr01 });
    expect(retry.body.data.createStaffMember.id).toBe(first.body.data.createStaffMember.id);
  });

  it('a key taken first by someone else does not block its owner', async () => {
    const key = randomUUID();
    const squatter = await region.request(CREATE, { region: 'MA-02', name: 'Squatter Probe', key }, { as: hr02 });
    expect(squatter.body.errors).toBeUndefined();
    const owner = await region.request(CREATE, { region: 'MA-01', name: 'Owner Probe', key }, { as: hr01 });
    expect(owner.body.errors).toBeUndefined();
    expect(owner.body.data.createStaffMember.fullName).toBe('Owner Probe');
  });
});
