/**
 * The shape of `npm run seed:large -- --scale N`, which both parties' volume seeds agree on:
 * how many rows of each kind per unit of scale, and the id of the n-th generated row of each
 * kind — a session's trainer is the ministry's generated Expert, its programme the ministry's
 * generated Programme, so each side computes the other's ids instead of asking for them.
 * At scale 100: 10,000 staff, 5,000 sessions, 200,000 enrollments, 1,100 procedures (region);
 * 1,000 experts, 2,000 missions, 100 programmes (ministry).
 */
export function volumePlan(scale: number) {
  const staff = 100 * scale;
  return {
    staff,
    sessions: 50 * scale,
    // Each session enrols distinct staff of its own region, so no more than a region has.
    enrollmentsPerSession: Math.min(40, Math.floor(staff / 12)),
    procedures: 11 * scale,
    experts: 10 * scale,
    assignmentsPerExpert: 2,
    programmes: scale,
    regionsPerProgramme: 3,
  };
}

export type VolumePlan = ReturnType<typeof volumePlan>;

// First uuid group of each kind's generated rows: `feed` marks them, so a second run finds and
// replaces exactly what the first one wrote (demo rows use other prefixes).
const prefixes = {
  staff: 'feed0001',
  session: 'feed0002',
  enrollment: 'feed0003',
  procedure: 'feed0004',
  expert: 'feed0101',
  assignment: 'feed0102',
  programme: 'feed0103',
} as const;

export type VolumeKind = keyof typeof prefixes;

/** SQL for the uuid of the n-th generated row of a kind, `n` an integer SQL expression. */
export const volumeIdSql = (kind: VolumeKind, n: string) => `('${prefixes[kind]}-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/** SQL condition that holds for exactly the generated rows of a kind (a primary-key range). */
export const volumeRowsSql = (kind: VolumeKind, column = 'id') =>
  `${column} between '${prefixes[kind]}-0000-0000-0000-000000000000' and '${prefixes[kind]}-ffff-ffff-ffff-ffffffffffff'`;

/** SQL for the 2-digit region code `MA-01`…`MA-12` of the n-th row (rows go round the 12 regions). */
export const volumeRegionSql = (n: string) => `'MA-' || lpad((1 + (${n} - 1) % 12)::text, 2, '0')`;

/** SQL for one of `values`, chosen by an integer SQL expression (round the list). */
export const volumePickSql = (values: string[], index: string) =>
  `(array[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')}])[1 + (${index}) % ${values.length}]`;
