#!/usr/bin/env bash
# Fault injection through the real process (issue 13): the Release build of ChatBot as its own process, killed with
# SIGKILL and restarted, against our Telegram emulator (tests/e2e/telegram) with injected 429/400/403/404 answers,
# a really full disk (a small tmpfs, when this machine lets us mount one), parallel webhook requests and guessed
# invite codes. The checks are tests/e2e/faults/faults.py; docs/RELIABILITY.md lists which promise each line proves.
# Usage: tests/e2e/faults_e2e.sh       (expects src/ChatBot/bin/Release/net10.0/ChatBot.dll; builds it if missing)
#        FAULTS_TASKS=160 FAULTS_KILLS=10 FAULTS_STORM=20 FAULTS_BULK=60 FAULTS_RACE=40 tests/e2e/faults_e2e.sh   (soak)
#        KEEP_TMP=1 keeps the temp dir (service.log, emu.log, the database); FAULTS_NO_TMPFS=1 runs without the tmpfs
# Prints the figures (messages, kills, duplicates, lost) and "N passed, N failed[, N skipped]" last; exit 1 on failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
start_s=$SECONDS

tmp="$(mktemp -d "${TMPDIR:-/tmp}/chatbot-e2e-faults.XXXXXX")"
emu_pid=""
drv_pid=""
mounted=""
passed=0
failed=0
skipped=0

cleanup() {
    # Kill by pid only: the driver, the service it started last (if it outlived it) and the emulator this script started.
    [[ -n "$drv_pid" ]] && kill "$drv_pid" 2>/dev/null
    if [[ -f "$tmp/service.pid" ]]; then
        svc_pid="$(cat "$tmp/service.pid")"
        kill -0 "$svc_pid" 2>/dev/null && { kill -9 "$svc_pid" 2>/dev/null; sleep 0.2; }
    fi
    [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null && wait "$emu_pid" 2>/dev/null
    [[ -n "$mounted" ]] && umount -l "$mounted" 2>/dev/null
    if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck source=lib.sh
. "$here/lib.sh"

ok()   { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; }
summary() { if [[ $skipped -gt 0 ]]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi; }
abort() {
    fail "$1"
    for f in "$tmp/emu.log" "$tmp/service.log"; do [[ -f "$f" ]] && { echo "--- tail $f"; tail -n 40 "$f"; }; done
    summary
    exit 1
}

# --- the emulator (the pinned npm package installed into the git-ignored node_modules) -----------------------------
start_emulator

ensure_build

# --- the data folder: on a 48 MB tmpfs when one can be mounted (root, a container that allows it), so the disk can
#     really be filled; else a plain folder and the disk-full lines are skipped with the reason ------------------------
tmpfs_skip=""
mkdir -p "$tmp/tmpfs"
if [[ "${FAULTS_NO_TMPFS:-0}" == 1 ]]; then
    tmpfs_skip="FAULTS_NO_TMPFS=1"
elif [[ "$(id -u)" != 0 ]]; then
    tmpfs_skip="needs root to mount a small tmpfs"
elif mount -t tmpfs -o size=48m tmpfs "$tmp/tmpfs" 2>"$tmp/mount.log"; then
    mounted="$tmp/tmpfs"
else
    tmpfs_skip="cannot mount a tmpfs here ($(head -c 200 "$tmp/mount.log"))"
fi
data="${mounted:-$tmp}/data"
mkdir -p "$data"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export Database__Provider=Sqlite CHATBOT_DATA="$data"
unset ConnectionStrings__ChatBot
export E2E_DLL="$dll" E2E_TMP="$tmp" E2E_EMU_URL="$emu_url" E2E_TOKEN="123456:TEST" E2E_TMPFS="$mounted" E2E_TMPFS_SKIP="$tmpfs_skip"

# In the background and waited for, so a TERM (scripts/test.sh's time limit, Ctrl-C) reaches the trap at once.
python3 -u "$here/faults/faults.py" >"$tmp/driver.log" 2>&1 &
drv_pid=$!
tail -n +1 -f --pid="$drv_pid" "$tmp/driver.log" &
tail_pid=$!
wait "$drv_pid"; rc=$?
drv_pid=""
wait "$tail_pid"
out="$(grep -E '^result [0-9]+ [0-9]+ [0-9]+$' "$tmp/driver.log" | tail -n 1)"
if [[ -z "$out" ]]; then
    fail "the driver did not finish (exit $rc)"
else
    read -r _ p f s <<<"$out"
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
fi
if [[ $failed -gt 0 ]]; then
    echo "--- tail emu.log"; tail -n 30 "$tmp/emu.log"
    echo "--- tail service.log"; tail -n 60 "$tmp/service.log" 2>/dev/null
fi
echo "runtime $((SECONDS - start_s)) s"
summary
[[ $failed -eq 0 ]]
