#!/usr/bin/env bash
# Runs every test suite on a fresh clone, in any folder, with nothing beside it, on a Debian machine with the .NET 10
# SDK, python3 and Node.js, and prints one total line last:  N passed, N failed[, N skipped]
# Installs what it needs first: Debian packages only when missing (jq, curl, npm, fonts for chart rendering), the
# pinned dotnet tools; the Telegram e2e script installs its pinned npm package (tests/e2e/telegram) with npm ci.
# The browser test (tests/browser) uses Debian's chromium, installed here when missing.
# PostgreSQL: Debian's postgresql (installed when missing) runs a throw-away cluster (scripts/pg-cluster.sh: temp data
# directory, 127.0.0.1, a free port, no system service) for the host tests that touch storage and one e2e day; the
# cluster is stopped and deleted at the end, also on failure or Ctrl-C. Each step prints its wall time.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp -d)
passed=0; failed=0; skipped=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }
total() { if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi; }
t0=$SECONDS
step_start=$SECONDS
# "== name" with the time since the start of the run; "(N s)" closes the previous step.
step() { echo "   ($((SECONDS - step_start)) s)"; step_start=$SECONDS; echo "== $1   [at $((SECONDS - t0)) s]"; }

pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/chatbot-pg.XXXXXX")
pg_job=""
cleanup() {
  [ -n "$pg_job" ] && wait "$pg_job" 2>/dev/null
  scripts/pg-cluster.sh stop "$pg_dir" >/dev/null 2>&1
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 0. Prerequisites: Debian packages the e2e scripts and chart rendering use, installed only when missing.
need=()
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v npm >/dev/null 2>&1 || need+=(npm)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; } || need+=(fontconfig fonts-dejavu-core)
# The browser test: Debian's chromium, and a monospace font with the Vietnamese letters (DejaVu Sans Mono lacks them).
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -n "$(fc-list ':spacing=mono:charset=1ed1' 2>/dev/null)" ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

# The PostgreSQL cluster starts (and installs, the first time) while the solution builds.
scripts/pg-cluster.sh start "$pg_dir" --fast > "$log/pg.txt" 2>&1 &
pg_job=$!
PG_CONNECTION=""
pg_ready() {
  if [ -n "$pg_job" ]; then
    wait "$pg_job" && [ -f "$pg_dir/env" ] && PG_CONNECTION=$(. "$pg_dir/env" && echo "$PG_CONNECTION")
    pg_job=""
    [ -n "$PG_CONNECTION" ] && head -1 "$log/pg.txt" || { cat "$log/pg.txt"; echo "PostgreSQL did not start"; }
  fi
  [ -n "$PG_CONNECTION" ]
}

# 1. One Release build of the whole solution.
echo "== build"
if ! dotnet build ChatBot.sln -c Release -nologo -v q > "$log/build.txt" 2>&1; then
  grep -E "error" "$log/build.txt" | sort -u | head -40
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# 2. The xunit suites (Core and host run in parallel, each against its own temp databases).
run_suite() {
  local proj=$1 out="$log/$(basename "$1").txt"; shift
  dotnet test "$proj" -c Release --no-build -nologo "$@" > "$out" 2>&1
}
step "unit and integration tests"
run_suite tests/ChatBot.Core.Tests & core=$!
# The tests that need PostgreSQL ([PostgresFact], named "…_on_PostgreSQL") run in the PostgreSQL pass below, not here
# as skips.
run_suite tests/ChatBot.Tests --filter "FullyQualifiedName!~_on_PostgreSQL" & host=$!
wait $core; wait $host
# The host tests that touch storage again on PostgreSQL (tests/ChatBot.Tests/Infrastructure/TestDatabase.cs: a database
# per host), in the background while the migration and corpus checks run (no timing-sensitive step beside them); it is
# awaited before the end-to-end runs. Left out: the CLI tests (their own SQLite data folders) and the channel send /
# translation tests (the fake platform's HTTP, not the database), the SQLite backups and the disk-full test (it fakes SQLite's own error 13).
host_pg=""
pg_filter="FullyQualifiedName!~ChatBot.Tests.Cli.&FullyQualifiedName!~ChannelTests&FullyQualifiedName!~TranslationTests&FullyQualifiedName!~ZaloTokenTests&FullyQualifiedName!~ChatBot.Tests.Reliability.BackupTests&FullyQualifiedName!~Nothing_is_lost_on_disk_full"
if pg_ready; then
  CHATBOT_TEST_POSTGRES="$PG_CONNECTION" dotnet test tests/ChatBot.Tests -c Release --no-build -nologo \
    --filter "$pg_filter" > "$log/ChatBot.Tests.Postgres.txt" 2>&1 &
  host_pg=$!
fi
suite_result() {
  local name=$1 out="$log/$1.txt"
  grep -E "^\s+Failed |Assert|Error Message" "$out" | head -40
  line=$(grep -E "Failed: *[0-9]+, Passed: *[0-9]+" "$out" | tail -1)
  if [ -n "$line" ]; then
    echo "$name: $line"
    f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
    add "$p" "$f" "$s"
  else
    tail -20 "$out"; echo "$name: the test run did not finish"; add 0 1
  fi
}
suite_result ChatBot.Core.Tests
suite_result ChatBot.Tests

# 3. Migrations match the model, for both providers; the committed compiled model is what dotnet ef generates now.
step "migrations"
for ctx in SqliteChatBotDb PostgresChatBotDb; do
  if dotnet ef migrations has-pending-model-changes --project src/ChatBot --context "$ctx" --configuration Release --no-build > "$log/ef-$ctx.txt" 2>&1; then
    echo "$ctx: no pending model changes"; add 1 0
  else
    tail -5 "$log/ef-$ctx.txt"; echo "$ctx: the model has changes without a migration (scripts/ef-model.sh NAME)"; add 0 1
  fi
done
if scripts/ef-model-generate.sh "$log/compiled-model" --no-build --configuration Release > "$log/ef-model.txt" 2>&1 \
   && diff -r -I 'modelId: new Guid' src/ChatBot/Storage/CompiledModels/Sqlite "$log/compiled-model" > "$log/ef-model-diff.txt"; then
  echo "compiled model: current"; add 1 0
else
  tail -5 "$log/ef-model.txt" "$log/ef-model-diff.txt" 2>/dev/null; echo "compiled model: out of date (scripts/ef-model.sh)"; add 0 1
fi

# 4. Parser accuracy on the notice corpus (tests/corpus), scored by our own scorer (tests/ChatBot.Scoring: the gold
#    schema and metrics of the team's score.py). Its self-check against score.py's recorded reports counts once, then
#    each set counts once: every metric (task F1, unit, deadline, recurrence, document) must reach 0.97 on seeds and dev.
#    The fresh set (31 notices first labelled blind, now also a development set, tests/corpus/fresh) and fresh2 (30
#    notices, blind in session 19, a development set since session 20) must reach 0.97 too (session 23: their lowest
#    metrics are 0.973 and 0.976). fresh3 (30 notices in layouts the other sets lack, blind in session 20) has a floor of
#    0.96 (lowest: task F1 0.966); fresh4 (blind in session 22, a development set since session 23) 0.96 since session 25
#    (lowest: document 0.963); fresh5 (blind in session 25, then a development set) 0.90 (lowest: F1 and document 0.926); fresh6 (blind in
#    session 25, a development set since session 26) 0.97 (lowest: unit 0.984); fresh7 (blind in session 26 until parser15
#    read it) 0.88 (lowest: unit 0.899 then; deadline 0.917 now); fresh8 (blind in session 26, read by session 27's parser
#    helpers) 0.88 (lowest: F1 0.889). fresh9, fresh10, fresh11, fresh12 and holdout (blind) are not scored here, nor fresh13 (written blind in session 29, a development set without a gate yet). Every notice of these sets also has its per-document floor in CorpusAccuracyTests.
step "notice corpus"
dll="src/ChatBot/bin/Release/net10.0/ChatBot.dll"
scorer="tests/ChatBot.Scoring/bin/Release/net10.0/ChatBot.Scoring.dll"
if dotnet "$scorer" --self-check; then add 1 0; else add 0 1; fi
for set_min in seeds:0.97 dev:0.97 fresh:0.97 fresh2:0.97 fresh3:0.96 fresh4:0.96 fresh5:0.90 fresh6:0.97 fresh7:0.88 fresh8:0.88; do
  set="${set_min%%:*}"; min="${set_min##*:}"
  if dotnet "$scorer" --cmd "dotnet $dll parse {} --json" --docs "tests/corpus/$set" --min "$min" > "$log/corpus-$set.txt" 2>&1; then
    echo "$set: $(tail -1 "$log/corpus-$set.txt")"; add 1 0
  else
    grep -v "P=1.00 R=1.00  unit=1.00 deadline=1.00 recurrence=1.00" "$log/corpus-$set.txt" | head -60
    echo "$set: below $min on some metric"; add 0 1
  fi
done

step "host integration tests on PostgreSQL"
if [ -n "$host_pg" ]; then
  wait "$host_pg"
  suite_result ChatBot.Tests.Postgres
else
  echo "ChatBot.Tests on PostgreSQL: not run (no cluster)"; add 0 1
fi

# 5. End to end: the service as its own process against the Telegram emulator and a fake Zalo server,
#    and the web desk and simulator page in Debian's chromium (tests/browser); then the Telegram day again on PostgreSQL.
run_e2e() {
  local name=$1; shift
  step "$name"
  "$@" > "$log/e2e.txt" 2>&1; rc=$?
  tail -25 "$log/e2e.txt"
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log/e2e.txt" | tail -1)
  if [ -n "$line" ]; then
    p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
    s=$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+'); s=${s:-0}
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    add "$p" "$f" "$s"
  else
    add 0 1
  fi
}
for e2e in tests/e2e/*_e2e.sh tests/browser/*_e2e.sh; do
  [ -f "$e2e" ] || continue
  [ "$e2e" = tests/e2e/faults_e2e.sh ] && continue # its own step below, with a hard time limit
  [ "$e2e" = tests/e2e/scale_e2e.sh ] && continue   # below, on the PostgreSQL cluster
  run_e2e "$(basename "$e2e")" bash "$e2e"
done

# Issue 13's findings through the real process: kill -9 mid-reply, 429 storm, 403/400/404, a full tmpfs (skipped where
# none can be mounted), 20 parallel webhook redemptions, guessed codes, echoed HTML, replies before bulk pushes (~90 s).
run_e2e "faults_e2e.sh (fault injection)" timeout 300 bash tests/e2e/faults_e2e.sh

if pg_ready; then
  run_e2e "telegram_e2e.sh on PostgreSQL" env E2E_POSTGRES="$PG_CONNECTION" bash tests/e2e/telegram_e2e.sh
else
  echo "e2e on PostgreSQL: not run (no cluster)"; add 0 1
fi
# Two service processes on one PostgreSQL database behind a round-robin proxy, the emulator enforcing Telegram's limits,
# one instance killed mid-fan-out (docs/SCALING.md). Without the shared cluster it starts its own.
if pg_ready; then
  run_e2e "scale_e2e.sh (two instances, PostgreSQL)" env E2E_POSTGRES="$PG_CONNECTION" timeout 300 bash tests/e2e/scale_e2e.sh
else
  run_e2e "scale_e2e.sh (two instances, own PostgreSQL)" timeout 300 bash tests/e2e/scale_e2e.sh
fi
step "done"
echo "total $((SECONDS - t0)) s"

total
[ "$failed" -eq 0 ]
