// `npm run schema:check`: compares schema/api.graphql (the schema clients see) with the last
// released one (schema/released/api.graphql) and prints every change as breaking, dangerous or
// safe. It fails on a breaking change that schema/CHANGELOG.md's "## Unreleased" section does
// not announce (by the changed path, in backticks: `Query.staffMembers`).
// `--release <version>` makes the current schema the released one and dates the changelog.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

// graphql-inspector and this script must share one graphql build.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const { values } = parseArgs({
  options: {
    current: { type: 'string', default: 'schema/api.graphql' },
    released: { type: 'string', default: 'schema/released/api.graphql' },
    changelog: { type: 'string', default: 'schema/CHANGELOG.md' },
    release: { type: 'string' },
  },
});

const load = (file: string) => graphql.buildSchema(readFileSync(file, 'utf8'));
const changes = await diff(load(values.released!), load(values.current!));
const changelog = readFileSync(values.changelog!, 'utf8');
const unreleased = /## Unreleased\n([\s\S]*?)(?=\n## |$)/.exec(changelog)?.[1] ?? '';
const announced = (change: Change) => change.path !== undefined && unreleased.includes(`\`${change.path}\``);

const groups: [string, CriticalityLevel][] = [['breaking', CriticalityLevel.Breaking], ['dangerous', CriticalityLevel.Dangerous], ['safe', CriticalityLevel.NonBreaking]];
for (const [label, level] of groups) {
  const found = changes.filter((change) => change.criticality.level === level);
  if (found.length === 0) continue;
  console.log(`${label} (${found.length}):`);
  for (const change of found) {
    const note = level === CriticalityLevel.Breaking ? (announced(change) ? ' (announced)' : ' (NOT ANNOUNCED)') : '';
    console.log(`  - ${change.message}${note}`);
  }
}

const unannounced = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking && !announced(change));
if (unannounced.length > 0) {
  console.error(
    `\n${unannounced.length} breaking change(s) not announced in ${values.changelog}. A deployed client may break: ` +
      'deprecate instead (`@deprecated(reason: "use … instead")`) and remove in a later release, or announce each under "## Unreleased" by its path:\n' +
      unannounced.map((change) => `  - \`${change.path}\`: ${change.message}`).join('\n'),
  );
  process.exit(1);
}

if (values.release) {
  writeFileSync(values.released!, readFileSync(values.current!, 'utf8'));
  const day = new Date().toISOString().slice(0, 10);
  writeFileSync(values.changelog!, changelog.replace('## Unreleased\n', `## Unreleased\n\n## ${values.release} (${day})\n`));
  console.log(`Released ${values.release}: ${values.released} now holds the current schema.`);
} else {
  console.log(changes.length === 0 ? 'No change since the released schema.' : `${changes.length} change(s); none breaks a client unannounced.`);
}
