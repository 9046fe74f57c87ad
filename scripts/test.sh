#!/usr/bin/env bash
# Runs every test suite on a fresh Debian machine and prints one total line:
#   N passed, N failed[, N skipped]
# Installs what it needs (dotnet tools, the Telegram emulator's npm packages) first.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp -d)
passed=0; failed=0; skipped=0

add() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + ${3:-0})); }

# 1. Build once (Release), then run both xunit suites against the built output.
if ! dotnet build ChatBot.sln -c Release -nologo -v q 2>&1 | tee "$log/build.txt" | grep -E "error|Warn|Error" ; then :; fi
if ! grep -q " 0 Error" "$log/build.txt"; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

for proj in tests/ChatBot.Core.Tests tests/ChatBot.Tests; do
  [ -d "$proj" ] || continue
  dotnet test "$proj" -c Release --no-build -nologo 2>&1 | tee "$log/$(basename "$proj").txt" | grep -E "^(Failed|Passed|Skipped)? *[!-]|error|Failed " | head -40
  line=$(grep -E "Failed: *[0-9]+, Passed: *[0-9]+" "$log/$(basename "$proj").txt" | tail -1)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
    add "$p" "$f" "$s"
  elif grep -q "No test is available" "$log/$(basename "$proj").txt"; then :
  else
    echo "$proj: test run did not finish"; add 0 1
  fi
done

# 2. Parser accuracy on the seed notices (task F1, unit, deadline, recurrence >= 0.95).
dll="src/ChatBot/bin/Release/net10.0/ChatBot.dll"
if [ -f ../shared/eval/score.py ]; then
  if python3 ../shared/eval/score.py --cmd "dotnet $dll parse {} --json" --min-f1 0.95 | tee "$log/score.txt"; then add 1 0; else add 0 1; fi
fi

# 3. End-to-end through the fake Zalo process (issue 5): its checks count like tests.
if [ -x tests/e2e/zalo_e2e.sh ]; then
  tests/e2e/zalo_e2e.sh 2>&1 | tee "$log/e2e-zalo.txt" | grep -E "FAIL|passed" | head -40
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$log/e2e-zalo.txt" | tail -1)
  if [ -n "$line" ]; then add "$(cut -d' ' -f1 <<<"$line")" "$(sed -E 's/.*, ([0-9]+) failed.*/\1/' <<<"$line")"; else echo "zalo e2e did not finish"; add 0 1; fi
fi

if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$failed" -eq 0 ]
