// What a reference document's file may be: shared by the upload route and the onboarding
// importer, which checks a bundle's files the same way before writing anything.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const zip = (head: Buffer) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
const text = (head: Buffer) => !head.includes(0);

/** Each accepted content type, and how its first bytes must look. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  'application/pdf': (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
  // Office Open XML and OpenDocument files are zip archives.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zip,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': zip,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': zip,
  'application/vnd.oasis.opendocument.text': zip,
  'application/vnd.oasis.opendocument.spreadsheet': zip,
  'image/png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'text/csv': text,
  'text/plain': text,
};

export const DOCUMENT_MEDIA_TYPES = Object.keys(SIGNATURES);

/** The content type of a file by its extension (the onboarding bundle names files, not types). */
export const MEDIA_TYPE_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};

/** Whether a file's first 16 bytes fit the content type it is sent with. */
export function looksLike(mediaType: string, head: Buffer): boolean {
  return SIGNATURES[mediaType]?.(head) ?? false;
}
