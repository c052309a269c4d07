import { readFileSync } from 'node:fs';

/** The ```graphql blocks of README.md, in order: the tests and the benchmark run them as written. */
export function readmeQueries(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}
