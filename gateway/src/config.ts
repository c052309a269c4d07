import { z } from 'zod';
import { loadConfig, port } from '#kit';

const optionalUrl = z.string().url('must be an http(s) URL').optional();

export const gatewayConfigSchema = z.object({
  GATEWAY_PORT: port(4000),
  HOST: z.string().default('127.0.0.1'),
  REGION_SUBGRAPH_URL: optionalUrl,
  MINISTRY_SUBGRAPH_URL: optionalUrl,
});

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env) {
  const config = loadConfig(gatewayConfigSchema, env);
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    subgraphUrls: { region: config.REGION_SUBGRAPH_URL, ministry: config.MINISTRY_SUBGRAPH_URL },
  };
}
