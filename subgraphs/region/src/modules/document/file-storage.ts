import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where document files live, behind the one interface the routes use: bytes are kept under
 * their SHA-256 (equal files once), staged first so that nothing unchecked is ever readable.
 * The filesystem under the data directory is the default; another store (an S3-compatible
 * bucket) implements the same three calls.
 */
export interface FileStorage {
  /** Receives the bytes into a staging place, hashing them; more than `maxBytes` rejects with TooLarge. */
  stage(source: Readable, maxBytes: number): Promise<StagedFile>;
  /** The stored bytes of `sha256`; undefined if the store has none. */
  open(sha256: string): Promise<Readable | undefined>;
}

export interface StagedFile {
  sha256: string;
  byteSize: number;
  /** The first bytes, for the file-type check. */
  head: Buffer;
  /** Makes the bytes readable under their SHA-256 (a no-op if equal bytes are already stored). */
  keep(): Promise<void>;
  discard(): Promise<void>;
}

export class TooLarge extends Error {}

const HEAD_BYTES = 16;

export function filesystemStorage(root: string): FileStorage {
  const staging = path.join(root, 'staging');
  const stored = (sha256: string) => path.join(root, 'sha256', sha256.slice(0, 2), sha256);
  return {
    async stage(source, maxBytes) {
      await mkdir(staging, { recursive: true });
      const file = path.join(staging, randomUUID());
      const hash = createHash('sha256');
      let byteSize = 0;
      const heads: Buffer[] = [];
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          byteSize += chunk.length;
          if (byteSize > maxBytes) return done(new TooLarge(`more than ${maxBytes} bytes`));
          if (byteSize - chunk.length < HEAD_BYTES) heads.push(chunk.subarray(0, HEAD_BYTES));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(source, measure, createWriteStream(file, { flags: 'wx' }));
      } catch (error) {
        await rm(file, { force: true });
        throw error;
      }
      const sha256 = hash.digest('hex');
      return {
        sha256,
        byteSize,
        head: Buffer.concat(heads).subarray(0, HEAD_BYTES),
        keep: async () => {
          const target = stored(sha256);
          await mkdir(path.dirname(target), { recursive: true });
          const already = await stat(target).then(() => true, () => false);
          if (already) await rm(file, { force: true });
          else await rename(file, target);
        },
        discard: () => rm(file, { force: true }),
      };
    },
    async open(sha256) {
      // Opened here, so a missing or unreadable file is known before any byte is sent.
      const handle = await open(stored(sha256), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      return handle?.createReadStream();
    },
  };
}
