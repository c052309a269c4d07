import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '#kit/auth';
import { bearerToken, startGraphForTest, type TestGraph } from '../support/harness.js';
import { readmeReportOutputs } from '../support/readme.js';

// CSV exports page through the gateway's own /graphql with the caller's token: every row of
// the list, columns named by path, UTF-8 with a BOM, and the caller's row scope.

const analyst: Identity = { subject: 'analyst@ministry.test', role: 'ministry-analyst' };
const viewer02: Identity = { subject: 'viewer@ma02.test', role: 'region-viewer', regionCode: 'MA-02' };
let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraphForTest();
});
afterAll(() => graph?.close());

const SESSIONS = `query($after: String) { trainingSessions(first: 5, after: $after) {
  pageInfo { endCursor hasNextPage } edges { node { id title { fr ar } region { code } startsOn trainer { fullName } } } } }`;

async function exportAs(identity: Identity | undefined, body: Record<string, unknown>) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (identity) headers.authorization = `Bearer ${await bearerToken(identity)}`;
  const response = await fetch(new URL('/export', graph.url), { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('POST /export', () => {
  it('streams every page of the list as CSV with a BOM, columns named by path, Arabic intact', async () => {
    const result = await exportAs(analyst, { query: SESSIONS, path: 'trainingSessions' });
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/text\/csv/);
    expect([...result.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = result.bytes.subarray(3).toString('utf8');
    const [header, ...lines] = text.trim().split('\n');
    expect(header!.split(',')).toEqual(['id', 'title.fr', 'title.ar', 'region.code', 'startsOn', 'trainer.fullName']);
    const [sessions] = await graph.sql.region<{ count: number }[]>`select count(*)::int as count from training_sessions`;
    expect(lines).toHaveLength(sessions!.count);
    const [arabic] = await graph.sql.region<{ title_ar: string }[]>`select title_ar from training_sessions where title_ar is not null limit 1`;
    expect(text).toContain(arabic!.title_ar);
    expect(result.bytes.includes(Buffer.from(arabic!.title_ar, 'utf8'))).toBe(true);
  });

  it('follows the caller’s row scope: an MA-02 viewer’s export holds nothing of MA-01', async () => {
    const result = await exportAs(viewer02, { query: SESSIONS, path: 'trainingSessions' });
    const lines = result.bytes.subarray(3).toString('utf8').trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('MA-02');
    expect(lines.join('\n')).not.toContain('MA-01');
  });

  it('refuses what it cannot page, and what the caller may not read, with coded JSON errors', async () => {
    const noCursor = await exportAs(analyst, { query: '{ trainingSessions(first: 2) { pageInfo { endCursor hasNextPage } edges { node { id } } } }', path: 'trainingSessions' });
    expect(noCursor.status).toBe(400);
    expect(JSON.parse(noCursor.bytes.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'query' });
    const denied = await exportAs(undefined, { query: SESSIONS, path: 'trainingSessions' });
    expect(denied.status).toBe(400);
    expect(JSON.parse(denied.bytes.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('XLSX and the enrollments list', () => {
  it('exports every enrollment the caller may read as XLSX, readable back with its Arabic', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const result = await exportAs(analyst, {
      format: 'xlsx',
      path: 'enrollments',
      query: 'query($after: String) { enrollments(first: 50, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id attended trainingSession { title { fr ar } region { code } } } } } }',
    });
    expect(result.status).toBe(200);
    expect(result.type).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('export')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'attended', 'trainingSession.title.fr', 'trainingSession.title.ar', 'trainingSession.region.code']);
    const [enrollments] = await graph.sql.region<{ count: number }[]>`select count(*)::int as count from enrollments`;
    expect(sheet.rowCount - 1).toBe(enrollments!.count);
    const [arabic] = await graph.sql.region<{ title_ar: string }[]>`select s.title_ar from enrollments e join training_sessions s on s.id = e.session_id where s.title_ar is not null limit 1`;
    const titles = sheet.getColumn(4).values.map(String);
    expect(titles).toContain(arabic!.title_ar);
  });

  it('an MA-02 viewer’s enrollments export holds only MA-02', async () => {
    const result = await exportAs(viewer02, {
      path: 'enrollments',
      query: 'query($after: String) { enrollments(first: 50, after: $after) { pageInfo { endCursor hasNextPage } edges { node { trainingSession { region { code } } } } } }',
    });
    const lines = result.bytes.subarray(3).toString('utf8').trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines)).toEqual(new Set(['MA-02']));
  });
});

describe('saved reports', () => {
  it('are listed with their variables, and answer as CSV or JSON with the caller’s token', async () => {
    const list = (await (await fetch(new URL('/reports', graph.url))).json()) as { name: string; variables: { name: string }[] }[];
    expect(list.map((report) => report.name)).toEqual([
      'commitments-by-partnership', 'digitisation-by-region', 'expertise-by-region', 'practices-applied-by-region', 'staff-coverage-by-department', 'training-by-theme',
    ]);
    expect(list.find((report) => report.name === 'training-by-theme')!.variables.map((v) => v.name)).toEqual(['regionCode', 'from', 'to']);
    const token = await bearerToken(analyst);
    for (const report of list) {
      const query = report.variables.some((v) => v.name === 'regionCode') ? '?regionCode=MA-01' : '';
      const csv = await fetch(new URL(`/reports/${report.name}.csv${query}`, graph.url), { headers: { authorization: `Bearer ${token}` } });
      expect(csv.status, report.name).toBe(200);
      const lines = Buffer.from(await csv.arrayBuffer()).subarray(3).toString('utf8').trim().split('\n');
      expect(lines.length, report.name).toBeGreaterThan(1);
    }
    const json = await fetch(new URL('/reports/training-by-theme.json?regionCode=MA-01&from=2019-01-01&to=2019-12-31', graph.url), { headers: { authorization: `Bearer ${token}` } });
    const body = (await json.json()) as any;
    expect(body.data.trainingStatistics.groups.length).toBeGreaterThan(0);
    const missing = await fetch(new URL('/reports/nope.csv', graph.url));
    expect(missing.status).toBe(404);
    // A report whose required variable is left out says which one.
    const withoutRegion = await fetch(new URL('/reports/training-by-theme.csv', graph.url), { headers: { authorization: `Bearer ${token}` } });
    expect(withoutRegion.status).toBe(400);
    const refusal = (await withoutRegion.json()) as any;
    expect(refusal.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refusal.errors[0].message).toMatch(/\$regionCode/);
  });
});

describe('README for analysts', () => {
  it('shows each saved report’s real output on the demo data', async () => {
    const outputs = readmeReportOutputs();
    expect(outputs.length).toBeGreaterThanOrEqual(5);
    const token = await bearerToken(analyst);
    for (const { url, csv } of outputs) {
      const response = await fetch(new URL(url, graph.url), { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, url).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).subarray(3).toString('utf8').trim(), url).toBe(csv);
    }
  });
});
