import postgres, { type Sql } from 'postgres';

/**
 * One table's share of a large data set (`npm run seed:large`): SQL that generates row `n` for
 * every n of a range, so PostgreSQL builds the rows itself (no round trip per row).
 */
export interface VolumeStep {
  table: string;
  rows: number;
  /** Deletes the rows an earlier run generated (it runs before any step inserts). */
  clear: string;
  /** Inserts rows $1..$2 (1-based, inclusive), as `… from generate_series($1::int, $2::int) n`. */
  insert: string;
}

const CHUNK_ROWS = 10_000;

/**
 * Replaces a database's generated rows with `steps`' rows, in one transaction (a failure
 * leaves the earlier data as it was), in chunks so that `onProgress` can tell how far it is;
 * then refreshes the planner's statistics, which decide whether the indexes are used.
 */
export async function fillVolume(sql: Sql, steps: VolumeStep[], onProgress: (rowsDone: number, table: string) => void = () => {}): Promise<void> {
  await sql.begin(async (tx) => {
    for (const step of [...steps].reverse()) await tx.unsafe(step.clear);
    let done = 0;
    for (const step of steps) {
      for (let from = 1; from <= step.rows; from += CHUNK_ROWS) {
        const to = Math.min(step.rows, from + CHUNK_ROWS - 1);
        await tx.unsafe(step.insert, [from, to]);
        done += to - from + 1;
        onProgress(done, step.table);
      }
    }
  });
  // VACUUM too: a GIN index keeps bulk-inserted entries in a pending list, slow to search until merged.
  await sql`vacuum analyze`;
}

/** fillVolume on the database at `url`, over a connection of its own. */
export async function fillVolumeAt(url: string, steps: VolumeStep[], onProgress?: (rowsDone: number, table: string) => void): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await fillVolume(sql, steps, onProgress);
  } finally {
    await sql.end();
  }
}

export const volumeRows = (steps: VolumeStep[]) => steps.reduce((sum, step) => sum + step.rows, 0);
