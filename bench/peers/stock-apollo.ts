// The stock @apollo/gateway, as its documentation sets it up: ApolloServer + ApolloGateway over
// the committed supergraph, RemoteGraphQLDataSource with its default fetcher. Its only addition
// is the identity header our subgraphs require. The benchmark's baseline.
import '../../gateway/src/telemetry-off.js';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { supergraphPath } from '../../gateway/src/paths.js';
import { identityHeader, identityToken, peerPort, subgraphUrls, supergraphWithUrls } from './identity.js';

const gateway = new ApolloGateway({
  supergraphSdl: supergraphWithUrls(readFileSync(supergraphPath, 'utf8')),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest: ({ request }) => {
        request.http?.headers.set(identityHeader, identityToken());
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: peerPort, host: '127.0.0.1' } });
console.log(`stock @apollo/gateway ready at ${url} over ${subgraphUrls.region}, ${subgraphUrls.ministry}`);
process.once('SIGTERM', () => process.exit(0));
