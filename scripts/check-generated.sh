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
changed=$(git status --porcelain -- 'subgraphs/*/src/generated' 'subgraphs/*/src/db/migrations' schema)
if [ -n "$changed" ]; then
  echo "Generated files are stale; regenerate (npm run codegen / compose / db:generate) and commit:" >&2
  echo "$changed" >&2
  exit 1
fi
echo "Generated files are current."
