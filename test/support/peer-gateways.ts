// What it takes to run another federation gateway over our subgraphs: the committed supergraph
// pointed at this run's subgraph URLs, and Hive Gateway's runtime.
import type { RequestListener } from 'node:http';

/** The supergraph with the subgraph URLs of this run (everything else unchanged). */
export function supergraphWithUrls(sdl: string, urls: { region: string; ministry: string }): string {
  return sdl
    .replace(/(@join__graph\(name: "region", url: )"[^"]+"/, `$1"${urls.region}"`)
    .replace(/(@join__graph\(name: "ministry", url: )"[^"]+"/, `$1"${urls.ministry}"`);
}

/** The part of a Hive Gateway runtime we use: a fetch handler that is also a Node request listener. */
export type HiveRuntime = RequestListener & {
  fetch(url: string, init: { method: string; headers: Record<string, string>; body: string }): Promise<Response>;
  dispose(): Promise<void>;
};

/**
 * Hive Gateway's `createGatewayRuntime`, loaded by a name TypeScript does not follow: its
 * typings pull in the DOM library (through @whatwg-node/fetch), which would change the global
 * fetch types of the whole project.
 */
export async function loadHiveGatewayRuntime(): Promise<(options: object) => HiveRuntime> {
  const hiveRuntimePackage: string = '@graphql-hive/gateway-runtime';
  return ((await import(hiveRuntimePackage)) as { createGatewayRuntime(options: object): HiveRuntime }).createGatewayRuntime;
}
