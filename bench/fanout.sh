#!/usr/bin/env bash
# Fan-out against Telegram's limits (docs/BENCHMARKS.md, "Fan-out"): a throw-away PostgreSQL cluster (durable settings,
# not --fast), the Telegram emulator with --enforce-rate-limits, the Release build as 1 and as 2 instances.
#   bench/fanout.sh                 3 runs of each, 80 officials (8 units × 10), 10 tasks per unit (880 messages)
#   BENCH_RUNS=1 BENCH_UNITS=10 BENCH_TASKS=15 BENCH_INSTANCES=1 bench/fanout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dotnet build src/ChatBot -c Release -v q -nologo >/dev/null
tmp=$(mktemp -d "${TMPDIR:-/tmp}/chatbot-bench-fanout.XXXXXX")
pg=$(mktemp -d "${TMPDIR:-/tmp}/chatbot-pg.XXXXXX")
emu_pid=""
cleanup() { [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null; scripts/pg-cluster.sh stop "$pg" >/dev/null 2>&1; rm -rf "$tmp"; }
trap cleanup EXIT
scripts/pg-cluster.sh start "$pg" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(cd tests/e2e/telegram && npm ci --no-audit --no-fund --loglevel=error >/dev/null && exec node emulator.js --port "$port" --enforce-rate-limits) >"$tmp/emu.log" 2>&1 &
emu_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/harness/health" >/dev/null 2>&1 && break; sleep 0.1; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_PG="$(. "$pg/env" && sed -E 's/(^|;) *Database=[^;]*//I' <<<"$PG_CONNECTION")" \
E2E_DLL="$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll" E2E_TMP="$tmp" E2E_EMU_URL="http://127.0.0.1:$port" \
E2E_PSQL="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | sort -V | tail -n 1)" \
    python3 -u bench/fanout.py
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
