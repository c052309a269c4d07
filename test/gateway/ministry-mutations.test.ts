// Ministry mutations sent to the gateway: the answer carries fields the region resolves.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';
import { asActor, seedId } from '../ministry/mutation-helpers.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(async () => {
  await graph?.close();
});

const query = (text: string, variables?: Record<string, unknown>) => graph.request(text, variables, asActor());

it('updateMinistryCommitmentStatus answers with the partnership progress the region recomputes', async () => {
  const progressOf = async () => {
    const { body } = await query('query($id: ID!) { partnership(id: $id) { progress { ministryCommitmentsDone ministryCommitmentsTotal } } }', {
      id: demoIds.partnership.tangier2018,
    });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data.partnership.progress;
  };
  const before = await progressOf();
  const { body } = await query(
    `mutation($input: UpdateMinistryCommitmentStatusInput!) { updateMinistryCommitmentStatus(input: $input) {
      commitment { id status } version partnership { id region { code } progress { ministryCommitmentsDone ministryCommitmentsTotal } }
    } }`,
    { input: { commitmentId: seedId('0a200000', 2), expectedVersion: 1, status: 'DONE', on: '2024-01-15', note: 'Experts mis à disposition (démo)' } },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const followUp = body.data.updateMinistryCommitmentStatus;
  expect(followUp).toMatchObject({ commitment: { status: 'DONE' }, version: 2, partnership: { region: { code: 'MA-01' } } });
  expect(followUp.partnership.progress).toEqual({ ...before, ministryCommitmentsDone: before.ministryCommitmentsDone + 1 });
});

it('an expert assigned through the gateway shows up on the region, with coded errors passed through', async () => {
  const { body } = await query(
    `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id region { code expertAssignments { totalCount } } } }`,
    { input: { expertId: demoIds.expert[7], regionCode: 'MA-03', theme: 'PUBLIC_ETHICS', mission: { fr: 'Mission (démo)' }, startsOn: '2024-01-01' } },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data.assignExpert.region).toEqual({ code: 'MA-03', expertAssignments: { totalCount: 1 } });
  const refused = await query(`mutation { createProgramme(input: { code: "PRG-RH-2018", title: { fr: "x" }, theme: HR_MANAGEMENT,
    objectives: [{ fr: "y" }], startsOn: "2024-01-01" }) { id } }`);
  expect(refused.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', argumentName: 'input.code' });
});
