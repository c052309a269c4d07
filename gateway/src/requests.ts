import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { DocumentNode } from 'graphql';
import { ErrorCode, errorResponse } from '#kit/errors';
import type { GatewayContext } from './subgraph-data-source.js';

// Client mistakes at the HTTP and GraphQL edges answer like every other GraphQL error: a JSON
// body with a code and a message saying what to fix, a 4xx status, no HTML page, no stack.

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** A POST body must be JSON: anything else would reach Apollo without a parsed body. */
export const requireJsonBody: RequestHandler = (request, response, next) => {
  if (request.method !== 'POST' || request.is('application/json')) return next();
  response
    .status(415)
    .json(errorResponse(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the request as JSON: `content-type: application/json` and a body `{ "query": "…", "variables": { … } }`.'));
};

/** What express's body parser refuses (see body-parser's error types), as GraphQL errors. */
export const clientMistakes: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number }, _request, response, next) => {
  if (response.headersSent) return next(error);
  const answer = (status: number, code: string, message: string) => response.status(status).json(errorResponse(code, message));
  switch (error.type) {
    case 'entity.parse.failed':
      return answer(400, ErrorCode.BAD_REQUEST, 'The body is not valid JSON; send `{ "query": "…", "variables": { … } }`.');
    case 'entity.too.large':
      return answer(413, ErrorCode.PAYLOAD_TOO_LARGE, `The body is larger than the ${error.limit ?? ''} bytes accepted; send a shorter query and pass values as variables.`);
    case 'encoding.unsupported':
      return answer(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The content-encoding is not supported; send the body as identity, gzip or deflate.');
    case 'charset.unsupported':
      return answer(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'The charset is not supported; send the body as UTF-8.');
    default:
      if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
        // A body that could not be read: a bad gzip stream, a request aborted half-way.
        return answer(400, ErrorCode.BAD_REQUEST, 'The body could not be read (a corrupt compressed body or a truncated request); send it again as plain JSON.');
      }
      return next(error);
  }
};

/** Where `\u0000` sits in a variable: `$input.title.fr`. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The argument whose literal value holds a NUL, per parsed document: Apollo hands every request
 * of the same query text the same document, so the walk (a print per argument, ~3 % of the
 * gateway's CPU under load) runs once per query rather than per request.
 */
const literalNulArguments = new WeakMap<DocumentNode, string | null>();

function literalNulArgument(document: DocumentNode): string | undefined {
  let found = literalNulArguments.get(document);
  if (found === undefined) {
    let where: string | null = null;
    graphql.visit(document, {
      Argument(node) {
        if (!where && graphql.print(node.value).includes('\\u0000')) where = node.name.value;
      },
    });
    found = where;
    literalNulArguments.set(document, found);
  }
  return found ?? undefined;
}

/**
 * PostgreSQL cannot store the NUL character in text: refused here, naming the argument,
 * rather than as a database error deep in a subgraph.
 */
export const refuseUnstorableCharacters: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const where = nulPath(request.variables ?? {}, '$')?.replace(/^\$\./, '$') ?? literalNulArgument(document);
        if (where) {
          throw new graphql.GraphQLError(`\`${where}\` contains a NUL character (\\u0000), which cannot be stored; remove it.`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: where, http: { status: 400 } },
          });
        }
      },
    };
  },
};

/**
 * The largest answer sent: a bigger one (which the cost limit should prevent) is refused. It is
 * measured on the serialized answer as it leaves, in one pass over the string without a copy (a
 * plugin would have to serialize every answer a second time just to weigh it).
 */
export function limitResponseSize(maxBytes: number): RequestHandler {
  return (_request, response, next) => {
    const send = response.send.bind(response);
    response.send = ((body?: unknown) => {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: most answers need no count at all.
      const size = typeof body === 'string' && body.length * 3 > maxBytes ? Buffer.byteLength(body) : 0;
      if (size <= maxBytes) return send(body);
      response.status(400);
      return send(JSON.stringify({
        errors: [{
          message: `The answer would be ${size} bytes, above the ${maxBytes} sent at most; ask for fewer items or fields, and page through long lists.`,
          extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, found: size, limit: maxBytes },
        }],
      }));
    }) as typeof response.send;
    next();
  };
}
