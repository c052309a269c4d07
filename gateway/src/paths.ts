import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root (where package.json is), found from this file whether it runs from
 * gateway/src (tsx, tests) or from its compiled bundle in dist/ (`npm start`): the
 * committed supergraph, README and reports are read from there, never copied into dist/.
 */
export const repositoryRoot = (() => {
  // From import.meta.url, which the build rewrites to this file's place in dist/.
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
})();

export const schemaDir = path.join(repositoryRoot, 'schema');
/** The composed supergraph, committed; `npm run compose` writes it. */
export const supergraphPath = path.join(schemaDir, 'supergraph.graphql');
