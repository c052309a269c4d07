// `npm run build`: the runtime (subgraphs, gateway, scripts) compiled to dist/, one JavaScript
// file per TypeScript file (esbuild: types are stripped, not checked — `npm run typecheck`
// checks them), beside copies of the files the code reads next to itself (module schemas,
// migrations, shared SQL). `npm start` builds first (~0.3 s) and runs dist/, so that no process
// compiles TypeScript as it starts. Node resolves `#kit/*` to dist/ under the
// `passerelle-dist` condition (package.json "imports").
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
const sources = ['subgraphs', 'gateway/src', 'scripts'];

const files = sources.flatMap((folder) =>
  readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
);
const code = files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
const assets = files.filter((file) => !file.endsWith('.ts'));

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: code.map((file) => path.join(root, file)),
  outdir,
  outbase: root,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
for (const file of assets) {
  mkdirSync(path.dirname(path.join(outdir, file)), { recursive: true });
  cpSync(path.join(root, file), path.join(outdir, file));
}
if (process.argv.includes('--verbose')) console.log(`Built ${code.length} modules and copied ${assets.length} files to dist/ in ${Math.round(performance.now() - started)} ms.`);
