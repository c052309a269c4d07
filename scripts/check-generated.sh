#!/usr/bin/env bash
# Regenerates every generated file and fails if any differs from what is committed:
# codegen resolver types, the subgraph SDL and composed supergraph, drizzle migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
export APOLLO_TELEMETRY_DISABLED=1
npm run --silent codegen > /dev/null
npm run --silent compose -- --check
for subgraph in region ministry; do
  npx drizzle-kit generate --config "subgraphs/$subgraph/drizzle.config.ts" > /dev/null
done
generated=(schema subgraphs/region/src/generated subgraphs/ministry/src/generated clients/example/src/gql
  subgraphs/region/src/db/migrations subgraphs/ministry/src/db/migrations)
# Regeneration must leave the tree as it was: no edited and no new files.
changed=$( { git diff --name-only -- "${generated[@]}"; git ls-files --others --exclude-standard -- "${generated[@]}"; } )
if [ -n "$changed" ]; then
  echo "Generated files are stale; regenerate (npm run codegen / compose / db:generate) and commit:" >&2
  echo "$changed" >&2
  exit 1
fi
echo "Generated files are current."
