import { createHash } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { z } from 'zod';
import { loadConfig } from '../config/index.js';
import { describeForLog } from '../errors/index.js';

export type { Logger };

export const logConfigShape = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** json: one JSON object per line (production's default); pretty: for a person at a terminal. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** Appends the lines to this file instead of standard output (the test suite scans it). */
  LOG_FILE: z.string().min(1).optional(),
};

/**
 * Field names that hold personal data wherever they appear in a logged object, censored as a
 * second line of defence: no log call passes a row, but one that did would not leak it.
 */
const PERSONAL_FIELDS = ['email', 'phone', 'fullName', 'full_name', 'authorization', 'password'];

/**
 * The process's logger. Errors are logged through `err`, which keeps a database error's code,
 * message and SQL text but never its parameters or detail (they carry names and e-mails).
 */
export function createLogger(name: string, env: Record<string, string | undefined> = process.env, destination?: DestinationStream): Logger {
  const config = loadConfig(z.object({ ...logConfigShape, NODE_ENV: z.string().optional() }), env);
  const format = config.LOG_FORMAT ?? (config.NODE_ENV === 'production' ? 'json' : 'pretty');
  const stream =
    destination ??
    (format === 'pretty' && !config.LOG_FILE
      ? pretty({ colorize: Boolean(process.stdout.isTTY), singleLine: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss.l', destination: 1, sync: true })
      : bufferedDestination(config.LOG_FILE));
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service: name },
      serializers: { err: (error: unknown) => ({ type: error instanceof Error ? error.name : typeof error, message: describeForLog(error) }) },
      redact: { paths: PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: '[personal data]' },
    },
    stream,
  );
}

/**
 * JSON lines written 4 KB at a time rather than one write per line (a line per request is the
 * busiest thing a process writes), and at least every quarter second so that a quiet process's
 * lines are not held back; pino writes what is left when the process exits.
 */
function bufferedDestination(file: string | undefined): DestinationStream {
  const stream = pino.destination({ dest: file ?? 1, minLength: 4096, sync: false, ...(file ? { append: true, mkdir: true } : {}) });
  setInterval(() => stream.flush(), 250).unref();
  return stream;
}

/**
 * Who made a request, as a log line may say it: a token's subject is often an e-mail address,
 * so lines carry a short hash of it — the same caller has the same tag across lines and
 * processes, and the tag names nobody.
 */
export function subjectTag(subject: string | undefined): string | undefined {
  return subject === undefined ? undefined : createHash('sha256').update(subject).digest('hex').slice(0, 12);
}
