import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Identity } from '#kit/auth';
import { dayOffset } from '../support/dates.js';
import { startSubgraphForTest, type TestSubgraph } from '../support/harness.js';
import { demoIds } from '../../subgraphs/demo-ids.js';

// Shared by the region's mutation tests: the subgraph on a fresh seeded database (with the
// ministry subgraph as its peer when trainer/programme ids must be checked), and small helpers
// that keep each test about the rule it checks.

export const seed = {
  /** MA-01 staff 1b…01 to 1b…24; MA-02 staff from 1b…101. */
  staff: (n: number) => `1b000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  session: (n: number) => `1c000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  document: (n: number) => `1a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  commitment: (n: number) => `1f000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actionPlanItem: (n: number) => `2a000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  ...demoIds,
};

export const missingUuid = '99999999-0000-4000-8000-000000000000';

export { dayOffset };

export interface Client {
  region: TestSubgraph;
  ministry?: TestSubgraph;
  /** Runs an operation as `actor`, expecting no error; returns `data`. */
  data(query: string, variables?: Record<string, unknown>, actor?: string, regionCode?: string): Promise<any>;
  /** Runs an operation expecting exactly one error (as `service` unless `as` says); returns it. */
  errorOf(query: string, variables?: Record<string, unknown>, as?: Identity): Promise<any>;
  close(): Promise<void>;
}

export async function startClient(options: { withMinistry?: boolean } = {}): Promise<Client> {
  const ministry = options.withMinistry ? await startSubgraphForTest('ministry') : undefined;
  const region = await startSubgraphForTest('region', ministry ? { peers: { ministry: ministry.url } } : {});
  return {
    region,
    ...(ministry ? { ministry } : {}),
    // As region-hr of the region the data concerns (MA-01 unless told): only they may change it.
    data: async (query, variables, actor = 'test-planner', regionCode = 'MA-01') => {
      const response = await region.request(query, variables, { as: { subject: actor, role: 'region-hr', regionCode } });
      expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
      return response.body.data;
    },
    errorOf: async (query, variables, as) => {
      const response = await region.request(query, variables, as ? { as } : {});
      expect(response.body.errors, 'expected exactly one error').toHaveLength(1);
      return response.body.errors[0];
    },
    close: async () => {
      await region.close();
      await ministry?.close();
    },
  };
}

/** Asserts a coded error naming the argument, and returns its message for further checks. */
export function expectCode(error: any, code: string, argumentName?: string): string {
  expect(error.extensions.code, error.message).toBe(code);
  if (argumentName !== undefined) expect(error.extensions.argumentName, error.message).toBe(argumentName);
  return error.message;
}

/** Audit rows of one target, oldest first, straight from the table. */
export async function auditRows(region: TestSubgraph, targetType: string, targetId: string) {
  return region.sql<{ actor: string; request_id: string; operation: string; before: any; after: any }[]>`
    select actor, request_id, operation, before, after from audit_log
    where target_type = ${targetType} and target_id = ${targetId} order by id`;
}

export const newKey = () => randomUUID();

export const SESSION_FIELDS = `id status version startsOn endsOn capacity location hours cancellationReason
  trainer { id } programme { id } enrollments { totalCount }`;

export const SCHEDULE = `mutation($input: ScheduleTrainingSessionInput!, $key: String) {
  scheduleTrainingSession(input: $input, idempotencyKey: $key) { ${SESSION_FIELDS} } }`;

export const ENROLL = `mutation($input: EnrollStaffInput!, $key: String) {
  enrollStaff(input: $input, idempotencyKey: $key) { id version attended staffMember { id } trainingSession { id } } }`;

/** A valid schedule input for MA-01, far enough in the future to be free; override what a test needs. */
export function sessionInput(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: 'MA-01',
    title: { fr: 'Session de test (démo)', ar: null },
    theme: 'DIGITAL_SKILLS',
    startsOn: dayOffset(400),
    endsOn: dayOffset(401),
    hours: 12,
    location: 'Siège du Conseil régional, Tanger',
    capacity: 10,
    trainerId: demoIds.expert[7],
    programmeId: demoIds.programme[1],
    ...overrides,
  };
}
