#!/usr/bin/env bash
# Parser output check for mechanical (speed) changes: `parse --json` of every notice in tests/corpus/seeds and
# tests/corpus/dev, fresh and fresh2 (never holdout or fresh3), written to a folder (save) or compared with a folder saved from an earlier build (check).
#   bench/parse-golden.sh save  DIR   # e.g. from the commit before the change
#   bench/parse-golden.sh check DIR   # exit 1 and a diff when any output differs
# Uses the Release CLI already built in this checkout (dotnet build src/ChatBot -c Release).
set -euo pipefail
mode=${1:?save|check}; dir=${2:?folder}
root=$(cd "$(dirname "$0")/.." && pwd)
cli="$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll"
[ -f "$cli" ] || { echo "build first: dotnet build src/ChatBot -c Release" >&2; exit 2; }
mkdir -p "$dir"; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
n=0; bad=0
for f in "$root"/tests/corpus/seeds/* "$root"/tests/corpus/dev/* "$root"/tests/corpus/fresh/* "$root"/tests/corpus/fresh2/*; do
  case "$f" in *.json|*/src) continue ;; esac
  [ -f "$f" ] || continue
  name=$(basename "$(dirname "$f")")__$(basename "$f").out
  out="$tmp/$name"
  dotnet "$cli" parse "$f" --json >"$out" 2>&1 && rc=0 || rc=$?
  echo "exit $rc" >>"$out"
  n=$((n + 1))
  if [ "$mode" = save ]; then cp "$out" "$dir/$name"
  elif ! cmp -s "$out" "$dir/$name"; then bad=$((bad + 1)); echo "DIFFERS: $name"; { diff "$dir/$name" "$out" || true; } | head -20; fi
done
if [ "$mode" = save ]; then echo "saved $n outputs in $dir"
else echo "compared $n files: $((n - bad)) identical, $bad differ"; [ "$bad" -eq 0 ]; fi
