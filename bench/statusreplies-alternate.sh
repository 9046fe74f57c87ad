#!/usr/bin/env bash
# Two builds alternated in one session (docs/BENCHMARKS.md, "Status replies", session 20): A, B, A, B …, each a full
# bench/statusreplies.sh run (SQLite then PostgreSQL, 1/16/50 senders), one output file per run.
#   bench/statusreplies-alternate.sh BASE_DLL NEW_DLL [ROUNDS=2] [OUT_DIR=./statusreplies-runs]
# e.g. base: git worktree add /tmp/base main && dotnet build /tmp/base/src/ChatBot -c Release
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?base ChatBot.dll}; new=${2:?new ChatBot.dll}; rounds=${3:-2}; out=${4:-statusreplies-runs}
mkdir -p "$out"
for r in $(seq 1 "$rounds"); do
  for which in base new; do
    dll=$base; [[ $which == new ]] && dll=$new
    echo "== round $r $which $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
    BENCH_DLL="$dll" bench/statusreplies.sh > "$out/round$r-$which.txt" 2>&1
    grep '^| ' "$out/round$r-$which.txt" | grep 'status replies' || tail -5 "$out/round$r-$which.txt"
  done
done
