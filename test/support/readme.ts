import { readFileSync } from 'node:fs';

function sectionOf(heading: string): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The ```graphql blocks of one README.md section (`## heading`), in order, as written. */
function graphqlBlocks(heading: string): string[] {
  return [...sectionOf(heading).matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/**
 * The saved-report outputs README shows for analysts: each CSV block (a plain ``` block whose
 * first line has commas) right after a `GET /reports/…` URL.
 */
export function readmeReportOutputs(): { url: string; csv: string }[] {
  const section = sectionOf('For analysts: figures in one query');
  const outputs: { url: string; csv: string }[] = [];
  let url: string | undefined;
  for (const match of section.matchAll(/GET (\/reports\/[^\s`]+)|```(\w*)\n([\s\S]*?)```/g)) {
    if (match[1]) url = match[1];
    else if (match[2] === '') {
      // A URL names the output block that follows it, and only that one.
      if (url && match[3]!.split('\n')[0]!.includes(',')) outputs.push({ url, csv: match[3]!.trim() });
      url = undefined;
    }
  }
  return outputs;
}

/** README's example queries: the tests and the benchmark run them as written. */
export const readmeQueries = () => graphqlBlocks('Example queries');

/** README's statistics queries for analysts, run by the tests as written. */
export const readmeAnalystQueries = () => graphqlBlocks('For analysts: figures in one query');

/** README's example mutations, run by the tests as written. */
export const readmeMutations = () => graphqlBlocks('Changing data (mutations)');

/**
 * The role an example block needs, from the one-line note before it in README.md:
 * "(send a ministry-analyst token)". Blocks without a note run as the public role.
 */
export function readmeQueryRoles(): (string | undefined)[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## Example queries');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const roles: (string | undefined)[] = [];
  let previousEnd = 0;
  for (const match of section.matchAll(/```graphql\n[\s\S]*?```/g)) {
    const before = section.slice(previousEnd, match.index);
    roles.push(/\(send an? ([\w-]+) token\)/.exec(before)?.[1]);
    previousEnd = match.index + match[0].length;
  }
  return roles;
}
