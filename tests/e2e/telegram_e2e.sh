#!/usr/bin/env bash
# End-to-end: the Release build of ChatBot against our Telegram emulator (tests/e2e/telegram: the npm package
# telegram-test-api, pinned, plus our glue), one scripted working day.
# Usage: tests/e2e/telegram_e2e.sh            (expects src/ChatBot/bin/Release/net10.0/ChatBot.dll; builds it if missing)
#        E2E_POSTGRES="Host=…;Port=…;Username=…;Password=…" tests/e2e/telegram_e2e.sh
#                                              the same day on PostgreSQL: a new database of that server (the user may
#                                              create databases; the service creates it on start), else a SQLite file
# Prints "N passed, N failed" last; exits non-zero on any failure. Keep under ~2 minutes.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
token="123456:TEST"
start_s=$SECONDS

tmp="$(mktemp -d "${TMPDIR:-/tmp}/chatbot-e2e-tg.XXXXXX")"
emu_pid=""
svc_pid=""
passed=0
failed=0

cleanup() {
    # Kill by pid only: these are the two processes this script started.
    [[ -n "$svc_pid" ]] && kill "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null
    [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null && wait "$emu_pid" 2>/dev/null
    if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck source=lib.sh
. "$here/lib.sh"

ok()   { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; }
# An infrastructure failure ends the run: nothing after it can be checked.
abort() {
    fail "$1"
    for f in "$tmp/emu.log" "$tmp/service.log"; do [[ -f "$f" ]] && { echo "--- tail $f"; tail -n 40 "$f"; }; done
    echo "$passed passed, $failed failed"
    exit 1
}

# --- 1. emulator: the pinned npm package (package-lock.json) installed into the git-ignored node_modules --------------
start_emulator
curl -fs "$emu_url/harness/health" >/dev/null 2>&1 && ok "emulator answers on $emu_url" || abort "emulator did not start"

# --- 2. build and database ----------------------------------------------------------------------------------
ensure_build
if [[ -n "${E2E_POSTGRES:-}" ]]; then
    db_name="e2e_$(date +%s)_$$"
    export Database__Provider=Postgres
    export ConnectionStrings__ChatBot="$(sed -E 's/(^|;) *Database=[^;]*//I' <<<"$E2E_POSTGRES");Database=$db_name"
    echo "database: PostgreSQL $db_name"
else
    export Database__Provider=Sqlite ConnectionStrings__ChatBot="Data Source=$tmp/e2e.db"
fi
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# --- 3-5. operator setup, service, scripted day (python driver) -------------------------------------------
svc_port="$(free_port)"
export E2E_DLL="$dll" E2E_TMP="$tmp" E2E_EMU_URL="$emu_url" E2E_TOKEN="$token" E2E_SVC_PORT="$svc_port"
export E2E_NOTICE_TEMPLATE="$here/notice_e2e.txt"

# Runs one phase of the python driver; its last line is "result P F", everything before is shown as is.
phase() {
    local out rc
    python3 -u "$here/telegram_day.py" "$1" | tee "$tmp/phase-$1.log"
    rc=${PIPESTATUS[0]}
    out="$(grep -E '^result [0-9]+ [0-9]+$' "$tmp/phase-$1.log" | tail -n 1)"
    if [[ -z "$out" ]]; then fail "driver phase $1 crashed (exit $rc)"; return 1; fi
    read -r _ p f <<<"$out"
    passed=$((passed + p)); failed=$((failed + f))
    [[ $rc -eq 0 ]]
}

phase setup || abort "operator setup"

Telegram__BotToken="$token" Telegram__ApiBaseUrl="$emu_url" Simulator__Enabled=false Reminders__Enabled=false \
    dotnet "$dll" --urls "http://127.0.0.1:$svc_port" >"$tmp/service.log" 2>&1 &
svc_pid=$!
healthy=0
for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$svc_port/healthz" >/dev/null 2>&1; then healthy=1; break; fi
    kill -0 "$svc_pid" 2>/dev/null || break
    sleep 0.1
done
[[ $healthy == 1 ]] && ok "service answers GET /healthz" || abort "service did not become healthy"

phase day || true

if [[ $failed -gt 0 ]]; then
    echo "--- tail service.log"; tail -n 60 "$tmp/service.log" 2>/dev/null
fi
echo "runtime $((SECONDS - start_s)) s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
