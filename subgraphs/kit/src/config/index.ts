import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Validates environment variables against a zod schema and fails with one message that names
 * every bad variable and what it should be — the first thing an operator sees on a bad start.
 */
export function loadConfig<T extends z.ZodType>(
  schema: T,
  env: Record<string, string | undefined> = process.env,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const value = env[String(issue.path[0])];
    // A secret is never echoed, not even a wrong one: start-up output ends up in logs.
    const shown = /SECRET/.test(variable) && value !== undefined ? '(hidden)' : JSON.stringify(value ?? null);
    return `  ${variable}: ${issue.message} (got ${shown})`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** A TCP port from the environment; 0 means "any free port" (tests). */
export const port = (fallback: number) =>
  z.coerce.number().int().min(0, 'must be a port number 0-65535').max(65535, 'must be a port number 0-65535').default(fallback);

/** An optional postgres:// URL. */
export const databaseUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
  .optional();

export const EMBEDDED_POSTGRES_USER = 'postgres';
export const EMBEDDED_POSTGRES_PASSWORD = 'passerelle';

/**
 * Admin URL of a database on the embedded server of that port (running here or in `npm start`).
 * Here rather than beside the embedded server (#kit/db) so that `npm start` can hand the URLs to
 * the processes it spawns before it loads the database code.
 */
export const embeddedServerUrl = (port: number, database: string) =>
  `postgres://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');

/**
 * A shared HMAC secret (PASSERELLE_INTERNAL_SECRET, PASSERELLE_JWT_SECRET): at least 32
 * characters, e.g. `openssl rand -base64 48`.
 */
export const sharedSecret = (purpose: string) =>
  z
    .string({ error: `is required: ${purpose}` })
    .min(32, `must be at least 32 characters (${purpose}); generate one with: openssl rand -base64 48`);

export const internalSecretPurpose =
  'the secret the gateway signs its calls to the subgraphs with; set the same value for the gateway and every subgraph';
