// Writes schema/subgraphs/*.graphql, schema/supergraph.graphql and schema/api.graphql (the
// schema clients see) from the subgraphs' code.
// `--check` writes nothing and fails when the committed files are stale (CI runs it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeFromCode, schemaDir, supergraphPath } from '../gateway/src/compose.js';

const check = process.argv.includes('--check');
const { supergraphSdl, apiSdl, subgraphFiles } = composeFromCode();
const outputs: [string, string][] = [
  ...Object.entries(subgraphFiles).map(([file, sdl]): [string, string] => [path.join(schemaDir, file), sdl]),
  [supergraphPath, supergraphSdl],
  [path.join(schemaDir, 'api.graphql'), apiSdl],
];
const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
if (check) {
  if (stale.length > 0) {
    console.error(`Stale: ${stale.map(([file]) => path.relative(process.cwd(), file)).join(', ')}. Run \`npm run compose\` and commit.`);
    process.exit(1);
  }
  console.log('Supergraph is up to date.');
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`Composed ${Object.keys(subgraphFiles).length} subgraphs into ${path.relative(process.cwd(), supergraphPath)}.`);
}
