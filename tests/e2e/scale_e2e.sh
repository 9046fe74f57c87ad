#!/usr/bin/env bash
# Two service processes, one bot, one PostgreSQL database: the Release build twice in webhook mode behind a small
# round-robin proxy (tests/e2e/scale/rrproxy.py), the Telegram emulator enforcing Telegram's limits
# (emulator.js --enforce-rate-limits), ≥ 1,000 pushes to 100 chats, the sending instance killed with SIGKILL
# mid-fan-out; every message exactly once and in order per chat, 0 × 429, status replies through both instances
# applied once (tests/e2e/scale/scale_day.py; docs/SCALING.md).
# Usage: tests/e2e/scale_e2e.sh                 starts its own throw-away cluster (scripts/pg-cluster.sh --fast)
#        E2E_POSTGRES="Host=…;Port=…;Username=…;Password=…" tests/e2e/scale_e2e.sh
#                                               a new database of that server instead (scripts/test.sh passes its cluster)
# KEEP_TMP=1 keeps the temp dir (logs), KEEP_PG=1 the cluster (stop it with scripts/pg-cluster.sh stop DIR).
# Prints "ok - …"/"not ok - …" per check and "N passed, N failed" last; exits non-zero on any failure. ≈ 2 minutes.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
start_s=$SECONDS

tmp="$(mktemp -d "${TMPDIR:-/tmp}/chatbot-e2e-scale.XXXXXX")"
emu_pid=""
own_pg=""
passed=0
failed=0

cleanup() {
    # Kill by pid only: the emulator this script started (the driver stops the proxy and the instances it started).
    [[ -n "$emu_pid" ]] && kill "$emu_pid" 2>/dev/null && wait "$emu_pid" 2>/dev/null
    [[ -n "$own_pg" && "${KEEP_PG:-0}" != 1 ]] && "$root/scripts/pg-cluster.sh" stop "$own_pg" >/dev/null 2>&1
    [[ -n "$own_pg" && "${KEEP_PG:-0}" == 1 ]] && echo "kept cluster $own_pg"
    if [[ "${KEEP_TMP:-0}" == 1 ]]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# shellcheck source=lib.sh
. "$here/lib.sh"

ok()   { passed=$((passed + 1)); echo "ok - $1"; }
fail() { failed=$((failed + 1)); echo "not ok - $1"; }
abort() {
    fail "$1"
    for f in "$tmp/emu.log" "$tmp/a.log" "$tmp/b.log"; do [[ -f "$f" ]] && { echo "--- tail $f"; tail -n 30 "$f"; }; done
    echo "$passed passed, $failed failed"
    exit 1
}

# --- PostgreSQL: the given server, or a throw-away cluster of our own ------------------------------------------------
if [[ -z "${E2E_POSTGRES:-}" ]]; then
    # Its own temp dir: the cluster's owner (postgres when run as root) cannot enter $tmp.
    own_pg="$(mktemp -d "${TMPDIR:-/tmp}/chatbot-pg.XXXXXX")"
    "$root/scripts/pg-cluster.sh" start "$own_pg" --fast >"$tmp/pg.log" 2>&1 || { cat "$tmp/pg.log"; abort "throw-away PostgreSQL cluster"; }
    E2E_POSTGRES=$(. "$own_pg/env" && echo "$PG_CONNECTION")
fi
psql_bin=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -n 1)
[[ -x "$psql_bin" ]] || abort "psql not found (Debian's postgresql-client)"
export E2E_PG="$(sed -E 's/(^|;) *Database=[^;]*//I' <<<"$E2E_POSTGRES");Database=scale_$(date +%s)_$$"
export E2E_PSQL="$psql_bin"

# --- emulator with Telegram's limits -----------------------------------------------------------------------------
start_emulator --enforce-rate-limits
curl -fs "$emu_url/harness/limits?token=x" | grep -q '"enforced":true' && ok "emulator enforces Telegram's limits on $emu_url" \
    || abort "emulator did not start with --enforce-rate-limits"

ensure_build

export E2E_DLL="$dll" E2E_TMP="$tmp" E2E_EMU_URL="$emu_url" E2E_TOKEN="123456:SCALE"
python3 -u "$here/scale/scale_day.py" | tee "$tmp/driver.log"
rc=${PIPESTATUS[0]}
out="$(grep -E '^result [0-9]+ [0-9]+$' "$tmp/driver.log" | tail -n 1)"
if [[ -z "$out" ]]; then fail "driver crashed (exit $rc)"; else read -r _ p f <<<"$out"; passed=$((passed + p)); failed=$((failed + f)); fi
if [[ $failed -gt 0 ]]; then
    for f in "$tmp/a.log" "$tmp/b.log" "$tmp/emu.log"; do [[ -f "$f" ]] && { echo "--- tail $f"; tail -n 25 "$f"; }; done
fi
echo "runtime $((SECONDS - start_s)) s"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
