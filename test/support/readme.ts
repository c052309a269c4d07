import { readFileSync } from 'node:fs';

/** The ```graphql blocks of one README.md section (`## heading`), in order, as written. */
function graphqlBlocks(heading: string): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** README's example queries: the tests and the benchmark run them as written. */
export const readmeQueries = () => graphqlBlocks('Example queries');

/** README's example mutations, run by the tests as written. */
export const readmeMutations = () => graphqlBlocks('Changing data (mutations)');
