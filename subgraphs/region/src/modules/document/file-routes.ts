import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { NextFunction, Request, Response, Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { changeableRows, readableRows, rowScope, type Identity } from '#kit/auth';
import { isUuid } from '#kit/db';
import { conflict, databaseTrouble, describeForLog, ErrorCode, errorResponse, notFound } from '#kit/errors';
import type { RouteServices } from '#kit/module';
import { runMutation } from '#kit/write';
import type { RegionDatabase } from '../../db/index.js';
import { documentFiles, documents } from '../../db/schema.js';
import { documentRows } from './access.js';
import { filesystemStorage, TooLarge, type FileStorage } from './file-storage.js';
import { DOCUMENT_MEDIA_TYPES, looksLike, MAX_FILE_BYTES } from './file-types.js';

// A document version's file: PUT once by region-hr of its region, GET by whoever may read the
// version (the same row rule as GraphQL reads). Reached through the gateway's /files/documents/<id>.


class FileRefused extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly argumentName?: string) {
    super(message);
  }
}

function send(response: Response, error: FileRefused | GraphQLError): void {
  if (error instanceof GraphQLError) {
    const code = String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    const status = { NOT_FOUND: 404, CONFLICT: 409, FORBIDDEN: 403, BAD_USER_INPUT: 400 }[code] ?? 500;
    response.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  response.status(error.status).json(errorResponse(error.code, error.message, error.argumentName));
}

/** The upload's declared name: a plain file name, as the download will offer it. */
function fileNameOf(request: Request): string {
  const name = typeof request.query.fileName === 'string' ? request.query.fileName.trim() : '';
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > 200 || /[\\/\u0000-\u001f]/.test(name) || name !== path.basename(name)) {
    throw new FileRefused(400, ErrorCode.BAD_USER_INPUT, 'Give the file\'s name as ?fileName=<name> (1 to 200 characters, no slashes), e.g. ?fileName=rec-2018.pdf.', 'fileName');
  }
  return name;
}

function declaredSha256(request: Request): string | undefined {
  const declared = request.get('x-content-sha256')?.trim().toLowerCase();
  if (declared !== undefined && !/^[0-9a-f]{64}$/.test(declared)) {
    throw new FileRefused(400, ErrorCode.BAD_USER_INPUT, 'The x-content-sha256 header must be the 64 hex digits of the file\'s SHA-256 (sha256sum prints it); leave it out to skip the check.', 'x-content-sha256');
  }
  return declared;
}

export function documentFileRoutes(router: Router, services: RouteServices): void {
  const db = services.db as RegionDatabase;
  const storage: FileStorage = filesystemStorage(path.join(services.dataDir, 'region', 'documents'));
  const idOf = (request: Request) => {
    const id = String(request.params.id);
    if (!isUuid(id)) throw new FileRefused(400, ErrorCode.BAD_USER_INPUT, `"${id}" is not a document id (a UUID); take the id of a Document version.`, 'id');
    return id.toLowerCase();
  };

  router.get('/files/documents/:id', async (request, response) => {
    try {
      const identity = response.locals.identity as Identity;
      const id = idOf(request);
      const [file] = await db.select({ file: documentFiles }).from(documentFiles).innerJoin(documents, eq(documents.id, documentFiles.documentId))
        .where(and(eq(documentFiles.documentId, id), readableRows(documentRows, rowScope(identity))));
      if (!file) throw notFound('Document file', id, 'id');
      const bytes = await storage.open(file.file.sha256);
      if (!bytes) throw new GraphQLError('The file of this document is missing from the storage; tell the region\'s administrators.', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
      response.status(200).set({
        'content-type': file.file.mediaType,
        'content-length': String(file.file.byteSize),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.file.fileName)}`,
        etag: `"${file.file.sha256}"`,
        'x-content-sha256': file.file.sha256,
        'cache-control': 'private, max-age=0',
      });
      // pipeline destroys the file stream when the client goes away or a read fails.
      await pipeline(bytes, response).catch((error: unknown) => {
        services.logger.warn({ err: describeForLog(error), documentId: id }, 'document file download interrupted');
      });
    } catch (error) {
      refuse(response, error);
    }
  });

  router.put('/files/documents/:id', async (request, response) => {
    let staged: Awaited<ReturnType<FileStorage['stage']>> | undefined;
    try {
      const identity = response.locals.identity as Identity;
      const id = idOf(request);
      const fileName = fileNameOf(request);
      const mediaType = (request.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!DOCUMENT_MEDIA_TYPES.includes(mediaType)) {
        throw new FileRefused(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `A document file must be sent with one of these content types: ${DOCUMENT_MEDIA_TYPES.join(', ')}.`, 'content-type');
      }
      const sha256 = declaredSha256(request);
      // Who may change the version is checked before any byte is stored.
      const [target] = await db.select({ id: documents.id }).from(documents).where(and(eq(documents.id, id), changeableRows(documentRows, identity)));
      if (!target) throw notFound('Document', id, 'id');
      try {
        staged = await storage.stage(request, MAX_FILE_BYTES);
      } catch (error) {
        if (error instanceof TooLarge) throw new FileRefused(413, ErrorCode.PAYLOAD_TOO_LARGE, `A document file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB; compress it or split it into several documents.`, 'body');
        throw error;
      }
      if (staged.byteSize === 0) throw new FileRefused(400, ErrorCode.BAD_USER_INPUT, 'The file is empty; send its bytes as the request body.', 'body');
      if (sha256 && sha256 !== staged.sha256) {
        throw new FileRefused(400, ErrorCode.BAD_USER_INPUT, `The bytes received have SHA-256 ${staged.sha256}, not the ${sha256} declared: the upload was altered or cut; send it again.`, 'x-content-sha256');
      }
      if (!looksLike(mediaType, staged.head)) throw new FileRefused(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, `The bytes are not a ${mediaType} file; send the right content type.`, 'content-type');
      const file = staged;
      const row = await runMutation(
        { requestId: request.get('x-request-id') ?? '', actor: identity.subject, identity, db, peers: {}, peerHeaders: async () => ({}) },
        'uploadDocumentFile',
        async ({ tx, audit }) => {
          await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, id)).for('update');
          const [existing] = await tx.select({ sha256: documentFiles.sha256 }).from(documentFiles).where(eq(documentFiles.documentId, id));
          if (existing) throw conflict('This document version already has its file; a new content is a new version (addDocumentVersion), then upload to that one.', 'id');
          const [inserted] = await tx.insert(documentFiles)
            .values({ documentId: id, fileName, mediaType, byteSize: file.byteSize, sha256: file.sha256, uploadedBy: identity.subject })
            .returning();
          // Last: if the row cannot be written, no bytes were kept; if the bytes cannot be kept, the row is undone.
          await file.keep();
          audit({ targetType: 'DocumentFile', targetId: id, before: null, after: inserted });
          return inserted!;
        },
      );
      staged = undefined;
      response.status(201).json({ data: { documentId: row.documentId, fileName: row.fileName, mediaType: row.mediaType, byteSize: row.byteSize, sha256: row.sha256 } });
    } catch (error) {
      await staged?.discard();
      refuse(response, error);
    }
  });

  /** A refusal as the GraphQL error shape; anything unexpected masked (no stack, no path, no SQL) and logged. */
  function refuse(response: Response, error: unknown): void {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (error instanceof FileRefused || error instanceof GraphQLError) return send(response, error);
    const trouble = databaseTrouble(error);
    services.logger.error({ err: describeForLog(error), code: trouble?.code ?? ErrorCode.INTERNAL_SERVER_ERROR }, 'document file request failed');
    response.status(trouble ? 503 : 500).json(errorResponse(trouble?.code ?? ErrorCode.INTERNAL_SERVER_ERROR, trouble?.message ?? 'Internal server error. The failure was logged; retry later.'));
  }
  // A body express could not read, and the like: the same shape.
  router.use('/files', (error: unknown, _request: Request, response: Response, _next: NextFunction) => refuse(response, error));
}
