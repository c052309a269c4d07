import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm run check:structure` is what keeps the module structure: this proves it refuses what it
// is there to refuse, on throwaway files placed where a subgraph's code lives.

const run = promisify(execFile);

async function checkStructure(path: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await run('npx', ['depcruise', '--config', '.dependency-cruiser.cjs', path], { cwd: process.cwd() });
    return { ok: true, output: stdout };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

function probe(files: Record<string, string>): { folder: string; remove(): void } {
  const folder = `subgraphs/region/src/structure-probe-${randomBytes(4).toString('hex')}`;
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(`${folder}/${name}`, text);
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('check:structure', () => {
  it('passes on the tree as committed', async () => {
    const result = await checkStructure('subgraphs');
    expect(result.output).toContain('no dependency violations');
    expect(result.ok).toBe(true);
  });

  it('fails on an import circle, on kit internals and on a kit file reached by relative path', async () => {
    const files = probe({
      'a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'c.ts': "import { auditLog } from '../../../kit/src/write/tables.js';\nexport { auditLog };\n",
    });
    try {
      const result = await checkStructure(files.folder);
      expect(result.ok).toBe(false);
      expect(result.output).toContain('no-circular');
      expect(result.output).toContain('kit-through-its-layers');
      expect(result.output).toContain('kit-by-name-not-path');
    } finally {
      files.remove();
    }
  });
});
