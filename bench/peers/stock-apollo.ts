// The stock @apollo/gateway, as its documentation sets it up: ApolloServer + ApolloGateway over
// the committed supergraph, RemoteGraphQLDataSource with its default fetcher. Its only addition
// is the identity header our subgraphs require. The benchmark's baseline.
import '../../gateway/src/telemetry-off.js';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphPath } from '../../gateway/src/paths.js';
import { INTERNAL_IDENTITY_HEADER } from '#kit/auth';
import { supergraphWithUrls } from '../../test/support/peer-gateways.js';
import { identityToken, peerPort, subgraphUrls } from './identity.js';

const gateway = new ApolloGateway({
  supergraphSdl: supergraphWithUrls(readFileSync(supergraphPath, 'utf8'), subgraphUrls),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest: ({ request }) => {
        request.http?.headers.set(INTERNAL_IDENTITY_HEADER, identityToken());
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: peerPort, host: '127.0.0.1' } });
console.log(`stock @apollo/gateway ready at ${url} over ${subgraphUrls.region}, ${subgraphUrls.ministry}`);
process.once('SIGTERM', () => process.exit(0));
