// The N+1 guard across the federation: one request through the gateway that lists training
// sessions with their trainers and programmes (ministry) and enrollments with staff (region)
// issues the same number of SQL statements, per subgraph, for 10 sessions as for 200.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startGraphForTest();
  // 100 sessions in each of two regions that have no demo sessions, 3 staff enrolled in each.
  const sql = graph.sql.region;
  await sql`
    insert into staff_members (id, region_code, full_name, grade, corps, department, job_title)
    select gen_random_uuid(), region, 'Agent de charge ' || n || ' (démo)', 'Administrateur', 'Administrateurs', 'Charge', 'Chargé d''études'
    from unnest(array['MA-05', 'MA-06']) as region, generate_series(1, 3) as n`;
  await sql`
    insert into training_sessions (id, region_code, title_fr, theme, starts_on, ends_on, hours, capacity, status, trainer_expert_id, programme_id)
    select gen_random_uuid(), region, 'Session de charge ' || n || ' (démo)', 'DIGITAL_SKILLS',
           -- One day per session and region, so no trainer teaches two sessions at once.
           date '2025-01-01' + 2 * n + (region = 'MA-06')::int, date '2025-01-01' + 2 * n + (region = 'MA-06')::int, 6, 20, 'COMPLETED',
           (${demoIds.expert} ::uuid[])[1 + n % 8], (${demoIds.programme} ::uuid[])[1 + n % 4]
    from unnest(array['MA-05', 'MA-06']) as region, generate_series(1, 100) as n`;
  await sql`
    insert into enrollments (id, session_id, staff_id, attended, evaluation)
    select gen_random_uuid(), s.id, m.id, true, 4
    from training_sessions s join staff_members m on m.region_code = s.region_code
    where s.region_code in ('MA-05', 'MA-06')`;
});
afterAll(async () => {
  await graph?.close();
});

const QUERY = `query Sessions($perRegion: Int!) {
  beniMellal: region(code: "MA-05") { ...sessions }
  casablanca: region(code: "MA-06") { ...sessions }
}
fragment sessions on Region {
  trainingSessions(first: $perRegion) {
    edges { node {
      title { fr }
      trainer { fullName specialties languages }
      programme { code title { fr } }
      enrollments(first: 10) { totalCount edges { node { attended staffMember { fullName } } } }
    } }
  }
}`;

async function statementsFor(perRegion: number) {
  graph.resetStatements();
  // Staff and sessions are not public: read them as the ministry-analyst, who sees every region.
  const response = await graph.request(QUERY, { perRegion }, { as: { subject: 'bench@demo.invalid', role: 'ministry-analyst' } });
  expect(response.body.errors).toBeUndefined();
  const sessions = [...response.body.data.beniMellal.trainingSessions.edges, ...response.body.data.casablanca.trainingSessions.edges];
  return { sessions, statements: graph.statements() };
}

describe('SQL statements per federated request', () => {
  it('are the same for 10 sessions as for 200, in each subgraph', async () => {
    const ten = await statementsFor(5);
    const twoHundred = await statementsFor(100);
    expect(ten.sessions).toHaveLength(10);
    expect(twoHundred.sessions).toHaveLength(200);
    for (const { node } of twoHundred.sessions) {
      expect(node.trainer.fullName).toMatch(/\S/);
      expect(node.programme.code).toMatch(/^PRG-/);
      expect(node.enrollments.totalCount).toBe(3);
      expect(node.enrollments.edges).toHaveLength(3);
    }
    expect(twoHundred.statements).toEqual(ten.statements);
    // Region: the two regions, their sessions, the enrollments page and count, the staff.
    // Ministry: one batch of trainers and one of programmes per aliased path (the gateway
    // plans one _entities fetch per path), whatever the number of sessions.
    expect(twoHundred.statements.region).toBeLessThanOrEqual(6);
    expect(twoHundred.statements.ministry).toBeLessThanOrEqual(4);
  });
});
