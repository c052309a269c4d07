import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The contract with frontends: schema/api.graphql, checked against the last released schema.

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const run = promisify(execFile);
const ALL_ROLES = ['public', 'region-viewer', 'region-hr', 'ministry-analyst', 'ministry-admin', 'expert'];

async function schemaCheck(files: { current: string; released: string; changelog: string }) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/schema-check.ts', '--current', files.current, '--released', files.released, '--changelog', files.changelog]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('schema/api.graphql', () => {
  const sdl = readFileSync('schema/api.graphql', 'utf8');

  it('holds no federation internals and states each field’s roles', () => {
    expect(sdl).not.toMatch(/join__|link__|@inaccessible|_entities|_service|@key/);
    expect(sdl).toMatch(/Readable by: region-viewer, region-hr, ministry-analyst, ministry-admin/);
    expect(sdl).toMatch(/Personal data: readable only by region-hr of the same region/);
    expect(sdl).toMatch(/Callable by: region-hr\./);
  });

  it('every field a role that reaches its object may be denied is nullable', () => {
    const schema = graphql.buildSchema(sdl);
    const rolesOf = (description: string | null | undefined) => {
      if (description?.includes('Personal data:')) return ['region-hr'];
      const listed = /Readable by: ([^.]+)\./.exec(description ?? '')?.[1];
      return listed ? listed.split(', ') : ALL_ROLES;
    };
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!graphql.isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      const fields = Object.values(type.getFields());
      const reaching = type.name === 'Query' ? ALL_ROLES : [...new Set(fields.flatMap((field) => rolesOf(field.description)))];
      for (const field of fields) {
        const allowed = rolesOf(field.description);
        const deniable = reaching.some((role) => !allowed.includes(role));
        if (deniable && graphql.isNonNullType(field.type)) offenders.push(`${type.name}.${field.name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('npm run schema:check', () => {
  it('passes on the committed schema and changelog', async () => {
    const result = await schemaCheck({ current: 'schema/api.graphql', released: 'schema/released/api.graphql', changelog: 'schema/CHANGELOG.md' });
    expect(result.code, result.output).toBe(0);
  });

  it('fails on a breaking change, naming it, until the changelog announces it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schema-check-'));
    const files = { current: path.join(dir, 'api.graphql'), released: path.join(dir, 'released.graphql'), changelog: path.join(dir, 'CHANGELOG.md') };
    copyFileSync('schema/api.graphql', files.released);
    // Remove Region.name: a deployed client asking for it would break.
    const current = readFileSync('schema/api.graphql', 'utf8').replace(/\n  """[^"]*"""\n  name: LocalizedText!\n/, (match) => (match.includes('name: LocalizedText!') ? '\n' : match));
    expect(current).not.toBe(readFileSync('schema/api.graphql', 'utf8'));
    writeFileSync(files.current, current);
    writeFileSync(files.changelog, '# Changes\n\n## Unreleased\n\n');
    const refused = await schemaCheck(files);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/breaking \(\d+\):/);
    expect(refused.output).toMatch(/`\w+\.name`: Field 'name' .*was removed/);
    const removed = /`(\w+\.name)`: Field/.exec(refused.output)![1]!;
    writeFileSync(files.changelog, `# Changes\n\n## Unreleased\n\n- \`${removed}\` removed.\n`);
    const accepted = await schemaCheck(files);
    expect(accepted.code, accepted.output).toBe(0);
    expect(accepted.output).toMatch(/\(announced\)/);
  });
});
