import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { ensureDatabases, quoteIdentifier } from '#kit/db';

// `npm start` creates the subgraphs' databases on a cold start (side by side) and finds them on
// every start after.
describe('ensureDatabases', () => {
  const names = ['one', 'two'].map((name) => `passerelle_ensure_${name}_${randomBytes(4).toString('hex')}`);
  const admin = postgres(inject('adminUrl'), { max: 1, onnotice: () => {} });
  afterAll(async () => {
    for (const name of names) await admin.unsafe(`drop database if exists ${quoteIdentifier(name)} with (force)`);
    await admin.end();
  });
  const existing = async () =>
    (await admin<{ datname: string }[]>`select datname from pg_database where datname in ${admin(names)}`).map((row) => row.datname).sort();

  it('creates the missing databases, leaves existing ones, and returns at once with none to create', async () => {
    await ensureDatabases(inject('adminUrl'), names);
    expect(await existing()).toEqual([...names].sort());
    await ensureDatabases(inject('adminUrl'), names);
    expect(await existing()).toEqual([...names].sort());
    await ensureDatabases(inject('adminUrl'), []);
  });
});
