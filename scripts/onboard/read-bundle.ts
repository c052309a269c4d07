import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { looksLike, MAX_FILE_BYTES, MEDIA_TYPE_BY_EXTENSION } from '../../subgraphs/region/src/modules/document/file-types.js';
import { csvSchemas, manifestSchema, naturalKeys, type CsvName, type Manifest, type Row } from './bundle-schema.js';

/** One thing wrong in the bundle, where an editor jumps to it: `file:line:column: message`. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}
export const formatProblem = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;

export interface BundleFile {
  name: string;
  path: string;
  mediaType: string;
  sha256: string;
  byteSize: number;
}

export interface Bundle {
  manifest: Manifest;
  rows: { [TName in CsvName]: (Row<TName> & { line: number })[] };
  /** Each document row's file, by the row's line. */
  files: Map<number, BundleFile>;
}


/**
 * Reads and checks a whole bundle before anything is written: every problem of every file is
 * collected (not only the first), each with its file, line and column.
 */
export function readBundle(folder: string, expectedRegion?: string): { bundle?: Bundle; problems: Problem[] } {
  const problems: Problem[] = [];
  const manifestPath = path.join(folder, 'manifest.json');
  if (!existsSync(manifestPath)) return { problems: [{ file: 'manifest.json', line: 1, column: 1, message: `not found in ${folder}; start from templates/region-bundle/` }] };
  const manifest = readManifest(manifestPath, problems);
  if (manifest && expectedRegion && manifest.region !== expectedRegion) {
    problems.push({ file: 'manifest.json', line: 1, column: 1, message: `is the bundle of ${manifest.region}, not of ${expectedRegion} (--region); check the folder or the region` });
  }
  const files = manifest?.files ?? manifestSchema.shape.files.parse(undefined);
  const rows = {} as Bundle['rows'];
  const headers = new Map<string, string[]>();
  for (const name of Object.keys(csvSchemas) as CsvName[]) {
    const file = files[name];
    const full = path.join(folder, file);
    rows[name] = existsSync(full) ? (readCsv(name, file, readFileSync(full, 'utf8'), problems, headers) as never) : [];
  }
  const documentRows = rows.documents as unknown as { file?: string; line: number }[];
  const bundleFiles = new Map<number, BundleFile>();
  for (const row of documentRows) {
    if (!row.file?.trim()) continue;
    const column = (headers.get(files.documents) ?? []).indexOf('file') + 1;
    const file = path.resolve(folder, row.file.trim());
    const mediaType = MEDIA_TYPE_BY_EXTENSION[path.extname(file).toLowerCase()];
    if (!file.startsWith(path.resolve(folder) + path.sep)) problems.push({ file: files.documents, line: row.line, column, message: 'must be a path inside the bundle folder' });
    else if (!existsSync(file)) problems.push({ file: files.documents, line: row.line, column, message: `${row.file} is not in the bundle` });
    else if (!mediaType) problems.push({ file: files.documents, line: row.line, column, message: `${row.file}: a document file must be ${Object.keys(MEDIA_TYPE_BY_EXTENSION).join(', ')}` });
    else if (statSync(file).size === 0 || statSync(file).size > MAX_FILE_BYTES) problems.push({ file: files.documents, line: row.line, column, message: `${row.file} must be 1 byte to 20 MB` });
    else {
      const bytes = readFileSync(file);
      // The upload would refuse bytes that do not look like their type: say so now, not half-way.
      if (!looksLike(mediaType, bytes.subarray(0, 16))) {
        problems.push({ file: files.documents, line: row.line, column, message: `${row.file} is not a ${mediaType} file (its first bytes say otherwise)` });
        continue;
      }
      bundleFiles.set(row.line, { name: path.basename(file), path: file, mediaType, sha256: createHash('sha256').update(bytes).digest('hex'), byteSize: bytes.length });
    }
  }
  if (problems.length > 0 || !manifest) return { problems };
  return { bundle: { manifest, rows, files: bundleFiles }, problems };
}

function readManifest(file: string, problems: Problem[]): Manifest | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const at = (offset: number) => lineCounter.linePos(offset);
  for (const error of document.errors) {
    const { line, col } = at(error.pos[0]);
    problems.push({ file: 'manifest.json', line, column: col, message: `not valid JSON: ${error.message.split('\n')[0]}` });
  }
  if (document.errors.length > 0) return undefined;
  const parsed = manifestSchema.safeParse(document.toJS());
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    // The deepest node of the path that exists: a missing field is reported at its parent.
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && !node; depth -= 1) node = document.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    const range = (node as { range?: [number, number] } | undefined)?.range ?? document.contents?.range ?? [0, 0];
    const { line, col } = at(range[0]);
    problems.push({ file: 'manifest.json', line, column: col, message: `${issue.path.join('.') || '(manifest)'}: ${issue.message}` });
  }
  return undefined;
}

function readCsv(name: CsvName, file: string, text: string, problems: Problem[], headers: Map<string, string[]>): (Record<string, unknown> & { line: number })[] {
  const schema = csvSchemas[name] as z.ZodObject;
  const expected = Object.keys(schema.shape);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    records = parseCsv(text, {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((column) => column.trim());
        headers.set(file, header);
        return header;
      },
      info: true,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: number };
    problems.push({ file, line: lines ?? 1, column: typeof column === 'number' ? column + 1 : 1, message: `not a readable CSV file: ${(error as Error).message}` });
    return [];
  }
  const missing = expected.filter((column) => !header.includes(column));
  const unknown = header.filter((column) => !expected.includes(column));
  if (missing.length > 0) problems.push({ file, line: 1, column: header.length + 1, message: `the header lacks the column(s) ${missing.join(', ')}` });
  unknown.forEach((column) => problems.push({ file, line: 1, column: header.indexOf(column) + 1, message: `unknown column ${column}; the columns are ${expected.join(', ')}` }));
  if (missing.length > 0 || unknown.length > 0) return [];
  const rows: (Record<string, unknown> & { line: number })[] = [];
  const seen = new Map<string, number>();
  const keyColumns = naturalKeys[name];
  const keyColumn = keyColumns.at(-1)!;
  for (const { record, info } of records) {
    const line = info.lines;
    const key = keyColumns.map((column) => String(record[column] ?? '').trim()).join(' / ');
    const first = seen.get(key);
    if (record[keyColumn]?.trim() && first !== undefined) problems.push({ file, line, column: header.indexOf(keyColumn) + 1, message: `${keyColumns.join(' + ')} "${key}" is already on line ${first}; each record once` });
    else if (record[keyColumn]?.trim()) seen.set(key, line);
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]);
        problems.push({ file, line, column: header.indexOf(column) + 1, message: `${column}: ${issue.message}` });
      }
    }
    // A row with a bad cell is still returned, raw, so its other cells (a document's file) are checked too.
    rows.push(parsed.success ? { ...(parsed.data as Record<string, unknown>), line } : { ...record, line, invalid: true });
  }
  return rows;
}
