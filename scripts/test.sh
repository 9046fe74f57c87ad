#!/usr/bin/env bash
# Runs every test suite on a fresh Debian machine (with the .NET 10 SDK, python3 and Node.js) and
# prints one total line last:  N passed, N failed[, N skipped]
# Installs what it needs first: the pinned dotnet tools, fonts for chart rendering and chromium for the
# browser test (apt, only if missing); the e2e scripts install their npm packages themselves (npm ci).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
log=$(mktemp -d)
passed=0; failed=0; skipped=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }
total() { if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi; }

# 0. Prerequisites: Debian packages the e2e scripts and chart rendering use, installed only when missing.
need=()
command -v jq >/dev/null 2>&1 || need+=(jq)
command -v curl >/dev/null 2>&1 || need+=(curl)
{ command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]; } || need+=(fontconfig fonts-dejavu-core)
# The browser test: Debian's chromium, and a monospace font with the Vietnamese letters (DejaVu Sans Mono lacks them).
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -n "$(fc-list ':spacing=mono:charset=1ed1' 2>/dev/null)" ] || need+=(fonts-liberation2)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "== installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

# 1. One Release build of the whole solution.
echo "== build"
if ! dotnet build ChatBot.sln -c Release -nologo -v q > "$log/build.txt" 2>&1; then
  grep -E "error" "$log/build.txt" | sort -u | head -40
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# 2. The xunit suites (Core and host run in parallel, each against its own temp databases).
run_suite() {
  local proj=$1 out="$log/$(basename "$1").txt"
  dotnet test "$proj" -c Release --no-build -nologo > "$out" 2>&1
}
echo "== unit and integration tests"
run_suite tests/ChatBot.Core.Tests & core=$!
run_suite tests/ChatBot.Tests & host=$!
wait $core; wait $host
for name in ChatBot.Core.Tests ChatBot.Tests; do
  out="$log/$name.txt"
  grep -E "^\s+Failed |Assert|Error Message" "$out" | head -40
  line=$(grep -E "Failed: *[0-9]+, Passed: *[0-9]+" "$out" | tail -1)
  if [ -n "$line" ]; then
    echo "$name: $line"
    f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
    add "$p" "$f" "$s"
  else
    tail -20 "$out"; echo "$name: the test run did not finish"; add 0 1
  fi
done

# 3. Migrations match the model, for both providers.
echo "== migrations"
for ctx in SqliteChatBotDb PostgresChatBotDb; do
  if dotnet ef migrations has-pending-model-changes --project src/ChatBot --context "$ctx" --configuration Release --no-build > "$log/ef-$ctx.txt" 2>&1; then
    echo "$ctx: no pending model changes"; add 1 0
  else
    tail -5 "$log/ef-$ctx.txt"; echo "$ctx: the model has changes without a migration"; add 0 1
  fi
done

# 4. Parser accuracy on the seed notices (task F1, unit, deadline, recurrence >= 0.95).
echo "== seed notices"
dll="src/ChatBot/bin/Release/net10.0/ChatBot.dll"
if [ -f ../shared/eval/score.py ]; then
  if python3 ../shared/eval/score.py --cmd "dotnet $dll parse {} --json" --min-f1 0.95; then add 1 0; else add 0 1; fi
else
  echo "../shared/eval/score.py not found"; add 0 1
fi

# 5. End to end: the service as its own process against the Telegram emulator and a fake Zalo server,
#    and the web desk and simulator page in Debian's chromium (tests/browser).
for e2e in tests/e2e/*_e2e.sh tests/browser/*_e2e.sh; do
  [ -f "$e2e" ] || continue
  echo "== $(basename "$e2e")"
  bash "$e2e" > "$log/e2e.txt" 2>&1; rc=$?
  tail -25 "$log/e2e.txt"
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log/e2e.txt" | tail -1)
  if [ -n "$line" ]; then
    p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line")
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    add "$p" "$f"
  else
    add 0 1
  fi
done

total
[ "$failed" -eq 0 ]
