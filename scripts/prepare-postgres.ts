// npm ci / npm install run this (postinstall): initdb once, into node_modules/.cache, with the
// empty databases `npm start` uses, so that a first start and each test run copy a cluster
// instead of making one (subgraphs/kit/src/db/pristine-cluster.ts). It never fails the install:
// without the cluster they run initdb themselves.
import { makePristineCluster } from '#kit/db';
import { subgraphLaunches } from '../subgraphs/launch.js';

try {
  const began = performance.now();
  const dir = await makePristineCluster(Object.values(subgraphLaunches).map((launch) => launch.embeddedDatabase));
  console.log(`Pristine PostgreSQL cluster ready in ${dir} (${Math.round(performance.now() - began)} ms).`);
} catch (error) {
  console.warn(`No pristine PostgreSQL cluster (npm start will run initdb itself): ${error instanceof Error ? error.message : String(error)}`);
}
