import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository's root (where package.json is), found from this file whether it runs from
 * gateway/src (tsx, tests) or from its compiled copy in dist/gateway/src (`npm start`): the
 * committed supergraph, README and reports are read from there, never copied into dist/.
 */
export const repositoryRoot = (() => {
  let folder = import.meta.dirname;
  while (!existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
})();

export const schemaDir = path.join(repositoryRoot, 'schema');
/** The composed supergraph, committed; `npm run compose` writes it. */
export const supergraphPath = path.join(schemaDir, 'supergraph.graphql');
