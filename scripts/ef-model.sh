#!/usr/bin/env bash
# After a change to the EF model (src/ChatBot/Storage/ChatBotDb.cs or an entity):
#   scripts/ef-model.sh NAME   adds migration NAME for both providers, then regenerates the compiled SQLite model;
#   scripts/ef-model.sh        only regenerates the compiled model (e.g. after merging someone's migration).
# The compiled model (Storage/CompiledModels/Sqlite) spares the CLI and the service building the model at each start
# (docs/BENCHMARKS.md). It is used only while it was generated after the newest SQLite migration; otherwise EF builds
# the model as usual (slower, still correct) and scripts/test.sh reports the compiled model as out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
if [ $# -ge 1 ]; then
  dotnet ef migrations add "$1" --project src/ChatBot --context SqliteChatBotDb --output-dir Storage/Migrations/Sqlite
  dotnet ef migrations add "$1" --project src/ChatBot --context PostgresChatBotDb --output-dir Storage/Migrations/Postgres
fi
scripts/ef-model-generate.sh src/ChatBot/Storage/CompiledModels/Sqlite
echo "compiled model regenerated; commit src/ChatBot/Storage/CompiledModels/Sqlite"
