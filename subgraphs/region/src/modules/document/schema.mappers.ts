import type { Connection } from '#kit/db';
import type { DocumentFileRow, DocumentRow } from './store.js';

// The row each GraphQL type of this module resolves from (read by codegen.ts).
export type DocumentMapper = DocumentRow;
export type DocumentConnectionMapper = Connection<DocumentRow>;
export type DocumentFileMapper = DocumentFileRow;
