// Runs the gateway alone, in front of subgraphs started elsewhere (production layout).
import './telemetry-off.js';
import { readFileSync } from 'node:fs';
import { ConfigError } from '#kit/config';
import { createLogger, startTracing } from '#kit/log';
import { announceServing, stopOnSignals } from '#kit/server';
import { supergraphPath } from './paths.js';
import { loadGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';
import { redisCache } from './shared-cache.js';

// Until the gateway serves there is nothing to drain: a signal, or the supervisor going away
// while this process is still loading, ends it at once.
let stop: () => void = () => process.exit(0);
stopOnSignals(() => stop());

try {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway');
  const tracing = await startTracing('gateway');
  const shared = config.redisUrl ? await redisCache(config.redisUrl, logger) : undefined;
  const gateway = await startGateway({
    logger,
    ...(shared ? { sharedCache: shared.cache } : {}),
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    port: config.port,
    host: config.host,
    clientTokens: config.auth.clientTokens,
    internalSecret: config.auth.internalSecret,
    ...config.limits,
    corsOrigins: config.corsOrigins,
    trustedDocuments: config.trustedDocuments,
  });
  logger.info({ url: gateway.url }, 'gateway ready');
  announceServing();
  stop = () => void gateway.close().then(() => shared?.close()).then(() => tracing?.shutdown()).then(() => process.exit(0));
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
