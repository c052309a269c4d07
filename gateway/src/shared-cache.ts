import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '#kit/log';

export interface SharedCache {
  cache: KeyValueCache<string>;
  close(): Promise<void>;
}

/**
 * Apollo Server's cache in Redis, so every gateway replica knows the automatic persisted
 * queries any of them has seen (a client that registered a query's hash with one replica sends
 * only the hash to the next). Redis being down is a cache miss, never a failed request: the
 * client is asked for the query text again, as after a restart.
 */
export async function redisCache(url: string, logger: Logger): Promise<SharedCache> {
  // Loaded only when Redis is configured: the Redis client is the heaviest module of the gateway
  // to load (~0.2 s of start-up), and most runs (npm start, tests) go without it.
  // A CommonJS package is read through `default` (its module.exports): a bundle's chunk gives
  // nothing else, and Node gives that too.
  const [{ default: { KeyvAdapter } }, { default: KeyvRedis }, { default: Keyv }] = await Promise.all([
    import('@apollo/utils.keyvadapter'),
    import('@keyv/redis'),
    import('keyv'),
  ]);
  // Commands fail at once while Redis is away (no queue of them to wait on), and each one gives
  // up after OPERATION_TIMEOUT_MILLIS: a request never waits on the cache longer than that.
  const store = new KeyvRedis({ url, disableOfflineQueue: true, socket: { connectTimeout: 1000 } }, { throwOnConnectError: false, throwOnErrors: false });
  const keyv = new Keyv<string>({ store, namespace: 'passerelle-gateway' });
  let reported = false;
  const unavailable = (error: unknown) => {
    // Once per outage, not per request.
    if (!reported) logger.warn({ err: error }, 'the shared cache (Redis) is unavailable: persisted queries are not shared until it answers');
    reported = true;
  };
  keyv.on('error', unavailable);
  // The adapter is typed against keyv's CommonJS declarations, the store against its ES module ones: one class.
  const adapter = new KeyvAdapter<string>(keyv as never);
  const cache: KeyValueCache<string> = {
    async get(key) {
      try {
        const value = await withinTimeout(adapter.get(key));
        reported = false;
        return value;
      } catch (error) {
        unavailable(error);
        return undefined;
      }
    },
    async set(key, value, options) {
      await withinTimeout(adapter.set(key, value, options)).catch(unavailable);
    },
    async delete(key) {
      return withinTimeout(adapter.delete(key)).catch((error: unknown) => {
        unavailable(error);
        return false;
      });
    },
  };
  return { cache, close: () => withinTimeout(keyv.disconnect()).catch(() => undefined) };
}

const OPERATION_TIMEOUT_MILLIS = 250;

function withinTimeout<T>(operation: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${OPERATION_TIMEOUT_MILLIS} ms`)), OPERATION_TIMEOUT_MILLIS);
  });
  return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
}
