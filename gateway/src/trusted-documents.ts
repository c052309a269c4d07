import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { errorResponse } from '#kit/errors';

// Trusted documents: the operations compiled into known clients (graphql-codegen's client
// preset writes their manifest, `{ "sha256:<hash>": "<document>" }`). A client may send an
// operation's `documentId` instead of its text; with TRUSTED_DOCUMENTS=required nothing else
// runs, so a production gateway answers only what its frontends were built to ask.

export type TrustedMode = 'allowed' | 'required';

export interface TrustedDocuments {
  mode: TrustedMode;
  /** Manifest files (JSON) to load; their documents may be sent by `documentId`. */
  manifests: readonly string[];
}

const hashOf = (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`;

export function loadManifests(files: readonly string[]): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of files) {
    for (const [id, document] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) documents.set(id, document);
  }
  return documents;
}

export function trustedDocuments(config: TrustedDocuments): RequestHandler {
  const documents = loadManifests(config.manifests);
  const known = new Set([...documents.values()].map(hashOf));
  return (request, response, next) => {
    const body = request.body as Record<string, unknown> | undefined;
    const fields = request.method === 'GET' ? (request.query as Record<string, unknown>) : body;
    if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return next();
    if (typeof fields.documentId === 'string') {
      const document = documents.get(fields.documentId);
      if (!document) {
        return response.status(400).json(errorResponse('PERSISTED_QUERY_NOT_FOUND', `\`documentId\` ${JSON.stringify(fields.documentId)} is not a document this gateway trusts; rebuild the client against the deployed manifest.`));
      }
      fields.query = document;
      delete fields.documentId;
      return next();
    }
    if (config.mode === 'required' && typeof fields.query === 'string' && !known.has(hashOf(fields.query))) {
      return response.status(400).json(errorResponse('OPERATION_NOT_TRUSTED', 'This gateway runs only trusted documents (TRUSTED_DOCUMENTS=required): send the `documentId` of an operation compiled into your client (see README, "Trusted documents").'));
    }
    return next();
  };
}
