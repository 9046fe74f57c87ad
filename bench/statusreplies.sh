#!/usr/bin/env bash
# Status replies through the webhook against raw single-row commits on the same database (docs/BENCHMARKS.md,
# "Status replies"): the Release build, the Telegram emulator (where the confirmations go), SQLite (the service's file)
# and a throw-away PostgreSQL cluster with durable settings (not --fast).
#   bench/statusreplies.sh                          SQLite then PostgreSQL; 1, 16 and 50 concurrent senders
#   BENCH_DBS=sqlite BENCH_LEVELS=16 bench/statusreplies.sh
#   BENCH_DLL=/tmp/base/ChatBot.dll bench/statusreplies.sh   another build's output (not built here): alternate builds
#   BENCH_PG_OPTIONS="Max Auto Prepare=20" bench/statusreplies.sh   added to the service's Npgsql connection string
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dll=${BENCH_DLL:-$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll}
[[ -n "${BENCH_DLL:-}" ]] || dotnet build src/ChatBot -c Release -v q -nologo >/dev/null
tmp=$(mktemp -d "${TMPDIR:-/tmp}/chatbot-bench-status.XXXXXX")
pg=$(mktemp -d "${TMPDIR:-/tmp}/chatbot-pg.XXXXXX")
emu_pid=""
cleanup() { [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null; scripts/pg-cluster.sh stop "$pg" >/dev/null 2>&1; [[ -n "${BENCH_KEEP:-}" ]] && echo "kept $tmp" || rm -rf "$tmp"; }
trap cleanup EXIT
dbs=${BENCH_DBS:-sqlite,postgres}
if [[ "$dbs" == *postgres* ]]; then
    scripts/pg-cluster.sh start "$pg" >/dev/null
    export BENCH_PG="$(. "$pg/env" && sed -E 's/(^|;) *Database=[^;]*//I' <<<"$PG_CONNECTION")"${BENCH_PG_OPTIONS:+;$BENCH_PG_OPTIONS}
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(cd tests/e2e/telegram && npm ci --no-audit --no-fund --loglevel=error >/dev/null && exec node emulator.js --port "$port") >"$tmp/emu.log" 2>&1 &
emu_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/harness/health" >/dev/null 2>&1 && break; sleep 0.1; done
echo "build: $dll"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_DLL="$dll" BENCH_TMP="$tmp" BENCH_EMU_URL="http://127.0.0.1:$port" BENCH_DBS="$dbs" \
BENCH_PSQL="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)" \
BENCH_PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -n 1)" \
    python3 -u bench/statusreplies.py
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
