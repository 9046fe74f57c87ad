#!/usr/bin/env bash
# Browser test of the web desk and the simulator page: the built service as its own process (SQLite, simulator
# channel, demo ward), driven by Debian's chromium headless through npm playwright-core (desk.test.mjs).
# Installs chromium (apt) and the pinned npm package (npm ci) when missing. Screenshots go to artifacts/desk/.
# Prints "N passed, N failed" last; exits non-zero on any failure. Bounded: about a minute, two at most.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dll="$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll"
tmp=$(mktemp -d)
svc_pid=""
started=$(date +%s)

cleanup() {
  [ -n "$svc_pid" ] && kill "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null
  [ "${keep_log:-0}" = 1 ] && { echo "--- last service log lines ---"; tail -n 40 "$tmp/service.log"; }
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
abort() { echo "  FAIL $1"; [ $# -gt 1 ] && printf '       %s\n' "${@:2}"; keep_log=1; echo "0 passed, 1 failed"; exit 1; }

# --- prerequisites -----------------------------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# A monospace font with the precomposed Vietnamese letters (Liberation Mono; DejaVu Sans Mono lacks them), text fonts,
# and an emoji font so the screenshots show the bot's emoji as people's phones do.
# (fc-list is read once: "fc-list | grep -q" fails under pipefail when grep stops reading early.)
fonts=$(fc-list 2>/dev/null)
[ -n "$(fc-list ':spacing=mono:charset=1ed1' 2>/dev/null)" ] || need+=(fonts-liberation2)
grep -q "DejaVu Sans" <<<"$fonts" || need+=(fonts-dejavu-core)
grep -qi "emoji" <<<"$fonts" || need+=(fonts-noto-color-emoji)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >"$tmp/apt.log" 2>&1 || abort "apt-get install ${need[*]}" "$(tail -5 "$tmp/apt.log")"
  else
    abort "${need[*]} needed" "install them with apt-get"
  fi
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error) >"$tmp/npm.log" 2>&1 || abort "npm ci (tests/browser)" "$(tail -5 "$tmp/npm.log")"
fi
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/ChatBot" -c Release -v q -nologo >"$tmp/build.log" 2>&1 || abort "build" "$(tail -20 "$tmp/build.log")"
fi

# --- the service: simulator channel with the demo ward, on a free port -------------------------
export ConnectionStrings__ChatBot="Data Source=$tmp/desk.db" Database__Provider=Sqlite
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
Telegram__BotToken="" Zalo__BotToken="" Simulator__Enabled=true Simulator__SeedDemo=true Reminders__Enabled=false \
Outbox__PollInterval=00:00:00.200 ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet "$dll" >"$tmp/service.log" 2>&1 &
svc_pid=$!
for _ in $(seq 150); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$svc_pid" 2>/dev/null || abort "service starts" "$(tail -20 "$tmp/service.log")"
  sleep 0.2
done
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || abort "service answers /healthz"
# The demo ward is seeded in the background after start: wait for the clerk's phone.
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/sim/api/personas" 2>/dev/null | grep -q sim-clerk && break
  sleep 0.2
done

mkdir -p artifacts/desk
BASE="http://127.0.0.1:$port" DLL="$dll" ARTIFACTS="$root/artifacts/desk" TMPDIR="$tmp" \
  timeout 150 node tests/browser/desk.test.mjs 2>&1 | tee "$tmp/node.log"
rc=${PIPESTATUS[0]}
summary=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$tmp/node.log" | tail -1)
[ -z "$summary" ] && summary="0 passed, 1 failed" && rc=1
[[ "$summary" == *" 0 failed" ]] || keep_log=1
echo "browser e2e: $(( $(date +%s) - started ))s"
echo "$summary"
exit "$rc"
