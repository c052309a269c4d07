// `npm run bundle:schema`: writes templates/region-bundle/manifest.schema.json from the zod
// schema the importer checks manifests with (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { manifestSchema } from './bundle-schema.js';

export const manifestSchemaPath = path.resolve(import.meta.dirname, '../../templates/region-bundle/manifest.schema.json');

/** The manifest's JSON Schema, as an editor or another tool reads it (what may be written in the file). */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'Passerelle region onboarding bundle: manifest.json' }, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(manifestSchemaPath, manifestJsonSchema());
  console.log(`Wrote ${manifestSchemaPath}.`);
}
