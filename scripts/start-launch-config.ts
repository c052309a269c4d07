// What `npm start` reads before it spawns anything: its own variables and the authentication
// ones (the processes it spawns share the internal secret). Only zod behind it, so the
// processes start loading at once; the rest of the configuration is checked while they do
// (start-config.ts).
import { z } from 'zod';
import { databaseUrl, port } from '#kit/config';
import { authConfigShape, checkAuthConfig } from '../gateway/src/auth-config.js';

export const startLaunchConfigShape = {
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
};

type LaunchConfig = z.infer<z.ZodObject<typeof startLaunchConfigShape>>;
// Only this run's own processes share the internal secret, so in development a per-run one will do.
export const checkStartAuth = (config: LaunchConfig, context: z.RefinementCtx) => checkAuthConfig(config, context, { internalSecretRequired: false });

export const startLaunchConfigSchema = z.object(startLaunchConfigShape).superRefine(checkStartAuth);
