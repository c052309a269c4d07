import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillVolume } from '#kit/db';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import { subgraphs, subgraphNames } from '../../subgraphs/registry.js';
import { volumePlan } from '../../subgraphs/volume-plan.js';

// `npm run seed:large` at a small scale: the generated rows are as many as the plan says, every
// reference resolves across the two databases, a second run replaces rather than adds, and
// --scale 0 leaves the demo data alone.

const SCALE = 2;
const plan = volumePlan(SCALE);
const analyst = { subject: 'volume-analyst', role: 'ministry-analyst' } as const;
let graph: TestGraph;
let demo: Awaited<ReturnType<typeof counts>>;

const count = async (name: 'region' | 'ministry', table: string) =>
  (await graph.sql[name].unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n;
const counts = async () => ({
  staff: await count('region', 'staff_members'),
  sessions: await count('region', 'training_sessions'),
  enrollments: await count('region', 'enrollments'),
  procedures: await count('region', 'procedures'),
  experts: await count('ministry', 'experts'),
  missions: await count('ministry', 'expert_assignments'),
  programmes: await count('ministry', 'programmes'),
  programmeRegions: await count('ministry', 'programme_regions'),
});
const fill = (scale: number) => Promise.all(subgraphNames.map((name) => fillVolume(graph.sql[name], subgraphs[name].dataset.volume!(scale))));

beforeAll(async () => {
  graph = await startGraphForTest();
  demo = await counts();
  await fill(SCALE);
});
afterAll(async () => {
  await graph?.close();
});

describe('seed:large', () => {
  it('adds the planned rows beside the demo data, and a second run replaces them', async () => {
    const expected = {
      staff: demo.staff + plan.staff,
      sessions: demo.sessions + plan.sessions,
      enrollments: demo.enrollments + plan.sessions * plan.enrollmentsPerSession,
      procedures: demo.procedures + plan.procedures,
      experts: demo.experts + plan.experts,
      missions: demo.missions + plan.experts * plan.assignmentsPerExpert,
      programmes: demo.programmes + plan.programmes,
      programmeRegions: demo.programmeRegions + plan.programmes * plan.regionsPerProgramme,
    };
    expect(await counts()).toEqual(expected);
    await fill(SCALE);
    expect(await counts()).toEqual(expected);
  });

  it('enrols staff only in sessions of their own region, once each', async () => {
    const [row] = await graph.sql.region<{ foreign: number; duplicates: number }[]>`
      select (select count(*)::int from enrollments e join training_sessions s on s.id = e.session_id join staff_members m on m.id = e.staff_id where m.region_code <> s.region_code) as foreign,
             (select count(*)::int - count(distinct (session_id, staff_id))::int from enrollments) as duplicates`;
    expect(row).toEqual({ foreign: 0, duplicates: 0 });
  });

  it("points sessions at the ministry's generated experts and programmes, which the graph resolves", async () => {
    const response = await graph.request(
      `{ trainingSessions(first: 50, filter: { regionCode: "MA-05" }) { totalCount edges { node { title { fr } trainer { fullName } programme { code }
          enrollments(first: 3) { totalCount edges { node { staffMember { fullName } } } } } } } }`,
      {},
      { as: analyst },
    );
    expect(response.body).not.toHaveProperty('errors');
    const sessions = (response.body as { data: { trainingSessions: { totalCount: number; edges: { node: { title: { fr: string }; trainer: { fullName: string } | null; programme: { code: string } | null; enrollments: { totalCount: number; edges: unknown[] } } }[] } } }).data.trainingSessions;
    const generated = sessions.edges.map((edge) => edge.node).filter((node) => /— session \d+$/.test(node.title.fr));
    // Sessions go round the 12 regions: MA-05 has the 5th, the 17th, the 29th…
    expect(generated.length).toBe(Math.ceil((plan.sessions - 4) / 12));
    for (const session of generated) {
      expect(session.trainer?.fullName).toMatch(/\(volume\)$/);
      expect(session.enrollments.totalCount).toBe(plan.enrollmentsPerSession);
    }
    expect(generated.filter((session) => session.programme !== null).every((session) => session.programme!.code.startsWith('VOL-'))).toBe(true);
    expect(generated.some((session) => session.programme !== null)).toBe(true);
  });

  it('removes only the generated rows at scale 0', async () => {
    await fill(0);
    expect(await counts()).toEqual(demo);
  });
});
