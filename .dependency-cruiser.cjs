// Import rules checked by `npm run check:structure` (dependency-cruiser), in CI.
// Type-only imports are left out (tsPreCompilationDeps: false): generated resolver types name
// the context type, which names the module list; nothing of that exists at run time.
const layers = ['errors', 'config', 'log', 'db', 'auth', 'write', 'module', 'server'];

/** A kit layer may import only the layers below it: the kit shows its layers. */
const layerRules = layers.map((layer, index) => ({
  name: `kit-layer-${layer}`,
  comment: `kit/${layer} may import only ${layers.slice(0, index).join(', ') || 'no other layer'}`,
  severity: 'error',
  from: { path: `^subgraphs/kit/src/${layer}/` },
  to: { path: `^subgraphs/kit/src/(${layers.filter((_, other) => other > index).join('|') || 'none'})/` },
})).filter((rule) => !rule.to.path.includes('(none)'));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: split the shared part out (e.g. db types into db/index.ts).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kit-through-its-layers',
      comment: 'Outside the kit, import `#kit/<layer>` (its index), never a file inside a layer.',
      severity: 'error',
      from: { pathNot: '^subgraphs/kit/' },
      to: { path: '^subgraphs/kit/src/[^/]+/', pathNot: '^subgraphs/kit/src/[^/]+/index\\.ts$' },
    },
    {
      name: 'kit-by-name-not-path',
      comment: 'Outside the kit, import the kit as `#kit/<layer>`, not by relative path.',
      severity: 'error',
      from: { pathNot: '^subgraphs/kit/' },
      to: { path: '^subgraphs/kit/src/', dependencyTypesNot: ['aliased-subpath-import'] },
    },
    {
      name: 'kit-stands-alone',
      comment: 'The kit is shared by every subgraph: it never imports one of them.',
      severity: 'error',
      from: { path: '^subgraphs/kit/' },
      to: { path: '^subgraphs/(region|ministry)/' },
    },
    {
      name: 'subgraphs-apart',
      comment: 'A subgraph never imports another subgraph: they meet through the supergraph.',
      severity: 'error',
      from: { path: '^subgraphs/region/' },
      to: { path: '^subgraphs/ministry/' },
    },
    {
      name: 'subgraphs-apart-ministry',
      severity: 'error',
      from: { path: '^subgraphs/ministry/' },
      to: { path: '^subgraphs/region/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.data)/' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
