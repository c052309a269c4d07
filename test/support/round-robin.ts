import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A load balancer for the replica test, as a Kubernetes Service or compose's DNS would be in
 * front of replicas: each request goes to the next target in turn; a target that refuses the
 * connection (a stopped replica) is skipped for the next one, since the request never reached
 * it. A request a target accepted and then dropped (it died mid-request) fails with 502: that
 * is a request in flight, which the test counts. One connection per request, so a dead target
 * always shows as refused.
 */
export async function startRoundRobin(targets: readonly string[]): Promise<{ url: string; served: Map<string, number>; close(): Promise<void> }> {
  const served = new Map(targets.map((target) => [target, 0]));
  let next = 0;
  // Each request starts at the next target and, refused, tries the ones after it in order.
  const forward = (request: http.IncomingMessage, body: Buffer, response: http.ServerResponse, first: number, attempt: number) => {
    const target = targets[(first + attempt) % targets.length]!;
    const upstream = http.request(new URL(request.url ?? '/', target), { method: request.method, headers: { ...request.headers, connection: 'close' }, agent: false }, (answer) => {
      served.set(target, served.get(target)! + 1);
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' && attempt + 1 < targets.length) return forward(request, body, response, first, attempt + 1);
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`upstream ${target} failed: ${error.code ?? error.message}`);
    });
    upstream.end(body);
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, Buffer.concat(chunks), response, next++, 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
