import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { startGraphForTest, type TestGraph } from '../support/harness.js';
import { readmeAnalystQueries } from '../support/readme.js';

// Statistics (training, procedures), checked against figures computed here in JavaScript from the raw rows
// (not by the same SQL), and under the caller's row scope.

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const viewer02: Identity = { subject: 'viewer@ma02.test', role: 'region-viewer', regionCode: 'MA-02' };
const FIGURES = 'sessions hours placesOffered placesTaken staffTrained attendanceRate averageEvaluation';

interface Session { id: string; region_code: string; theme: string; hours: number; capacity: number }
interface Enrollment { session_id: string; staff_id: string; attended: boolean | null; evaluation: number | null; department: string }

let graph: TestGraph;
let sessions: Session[];
let enrollments: Enrollment[];

beforeAll(async () => {
  graph = await startGraphForTest();
  sessions = await graph.sql.region<Session[]>`select id, region_code, theme::text, hours, capacity from training_sessions`;
  enrollments = await graph.sql.region<Enrollment[]>`
    select e.session_id, e.staff_id, e.attended, e.evaluation, s.department from enrollments e join staff_members s on s.id = e.staff_id`;
});
afterAll(() => graph?.close());

/** The figures of a set of sessions and of the enrollments counted with them. */
function figures(group: Session[], counted: Enrollment[]) {
  const recorded = counted.filter((e) => e.attended !== null);
  const evaluations = counted.map((e) => e.evaluation).filter((v): v is number => v !== null);
  return {
    sessions: group.length,
    hours: group.reduce((sum, s) => sum + s.hours, 0),
    placesOffered: group.reduce((sum, s) => sum + s.capacity, 0),
    placesTaken: counted.length,
    staffTrained: new Set(counted.filter((e) => e.attended).map((e) => e.staff_id)).size,
    attendanceRate: recorded.length ? recorded.filter((e) => e.attended).length / recorded.length : null,
    averageEvaluation: evaluations.length ? evaluations.reduce((a, b) => a + b, 0) / evaluations.length : null,
  };
}

const close = (actual: Record<string, unknown>, expected: Record<string, number | null>) => {
  for (const [key, value] of Object.entries(expected)) {
    if (value === null) expect(actual[key], key).toBeNull();
    else expect(actual[key] as number, key).toBeCloseTo(value, 9);
  }
};

describe('trainingStatistics', () => {
  it('totals and groups by theme for MA-01 match the rows', async () => {
    const response = await graph.request(`{ trainingStatistics(filter: { regionCode: "MA-01" }, groupBy: [THEME]) {
      totals { ${FIGURES} } groups { theme ${FIGURES} } } }`, {}, { as: analyst });
    const { totals, groups } = response.body.data.trainingStatistics;
    const ma01 = sessions.filter((s) => s.region_code === 'MA-01');
    const ids = new Set(ma01.map((s) => s.id));
    close(totals, figures(ma01, enrollments.filter((e) => ids.has(e.session_id))));
    const themes = [...new Set(ma01.map((s) => s.theme))];
    expect(groups.map((g: any) => g.theme).sort()).toEqual(themes.sort());
    for (const theme of themes) {
      const group = ma01.filter((s) => s.theme === theme);
      const groupIds = new Set(group.map((s) => s.id));
      close(groups.find((g: any) => g.theme === theme), figures(group, enrollments.filter((e) => groupIds.has(e.session_id))));
    }
  });

  it('by department, a session counts once in each department it had participants from', async () => {
    const response = await graph.request('{ trainingStatistics(filter: { regionCode: "MA-01" }, groupBy: [DEPARTMENT]) { groups { department sessions placesTaken } } }', {}, { as: analyst });
    const ma01 = new Set(sessions.filter((s) => s.region_code === 'MA-01').map((s) => s.id));
    const counted = enrollments.filter((e) => ma01.has(e.session_id));
    for (const department of new Set(counted.map((e) => e.department))) {
      const ofDepartment = counted.filter((e) => e.department === department);
      const group = response.body.data.trainingStatistics.groups.find((g: any) => g.department === department);
      expect(group).toMatchObject({ sessions: new Set(ofDepartment.map((e) => e.session_id)).size, placesTaken: ofDepartment.length });
    }
  });

  it('a group keyed by a ministry entity is that entity (programme title in the same answer)', async () => {
    const response = await graph.request('{ trainingStatistics(groupBy: [PROGRAMME]) { groups { programme { code title { fr } } sessions } } }', {}, { as: analyst });
    const groups = response.body.data.trainingStatistics.groups;
    expect(groups.some((g: any) => g.programme?.code && g.programme.title.fr)).toBe(true);
  });

  it('an MA-02 region-viewer’s figures hold nothing of MA-01', async () => {
    const response = await graph.request(`{
      all: trainingStatistics(groupBy: [REGION]) { totals { sessions } groups { region { code } sessions } }
      theirs: trainingStatistics(filter: { regionCode: "MA-01" }) { totals { sessions placesTaken } }
    }`, {}, { as: viewer02 });
    const { all, theirs } = response.body.data;
    expect(all.groups.map((g: any) => g.region.code)).toEqual(['MA-02']);
    expect(all.totals.sessions).toBe(sessions.filter((s) => s.region_code === 'MA-02').length);
    expect(theirs.totals).toEqual({ sessions: 0, placesTaken: 0 });
  });

  it('README’s analyst queries run as written', async () => {
    const queries = readmeAnalystQueries();
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      const response = await graph.request(query, {}, { as: analyst });
      expect(response.body.errors, query).toBeUndefined();
      const [figures] = Object.values(response.body.data) as { groups: unknown[] }[];
      expect(figures!.groups.length).toBeGreaterThan(0);
    }
  });

  it('is not for the public', async () => {
    const response = await graph.request('{ trainingStatistics { totals { sessions } } }');
    expect(response.body.data.trainingStatistics).toBeNull();
    expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('procedureStatistics', () => {
  it('counts and digitisation rate per region match the rows; the public may ask', async () => {
    const rows = await graph.sql.region<{ region_code: string; digitisation: string }[]>`select region_code, digitisation::text from procedures`;
    const response = await graph.request('{ procedureStatistics(groupBy: [REGION]) { totals { procedures online digitisationRate } groups { region { code } procedures paper partial online digitisationRate } } }');
    const { totals, groups } = response.body.data.procedureStatistics;
    expect(totals.procedures).toBe(rows.length);
    expect(totals.digitisationRate).toBeCloseTo(rows.filter((r) => r.digitisation === 'ONLINE').length / rows.length, 9);
    for (const code of new Set(rows.map((r) => r.region_code))) {
      const mine = rows.filter((r) => r.region_code === code);
      const group = groups.find((g: any) => g.region.code === code);
      expect(group).toMatchObject({
        procedures: mine.length,
        paper: mine.filter((r) => r.digitisation === 'PAPER').length,
        partial: mine.filter((r) => r.digitisation === 'PARTIAL').length,
        online: mine.filter((r) => r.digitisation === 'ONLINE').length,
      });
      expect(group.digitisationRate).toBeCloseTo(mine.filter((r) => r.digitisation === 'ONLINE').length / mine.length, 9);
    }
  });
});

describe('staffTrainingCoverage', () => {
  it('share of staff trained at least once in a period, by department, matches the rows', async () => {
    const staff = await graph.sql.region<{ id: string; department: string }[]>`select id, department from staff_members where region_code = 'MA-01'`;
    const attended = await graph.sql.region<{ staff_id: string }[]>`
      select e.staff_id from enrollments e join training_sessions s on s.id = e.session_id
      where e.attended and s.starts_on between '2019-01-01' and '2019-12-31'`;
    const trained = new Set(attended.map((row) => row.staff_id));
    const response = await graph.request(`{ staffTrainingCoverage(filter: { regionCode: "MA-01", from: "2019-01-01", to: "2019-12-31" }, groupBy: [DEPARTMENT]) {
      totals { staff trained coverage } groups { department staff trained coverage } } }`, {}, { as: analyst });
    const { totals, groups } = response.body.data.staffTrainingCoverage;
    expect(totals.staff).toBe(staff.length);
    expect(totals.trained).toBe(staff.filter((s) => trained.has(s.id)).length);
    for (const department of new Set(staff.map((s) => s.department))) {
      const mine = staff.filter((s) => s.department === department);
      const group = groups.find((g: any) => g.department === department);
      expect(group).toMatchObject({ staff: mine.length, trained: mine.filter((s) => trained.has(s.id)).length });
      expect(group.coverage).toBeCloseTo(mine.filter((s) => trained.has(s.id)).length / mine.length, 9);
    }
    const scoped = await graph.request('{ staffTrainingCoverage(groupBy: [REGION]) { groups { region { code } } } }', {}, { as: viewer02 });
    expect(scoped.body.data.staffTrainingCoverage.groups.map((g: any) => g.region.code)).toEqual(['MA-02']);
  });
});

describe('commitment figures, both parties, per partnership', () => {
  it('done / in progress / late per party match the rows', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    type Row = { partnership_id: string; status: string; due_on: string | null };
    const region = await graph.sql.region<Row[]>`select partnership_id, status::text, due_on::text from region_commitments`;
    const ministry = await graph.sql.ministry<Row[]>`select partnership_id, status::text, due_on::text from ministry_commitments`;
    const expected = (rows: Row[]) => {
      const overdue = rows.filter((r) => !['DONE', 'CANCELLED'].includes(r.status) && r.due_on !== null && r.due_on < today);
      return {
        total: rows.length,
        done: rows.filter((r) => r.status === 'DONE').length,
        inProgress: rows.filter((r) => r.status === 'IN_PROGRESS').length,
        delayed: rows.filter((r) => r.status === 'DELAYED').length,
        overdue: overdue.length,
        late: new Set([...rows.filter((r) => r.status === 'DELAYED'), ...overdue]).size,
      };
    };
    const response = await graph.request(`{ partnerships { edges { node { id
      regionCommitmentFigures { total done inProgress delayed overdue late }
      ministryCommitmentFigures { total done inProgress delayed overdue late } } } } }`, {}, { as: analyst });
    const nodes = response.body.data.partnerships.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.regionCommitmentFigures).toEqual(expected(region.filter((r) => r.partnership_id === node.id)));
      expect(node.ministryCommitmentFigures).toEqual(expected(ministry.filter((r) => r.partnership_id === node.id)));
    }
  });
});

describe('expertiseStatistics', () => {
  it('missions and expert-days within a period, by region, match the rows', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Casablanca', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const [from, to] = ['2019-01-01', '2020-12-31'];
    const missions = await graph.sql.ministry<{ region_code: string; expert_id: string; starts_on: string; ends_on: string | null }[]>`
      select region_code, expert_id, starts_on::text, ends_on::text from expert_assignments`;
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const inPeriod = missions.filter((m) => m.starts_on <= to && (m.ends_on ?? today) >= from);
    const daysOf = (m: (typeof missions)[number]) => Math.max(0, Math.min(day(m.ends_on ?? today), day(to)) - Math.max(day(m.starts_on), day(from)) + 1);
    const response = await graph.request(`{ expertiseStatistics(filter: { from: "${from}", to: "${to}" }, groupBy: [REGION]) {
      totals { missions experts expertDays } groups { region { code } missions experts expertDays } } }`, {}, { as: analyst });
    const { totals, groups } = response.body.data.expertiseStatistics;
    expect(totals).toEqual({ missions: inPeriod.length, experts: new Set(inPeriod.map((m) => m.expert_id)).size, expertDays: inPeriod.reduce((sum, m) => sum + daysOf(m), 0) });
    for (const code of new Set(inPeriod.map((m) => m.region_code))) {
      const mine = inPeriod.filter((m) => m.region_code === code);
      expect(groups.find((g: any) => g.region.code === code)).toMatchObject({ missions: mine.length, expertDays: mine.reduce((sum, m) => sum + daysOf(m), 0) });
    }
    const asPublic = await graph.request('{ expertiseStatistics { totals { missions } } }');
    expect(asPublic.body.data.expertiseStatistics).toBeNull();
  });
});

describe('adoptionStatistics', () => {
  it('adoptions by region and theme match the rows', async () => {
    const rows = await graph.sql.ministry<{ region_code: string; theme: string; best_practice_id: string }[]>`
      select a.region_code, p.theme::text, a.best_practice_id from best_practice_adoptions a join best_practices p on p.id = a.best_practice_id`;
    const response = await graph.request('{ adoptionStatistics(groupBy: [REGION, THEME]) { totals { adoptions practices } groups { region { code } theme adoptions practices } } }');
    const { totals, groups } = response.body.data.adoptionStatistics;
    expect(totals).toEqual({ adoptions: rows.length, practices: new Set(rows.map((r) => r.best_practice_id)).size });
    const keys = new Set(rows.map((r) => `${r.region_code}/${r.theme}`));
    expect(groups).toHaveLength(keys.size);
    for (const group of groups) {
      const mine = rows.filter((r) => r.region_code === group.region.code && r.theme === group.theme);
      expect(group.adoptions).toBe(mine.length);
    }
  });
});

describe('practiceApplicationStatistics', () => {
  it('practices applied per region (the procedure’s region, read from the region’s own rows) and per practice', async () => {
    const links = await graph.sql.ministry<{ procedure_id: string; best_practice_id: string }[]>`select procedure_id, best_practice_id from practice_applications`;
    const procedures = await graph.sql.region<{ id: string; region_code: string }[]>`select id, region_code from procedures`;
    const regionOf = new Map(procedures.map((p) => [p.id, p.region_code]));
    expect(links.length).toBeGreaterThan(0);
    const response = await graph.request(
      '{ practiceApplicationStatistics(groupBy: [REGION, PRACTICE]) { totals { applications procedures practices } groups { region { code name { fr } } practice { id title { fr } } applications procedures } } }',
    );
    expect(response.body.errors).toBeUndefined();
    const { totals, groups } = response.body.data.practiceApplicationStatistics;
    expect(totals).toEqual({
      applications: links.length,
      procedures: new Set(links.map((l) => l.procedure_id)).size,
      practices: new Set(links.map((l) => l.best_practice_id)).size,
    });
    type Link = (typeof links)[number];
    const expected = new Map<string, Link[]>();
    for (const link of links) {
      const key = `${regionOf.get(link.procedure_id)}/${link.best_practice_id}`;
      expected.set(key, [...(expected.get(key) ?? []), link]);
    }
    expect(groups).toHaveLength(expected.size);
    for (const group of groups) {
      const mine = expected.get(`${group.region.code}/${group.practice.id}`)!;
      expect(group).toMatchObject({ applications: mine.length, procedures: new Set(mine.map((l) => l.procedure_id)).size });
      expect(group.region.name.fr).toBeTruthy();
      expect(group.practice.title.fr).toBeTruthy();
    }
    const elsewhere = await graph.request('{ practiceApplicationStatistics(filter: { regionCode: "MA-02" }) { totals { applications } } }');
    expect(elsewhere.body.data.practiceApplicationStatistics.totals.applications).toBe(links.filter((l) => regionOf.get(l.procedure_id) === 'MA-02').length);
  });
});
