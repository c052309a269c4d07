import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../clients/example/src/client.js';
import { PartnershipDashboard, UpcomingSessions } from '../../clients/example/src/operations.js';
import { bearerToken, postGraphQL, startGraphForTest, type TestGraph } from '../support/harness.js';

// The example client's operations, typed by graphql-codegen's client preset against
// schema/api.graphql, answer through the gateway — by text, and by trusted document id when the
// gateway runs with TRUSTED_DOCUMENTS=required, which then refuses anything else.

const manifest = 'clients/example/src/gql/persisted-documents.json';
let open: TestGraph;
let trusted: TestGraph;
beforeAll(async () => {
  [open, trusted] = await Promise.all([
    startGraphForTest(),
    startGraphForTest({ gatewayLimits: { trustedDocuments: { mode: 'required', manifests: [manifest] } } }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.close(), trusted?.close()]);
});

describe('the example client', () => {
  it('runs its typed operations against the gateway', async () => {
    const dashboard = await run(open.url, PartnershipDashboard, { region: 'MA-01' });
    expect(dashboard.errors).toBeUndefined();
    // Typed: `percentComplete` is a number as the schema says.
    const percent: number | undefined = dashboard.data?.region?.partnership?.progress.percentComplete;
    expect(percent).toBeGreaterThanOrEqual(0);
    const token = await bearerToken({ subject: 'hr@ma01.test', role: 'region-hr', regionCode: 'MA-01' });
    const sessions = await run(open.url, UpcomingSessions, { region: 'MA-01', first: 3 }, { token });
    expect(sessions.data?.trainingSessions?.edges).toHaveLength(3);
  });

  it('with TRUSTED_DOCUMENTS=required: trusted ids answer, anything else is refused with a code', async () => {
    const byId = await run(trusted.url, PartnershipDashboard, { region: 'MA-01' }, { trusted: true });
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.region?.name.fr).toBe('Tanger-Tétouan-Al Hoceïma');

    const unknown = await postGraphQL(trusted.url, '{ regions { totalCount } }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');

    const forged = await fetch(trusted.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'sha256:0000' }) });
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
