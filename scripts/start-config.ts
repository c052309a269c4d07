// What `npm start` reads from the environment (its own variables, and the gateway's it checks
// before starting anything); a module of its own so that the configuration table (README,
// `npm run docs:config`) can read it without starting the graph.
import { z } from 'zod';
import { databaseUrl, port } from '#kit/config';
import { authConfigShape, checkAuthConfig } from '../gateway/src/config.js';
import { corsConfigShape } from '../gateway/src/cors.js';
import { explorerConfigShape } from '../gateway/src/explorer.js';
import { limitsConfigShape } from '../gateway/src/limits.js';
import { trustedDocumentsConfigShape } from '../gateway/src/trusted-documents.js';

export const startConfigSchema = z
  .object({
    REGION_DATABASE_URL: databaseUrl,
    MINISTRY_DATABASE_URL: databaseUrl,
    EMBEDDED_POSTGRES_PORT: port(54329),
    GATEWAY_PORT: port(4000),
    REGION_PORT: port(4001),
    MINISTRY_PORT: port(4002),
    HOST: z.string().default('127.0.0.1'),
    /** Heap cap of each process (gateway, each subgraph); past it the process restarts. */
    PASSERELLE_PROCESS_MEMORY_MB: z.coerce.number().int().min(64).default(512),
    ...authConfigShape,
    // Read by the gateway process; checked here too, so a bad value stops the start at once.
    ...limitsConfigShape,
    ...corsConfigShape,
    ...trustedDocumentsConfigShape,
    ...explorerConfigShape,
  })
  // Only this run's own processes share the internal secret, so in development a per-run one will do.
  .superRefine((config, context) => checkAuthConfig(config, context, { internalSecretRequired: false }));
