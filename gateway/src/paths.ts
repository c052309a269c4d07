import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));
/** The composed supergraph, committed; `npm run compose` writes it. */
export const supergraphPath = path.join(schemaDir, 'supergraph.graphql');
