import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeFromCode, schemaDir, supergraphPath } from '../../gateway/src/compose.js';

describe('supergraph composition', () => {
  const composition = composeFromCode();

  it('composes the subgraphs without errors', () => {
    expect(composition.supergraphSdl).toContain('join__Graph');
    expect(composition.supergraphSdl).toMatch(/REGION @join__graph\(name: "region"/);
    expect(composition.supergraphSdl).toMatch(/MINISTRY @join__graph\(name: "ministry"/);
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` when this fails)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composition.supergraphSdl);
  });

  it('matches the committed subgraph SDL files', () => {
    for (const [file, sdl] of Object.entries(composition.subgraphFiles)) {
      expect(readFileSync(path.join(schemaDir, file), 'utf8'), file).toBe(sdl);
    }
  });
});
