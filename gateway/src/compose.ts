import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import YAML from 'yaml';
import { buildSchema } from '#kit/server';
import { subgraphs, type SubgraphName } from '../../subgraphs/registry.js';

import { printApiSchema } from './api-schema.js';
import { schemaDir } from './paths.js';

export { schemaDir, supergraphPath } from './paths.js';

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export function readSupergraphConfig(): SupergraphConfig {
  return YAML.parse(readFileSync(path.join(schemaDir, 'supergraph.yaml'), 'utf8')) as SupergraphConfig;
}

export interface Composition {
  supergraphSdl: string;
  /** The schema clients see (api-schema.ts), written to schema/api.graphql. */
  apiSdl: string;
  /** Each subgraph's SDL as printed from its code, keyed by the file supergraph.yaml names. */
  subgraphFiles: Record<string, string>;
}

/** Composes the supergraph from the subgraphs' code, exactly as `npm run compose` writes it. */
export function composeFromCode(): Composition {
  const config = readSupergraphConfig();
  const subgraphFiles: Record<string, string> = {};
  const schemas: GraphQLSchema[] = [];
  const services = Object.entries(config.subgraphs).map(([name, entry]) => {
    const subgraph = subgraphs[name as SubgraphName];
    if (!subgraph) throw new Error(`schema/supergraph.yaml names "${name}", which subgraphs/registry.ts does not know.`);
    const schema = buildSchema(subgraph.definition.modules);
    schemas.push(schema);
    const sdl = printSubgraphSchema(schema);
    subgraphFiles[entry.schema.file] = `${sdl.trim()}\n`;
    return { name, url: entry.routing_url, typeDefs: parse(sdl) };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
  const supergraphSdl = `${result.supergraphSdl.trim()}\n`;
  return { supergraphSdl, apiSdl: printApiSchema(supergraphSdl, schemas), subgraphFiles };
}
