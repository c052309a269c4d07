// Lists that grow with the data, for `npm run bench:scale` (beside bench/compare-queries.ts's
// README queries): the programmes query held to the demo's four programmes (its answer grows
// fivefold on the large data otherwise, which measures the answer's size, not the tables'), the
// first staff page, staff with their enrollments, text search with its count, and pages 2,000
// rows deep.
import { benchQueries } from './compare-queries.js';

export interface ScaleQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** On the large data, start after this many rows (walked with `walk`, 100 at a time). */
  deep?: number;
  walk?: string;
}

const sessionPage = `query Page($first: Int, $after: String) { trainingSessions(first: $first, after: $after) { edges { node { title { fr } startsOn region { code } } } } }`;
const staffPage = `query Page($first: Int, $after: String) { staffMembers(first: $first, after: $after) { edges { node { fullName department grade } } } }`;
const walk = (list: string) => `query Walk($first: Int, $after: String) { ${list}(first: $first, after: $after) { pageInfo { endCursor } } }`;

export const scaleQueries: ScaleQuery[] = [
  { name: 'programmes with sessions, 4 programmes as on the demo data', query: benchQueries.find((query) => query.name === 'programmes with sessions')!.query, variables: { first: 4, sessions: 3 } },
  { name: 'first staff page', query: staffPage, variables: { first: 20 } },
  {
    name: 'staff of a region with enrollments',
    query: `query Staff($code: ID) { staffMembers(first: 20, filter: { regionCode: $code }) { totalCount edges { node { fullName
      enrollments(first: 5) { totalCount edges { node { attended trainingSession { title { fr } startsOn } } } } } } } }`,
    variables: { code: 'MA-01' },
  },
  {
    name: 'session text search with count',
    query: `query Search($text: String) { trainingSessions(first: 10, filter: { search: $text }) { totalCount edges { node { title { fr } startsOn } } } }`,
    variables: { text: 'numérique' },
  },
  {
    name: 'staff text search with count',
    query: `query Search($text: String) { staffMembers(first: 10, filter: { search: $text }) { totalCount edges { node { fullName } } } }`,
    variables: { text: 'Bennani' },
  },
  { name: 'session page 2,000 rows deep (demo: first page)', query: sessionPage, variables: { first: 20 }, deep: 2000, walk: walk('trainingSessions') },
  { name: 'staff page 2,000 rows deep (demo: first page)', query: staffPage, variables: { first: 20 }, deep: 2000, walk: walk('staffMembers') },
];
