import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { Agent } from 'undici';
import { INTERNAL_IDENTITY_HEADER, type Identity, type InternalSigner } from '#kit/auth';
import { ErrorCode, errorResponse } from '#kit/errors';
import { requestIdFor, subjectTag, type Logger } from '#kit/log';
import { authenticateClients, type ClientTokenVerifier } from './auth.js';

/** The owner of each file route: documents are the region subgraph's. */
const FILE_ROUTES = [{ path: '/files/documents/:id', subgraph: 'region' }] as const;
/** What a client's request says about the bytes it sends; passed on unchanged. */
const FORWARDED_REQUEST_HEADERS = ['content-type', 'content-length', 'x-content-sha256'];
const FORWARDED_ANSWER_HEADERS = ['content-type', 'content-length', 'content-disposition', 'etag', 'x-content-sha256', 'cache-control'];

/**
 * Files cross the gateway as documents' data does: the client's token is verified here, the
 * owning subgraph gets the caller's identity signed as for /graphql and applies its row rules;
 * the bytes stream through in both directions (never held whole in memory).
 */
export function filesRouter(options: {
  subgraphUrls: Record<string, string>;
  verifyClient: ClientTokenVerifier;
  signer: InternalSigner;
  logger: Logger;
}): { router: Router; close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const router = Router();
  for (const route of FILE_ROUTES) {
    const forward = async (request: Request, response: Response) => {
      const began = performance.now();
      const identity = response.locals.identity as Identity;
      const requestId = requestIdFor(request.get('x-request-id'));
      const base = options.subgraphUrls[route.subgraph];
      const finish = (status: number) =>
        options.logger.info({ requestId, method: request.method, route: route.path, role: identity.role, subject: subjectTag(identity.subject), status, ms: Math.round(performance.now() - began) }, 'file request');
      if (!base) {
        response.status(503).json(errorResponse(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${route.subgraph} subgraph is not configured.`));
        return finish(503);
      }
      // Only the path and query of the request, on the subgraph's own origin: never a host the
      // client names (an absolute-form request target would otherwise pick where this goes).
      const origin = new URL(base).origin;
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const target = new URL(`${request.path}${query}`, origin);
      if (target.origin !== origin) {
        response.status(400).json(errorResponse(ErrorCode.BAD_REQUEST, 'Send the request to a path of this gateway.'));
        return finish(400);
      }
      const headers: Record<string, string> = { [INTERNAL_IDENTITY_HEADER]: await options.signer.sign(identity), 'x-request-id': requestId };
      for (const name of FORWARDED_REQUEST_HEADERS) {
        const value = request.get(name);
        if (value !== undefined) headers[name] = value;
      }
      // A client gone mid-transfer stops the transfer to the subgraph too.
      const aborted = new AbortController();
      response.once('close', () => aborted.abort());
      try {
        const answer = await agent.request({
          origin: target.origin,
          path: `${target.pathname}${target.search}`,
          method: request.method as 'GET' | 'PUT',
          headers,
          body: request.method === 'PUT' ? request : null,
          signal: aborted.signal,
        });
        response.status(answer.statusCode);
        for (const name of FORWARDED_ANSWER_HEADERS) {
          const value = answer.headers[name];
          if (value !== undefined) response.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        await pipeline(answer.body, response);
        finish(answer.statusCode);
      } catch {
        if (!response.headersSent) {
          response.status(502).json(errorResponse(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${route.subgraph} subgraph could not be reached for this file; retry later.`));
        } else response.destroy();
        finish(502);
      }
    };
    const authenticate = authenticateClients(options.verifyClient, (message) => options.logger.warn(message));
    router.get(route.path, authenticate, forward);
    router.put(route.path, authenticate, forward);
  }
  return { router, close: () => agent.close() };
}
