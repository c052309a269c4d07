// Onboarding a region from the template bundle (templates/region-bundle/) on a fresh database,
// through the gateway: everything reads back (staff, documents with downloadable files whose
// SHA-256 matches, procedures, the convention, both parties' commitments, progress); a second
// run writes nothing; a bundle with errors reports each as file:line:column and writes nothing.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { applyBundle } from '../../scripts/onboard/apply.js';
import { manifestJsonSchema, manifestSchemaPath } from '../../scripts/onboard/json-schema.js';
import { formatProblem, readBundle } from '../../scripts/onboard/read-bundle.js';
import { bearerToken, startGraphForTest, type TestGraph } from '../support/harness.js';

const template = path.resolve(import.meta.dirname, '../../templates/region-bundle');
const hr03: Identity = { subject: 'onboarding-test-MA-03', role: 'region-hr', regionCode: 'MA-03' };
const admin: Identity = { subject: 'onboarding-test-ministry', role: 'ministry-admin' };

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

async function onboard(folder: string, dryRun = false) {
  const { bundle, problems } = readBundle(folder, 'MA-03');
  expect(problems.map(formatProblem)).toEqual([]);
  return applyBundle(bundle!, { gatewayUrl: graph.url, regionToken: await bearerToken(hr03), ministryToken: await bearerToken(admin), dryRun });
}

/** Rows of every table the importer writes, in both databases (audit rows of writes: its reads of contacts are audited too, as every read of personal data). */
async function counts() {
  const region = await graph.sql.region<{ staff: number; documents: number; files: number; procedures: number; commitments: number; items: number; audit: number }[]>`select (select count(*) from staff_members)::int as staff, (select count(*) from documents)::int as documents,
    (select count(*) from document_files)::int as files, (select count(*) from procedures)::int as procedures,
    (select count(*) from region_commitments)::int as commitments, (select count(*) from action_plan_items)::int as items, (select count(*) from audit_log where operation <> 'readStaffContact')::int as audit`;
  const ministry = await graph.sql.ministry`select (select count(*) from partnerships)::int as partnerships, (select count(*) from audit_log)::int as audit`;
  return { ...region[0]!, ministryAudit: ministry[0]!.audit as number, partnerships: ministry[0]!.partnerships as number };
}

describe('npm run region:onboard', () => {
  it('onboards MA-03 from the template bundle, reads it all back through the gateway, and a re-run changes nothing', async () => {
    const dry = await onboard(template, true);
    expect(dry.staff).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const before = await counts();
    expect(before.staff).toBeGreaterThan(0);
    const first = await onboard(template);
    expect(first).toMatchObject({ partnership: { created: 1 }, staff: { created: 3 }, documents: { created: 2 }, procedures: { created: 2 }, commitments: { created: 2 }, 'action plan': { created: 3 } });

    const { body } = await graph.request(`{ region(code: "MA-03") {
      staffMembers(first: 10) { totalCount edges { node { fullName competencies contact { email } } } }
      documents(first: 10) { edges { node { title { fr } published partnership { id } file { fileName sha256 byteSize downloadUrl } } } }
      partnership { id title { fr } signedMonth signatories { party } ministryCommitments { status }
        regionCommitments { description { fr } status } actionPlan { title { fr } status }
        progress { regionCommitmentsDone regionCommitmentsTotal actionPlanDone actionPlanTotal ministryCommitmentsTotal percentComplete } }
    } procedures(first: 10, filter: { regionCode: "MA-03" }) { edges { node { name { fr } digitisation costMad steps { fr } } } } }`, undefined, { as: hr03 });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const region = body.data.region;
    expect(region.staffMembers.totalCount).toBe(3);
    expect(region.staffMembers.edges.find((edge: { node: { fullName: string } }) => edge.node.fullName.startsWith('Salma')).node).toMatchObject({ competencies: ['HR_MANAGEMENT', 'TRAINING_ENGINEERING'], contact: { email: 'salma.bennani@ma03.demo.invalid' } });
    expect(region.partnership).toMatchObject({ signedMonth: '2019-03', signatories: [{ party: 'REGION' }, { party: 'MINISTRY' }], ministryCommitments: [{ status: 'PLANNED' }, { status: 'PLANNED' }] });
    expect(region.partnership.regionCommitments.map((c: { status: string }) => c.status)).toEqual(['DONE', 'IN_PROGRESS']);
    expect(region.partnership.actionPlan.map((item: { status: string }) => item.status)).toEqual(['DONE', 'IN_PROGRESS', 'PLANNED']);
    expect(region.partnership.progress).toEqual({ regionCommitmentsDone: 1, regionCommitmentsTotal: 2, actionPlanDone: 1, actionPlanTotal: 3, ministryCommitmentsTotal: 2, percentComplete: 28.6 });
    expect(body.data.procedures.edges.map((edge: { node: { name: { fr: string } } }) => edge.node.name.fr).sort()).toEqual(['Attestation administrative (exemple)', "Autorisation d'occupation temporaire du domaine public (exemple)"]);

    for (const { node } of region.documents.edges) {
      expect(node.partnership.id).toBe(region.partnership.id);
      const expected = readFileSync(path.join(template, 'files', node.file.fileName));
      const response = await fetch(new URL(node.file.downloadUrl, graph.url), { headers: { authorization: `Bearer ${await bearerToken(hr03)}` } });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(node.file.sha256);
      expect(node.file.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    }

    const written = await counts();
    const again = await onboard(template);
    for (const kind of Object.values(again)) expect(kind).toMatchObject({ created: 0, updated: 0 });
    expect(await counts()).toEqual(written);
  });

  it('a bundle with errors writes nothing and reports every one with file, line and column', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'passerelle-bad-bundle-'));
    try {
      cpSync(template, folder, { recursive: true });
      writeFileSync(path.join(folder, 'staff.csv'), [
        'full_name,grade,scale,corps,department,job_title,competencies,email,phone',
        'Agent A,G,12,C,D,J,HR_MANAGEMENT,not-an-email,',
        ',G,,C,D,J,,,',
        'Agent A,G,,C,D,J,,,',
      ].join('\n'));
      writeFileSync(path.join(folder, 'procedures.csv'), readFileSync(path.join(template, 'procedures.csv'), 'utf8').replace(',PAPER,30,50,', ',ON_PAPER,30,-5,'));
      const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8'));
      manifest.partnership.signingPlace = '';
      writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
      writeFileSync(path.join(folder, 'documents.csv'), 'kind,title_fr,title_ar,language,published,under_partnership,file\nREPORT,Rapport,,FR,maybe,no,files/absent.pdf\n');
      const before = await counts();
      const { bundle, problems } = readBundle(folder, 'MA-03');
      expect(bundle).toBeUndefined();
      expect(problems.map(formatProblem)).toEqual(expect.arrayContaining([
        'staff.csv:2:3: scale: must be at most 11',
        'staff.csv:2:8: email: must be an e-mail address',
        'staff.csv:3:1: full_name: must not be blank',
        'staff.csv:4:1: full_name "Agent A" is already on line 2; each record once',
        expect.stringMatching(/^procedures\.csv:2:3: digitisation: /),
        expect.stringMatching(/^procedures\.csv:2:5: cost_mad: must be dirhams/),
        expect.stringMatching(/^manifest\.json:\d+:\d+: partnership\.signingPlace: must not be blank$/),
        expect.stringMatching(/^documents\.csv:2:5: published: must be yes or no$/),
        'documents.csv:2:7: files/absent.pdf is not in the bundle',
      ]));
      expect(await counts()).toEqual(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the committed manifest JSON Schema is the one the importer checks with', () => {
    expect(readFileSync(manifestSchemaPath, 'utf8')).toBe(manifestJsonSchema());
  });
});
