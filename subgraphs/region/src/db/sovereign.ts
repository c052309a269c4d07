import type { Sql } from '#kit/db';

// A region that keeps its own database (docs/regions.md): the national region database reads
// that region's rows live from the region's server through postgres_fdw, as foreign tables that
// inherit from the national tables. A query on `staff_members` then covers the hosted regions'
// rows and the sovereign region's; one that names a region (`region_code = 'MA-01'`) skips the
// foreign tables of the others (constraint exclusion on their CHECK), so a region's server
// being down fails only what reads that region.

/** The region tables that carry `region_code`, read through for a sovereign region. */
export const SOVEREIGN_TABLES = ['staff_members', 'training_sessions', 'documents', 'procedures'] as const;

/**
 * Region rows without a `region_code` column, by their parent's: not read through yet (see
 * docs/regions.md), but the national database refuses to write the sovereign region's.
 */
const CHILD_TABLES = [
  ['enrollments', 'training_sessions', 'id', 'session_id'],
  ['document_files', 'documents', 'id', 'document_id'],
  ['procedure_digitisation_entries', 'procedures', 'id', 'procedure_id'],
  ['region_commitments', 'region_partnerships', 'partnership_id', 'partnership_id'],
  ['action_plan_items', 'region_partnerships', 'partnership_id', 'partnership_id'],
] as const;

const names = (regionCode: string) => {
  if (!/^MA-(0[1-9]|1[0-2])$/.test(regionCode)) throw new Error(`${JSON.stringify(regionCode)} is not a region code MA-01 to MA-12`);
  const name = `region_${regionCode.toLowerCase().replace('-', '_')}`;
  return { server: name, schema: name };
};
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Attaches `regionCode`'s own database (a region subgraph database, migrated, holding only that
 * region's rows) to the national one `sql` is connected to. Needs a superuser (postgres_fdw is
 * not a trusted extension). Idempotent: attaching again replaces the attachment.
 */
export async function attachSovereignRegion(sql: Sql, regionCode: string, databaseUrl: string): Promise<void> {
  const { server, schema } = names(regionCode);
  const url = new URL(databaseUrl);
  const hosted = await Promise.all(SOVEREIGN_TABLES.map(async (table) => {
    const [row] = await sql.unsafe(`select count(*)::int as n from only public.${table} where region_code = $1`, [regionCode]);
    return row!.n as number;
  }));
  if (hosted.some((count) => count > 0)) {
    throw new Error(`The national database still holds ${regionCode}'s rows (${SOVEREIGN_TABLES.map((table, index) => `${table}: ${hosted[index]}`).join(', ')}); move them to the region's database first, then attach.`);
  }
  await sql.begin(async (tx) => {
    await tx.unsafe('create extension if not exists postgres_fdw');
    await tx.unsafe(`drop schema if exists ${schema} cascade`);
    for (const table of [...SOVEREIGN_TABLES, 'region_partnerships', ...CHILD_TABLES.map(([child]) => child)]) await tx.unsafe(`drop trigger if exists ${schema}_refuse_write on public.${table}`);
    await tx.unsafe(`drop server if exists ${server} cascade`);
    await tx.unsafe(`create server ${server} foreign data wrapper postgres_fdw options (host ${literal(url.hostname)}, port ${literal(url.port || '5432')}, dbname ${literal(decodeURIComponent(url.pathname.slice(1)))}, application_name 'passerelle-national')`);
    const credentials = [`user ${literal(decodeURIComponent(url.username))}`, ...(url.password ? [`password ${literal(decodeURIComponent(url.password))}`] : [])];
    // For every role of the national database: the subgraph's own role reads through it too.
    await tx.unsafe(`create user mapping for public server ${server} options (${credentials.join(', ')})`);
    await tx.unsafe(`create schema ${schema}`);
    // One writer per row: the region's own deployment. The national database reads the
    // region's rows and refuses to write them, here or on the region's server.
    // SQLSTATE PR001 is this project's own: the kit turns it into FORBIDDEN with this message.
    const refusal = `raise exception using errcode = 'PR001', message = ${literal(`${regionCode} keeps its own database: write its data through its own deployment.`)}`;
    await tx.unsafe(`create or replace function ${schema}.refuse_write() returns trigger language plpgsql as $$ begin ${refusal}; end $$`);
    // Rows without a region of their own belong to the region of their parent.
    await tx.unsafe(`create or replace function ${schema}.refuse_child_write() returns trigger language plpgsql as $$
      declare parent_region text;
      begin
        execute format('select region_code from %I where %I = $1', tg_argv[0], tg_argv[1]) into parent_region using (to_jsonb(new) ->> tg_argv[2])::uuid;
        if parent_region = ${literal(regionCode)} then ${refusal}; end if;
        return new;
      end $$`);
    // Which region signed a convention is the region's own record, like its staff.
    await tx.unsafe(`create trigger ${schema}_refuse_write before insert or update on public.region_partnerships for each row when (new.region_code = ${literal(regionCode)}) execute function ${schema}.refuse_write()`);
    for (const [table, parent, key, column] of CHILD_TABLES) {
      await tx.unsafe(`create trigger ${schema}_refuse_write before insert or update on public.${table} for each row execute function ${schema}.refuse_child_write(${literal(parent)}, ${literal(key)}, ${literal(column)})`);
    }
    for (const table of SOVEREIGN_TABLES) {
      await tx.unsafe(`create foreign table ${schema}.${table} () inherits (public.${table}) server ${server} options (schema_name 'public', table_name ${literal(table)})`);
      // Not enforced on a foreign table: the planner's promise that the region's server holds only its rows.
      await tx.unsafe(`alter foreign table ${schema}.${table} add constraint ${table}_of_region check (region_code = ${literal(regionCode)})`);
      await tx.unsafe(`create trigger refuse_write before update or delete on ${schema}.${table} for each row execute function ${schema}.refuse_write()`);
      await tx.unsafe(`create trigger ${schema}_refuse_write before insert or update on public.${table} for each row when (new.region_code = ${literal(regionCode)}) execute function ${schema}.refuse_write()`);
    }
  });
  // Constraint exclusion decides at plan time: with custom plans, a statement's region parameter
  // is known when it is planned (a generic plan would still reach every region's server).
  const [{ database }] = await sql`select current_database() as database` as unknown as [{ database: string }];
  await sql.unsafe(`alter database "${database.replaceAll('"', '""')}" set plan_cache_mode = force_custom_plan`);
}

/** The regions whose own databases are attached, by code. */
export async function sovereignRegions(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`select srvname as name from pg_foreign_server where srvname ~ '^region_ma_[0-9]{2}$' order by 1`;
  return rows.map((row) => row.name.replace(/^region_ma_/, 'MA-'));
}

/** Stops reading the region's own database (its rows leave the national graph). */
export async function detachSovereignRegion(sql: Sql, regionCode: string): Promise<void> {
  const { server, schema } = names(regionCode);
  await sql.begin(async (tx) => {
    // The triggers on the national tables go with their function (in the region's schema).
    await tx.unsafe(`drop schema if exists ${schema} cascade`);
    await tx.unsafe(`drop server if exists ${server} cascade`);
  });
}
