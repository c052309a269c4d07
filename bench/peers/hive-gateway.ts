// Hive Gateway (The Guild's runtime) over the committed supergraph, with its defaults (it
// deduplicates identical in-flight subgraph fetches) or, with BENCH_HIVE_DEDUPE=false, without.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { supergraphPath } from '../../gateway/src/paths.js';
import { INTERNAL_IDENTITY_HEADER } from '#kit/auth';
import { loadHiveGatewayRuntime, supergraphWithUrls } from '../../test/support/peer-gateways.js';
import { identityToken, peerPort, subgraphUrls } from './identity.js';

const createGatewayRuntime = await loadHiveGatewayRuntime();

const dedupe = process.env.BENCH_HIVE_DEDUPE !== 'false';
const runtime = createGatewayRuntime({
  supergraph: supergraphWithUrls(readFileSync(supergraphPath, 'utf8'), subgraphUrls),
  logging: false,
  transportEntries: { '*': { options: dedupe ? {} : { deduplicateInflightRequests: false } } },
  plugins: () => [
    {
      onFetch: ({ options, setOptions }: { options: { headers?: Record<string, string> }; setOptions(next: object): void }) => {
        setOptions({ ...options, headers: { ...options.headers, [INTERNAL_IDENTITY_HEADER]: identityToken() } });
      },
    },
  ],
});
createServer(runtime).listen(peerPort, '127.0.0.1', () => console.log(`Hive Gateway (dedupe ${dedupe ? 'on' : 'off'}) ready on ${peerPort}`));
// Hive's runtime registers its own SIGTERM handler (graceful disposal) and then keeps running:
// the benchmark's stop must end the process.
process.once('SIGTERM', () => process.exit(0));
