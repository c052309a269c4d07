// The benchmark's workload: README's four example queries, written with variables so that the
// "varied" workload can ask each with other regions, filters and page sizes, plus a heavy list
// (100 sessions with trainer, programme and 20 enrollments each). Variant 0 of each is the
// README query as written; the "identical" workload sends only that one.

export interface BenchQuery {
  name: string;
  query: string;
  variants: Record<string, unknown>[];
}

const regions = ['MA-01', 'MA-02'];
const themes = ['HR_MANAGEMENT', 'E_ADMINISTRATION', 'PROCEDURE_SIMPLIFICATION', 'RECEPTION_QUALITY', 'DIGITAL_SKILLS', 'TRAINING_ENGINEERING'];
const cross = <A, B>(as: A[], bs: B[]) => as.flatMap((a) => bs.map((b) => [a, b] as const));

export const benchQueries: BenchQuery[] = [
  {
    name: 'partnership dashboard',
    query: `query Dashboard($code: ID!) { region(code: $code) { name { fr ar } partnership {
      title { fr } signedIn signedAt signatories { party title { fr } } objectives { fr }
      ministryCommitments { description { fr } status dueOn } regionCommitments { description { fr } status dueOn }
      progress { percentComplete regionCommitmentsDone regionCommitmentsTotal ministryCommitmentsDone ministryCommitmentsTotal } } } }`,
    variants: regions.map((code) => ({ code })),
  },
  {
    name: 'sessions with trainers',
    query: `query Sessions($code: ID, $status: TrainingSessionStatus, $first: Int) {
      trainingSessions(first: $first, filter: { regionCode: $code, status: $status }) { totalCount edges { node {
        title { fr } startsOn theme trainer { fullName organisation specialties } programme { code title { fr } }
        enrollments(first: 3) { totalCount edges { node { staffMember { fullName } attended evaluation } } } } } } }`,
    variants: cross(regions, ['COMPLETED', 'PLANNED']).flatMap(([code, status]) => [5, 8].map((first) => ({ code, status, first }))),
  },
  {
    name: 'expert with sessions',
    query: `query Expert($specialty: Theme) { experts(first: 1, filter: { specialty: $specialty }) { edges { node {
      fullName specialties assignments { edges { node { region { name { fr } } mission { fr } startsOn endsOn } } }
      trainingSessions { totalCount edges { node { title { fr } startsOn region { code } } } } } } } }`,
    variants: themes.map((specialty) => ({ specialty })),
  },
  {
    name: 'programmes with sessions',
    query: `query Programmes($first: Int, $sessions: Int) { programmes(first: $first) { edges { node {
      code title { fr } regions { code name { fr } }
      trainingSessions(first: $sessions) { totalCount edges { node { title { fr } region { code } } } } } } } }`,
    variants: cross([20, 2, 3], [3, 1, 5]).map(([first, sessions]) => ({ first, sessions })),
  },
  {
    name: '100 sessions with trainer, programme, enrollments',
    query: `query Heavy($code: ID, $statuses: [TrainingSessionStatus!]) {
      trainingSessions(first: 100, filter: { regionCode: $code, statuses: $statuses }) { edges { node {
        id title { fr ar } startsOn hours trainer { fullName specialties } programme { code title { fr } }
        enrollments(first: 20) { edges { node { attended evaluation staffMember { fullName department } } } } } } } }`,
    variants: [{}, { code: 'MA-01' }, { code: 'MA-02' }, { statuses: ['COMPLETED'] }, { statuses: ['PLANNED', 'CANCELLED'] }],
  },
];
