# Shared by the Telegram end-to-end scripts (sourced, not run). Expects $here, $root, $tmp and an `abort MESSAGE`
# function of the caller (each script prints its own summary and logs on an infrastructure failure).

emu_dir="$here/telegram"
dll="$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_emulator [emulator.js options…]: installs the pinned npm package (package-lock.json) into the git-ignored
# node_modules, starts tests/e2e/telegram/emulator.js on a free port (log $tmp/emu.log) and waits until it answers.
# Sets emu_pid, emu_port and emu_url; aborts if it does not start.
start_emulator() {
    (cd "$emu_dir" && timeout 120 npm ci --no-audit --no-fund --loglevel=error >"$tmp/npm.log" 2>&1) \
        || { cat "$tmp/npm.log"; abort "npm ci in tests/e2e/telegram"; }
    emu_port="$(free_port)"
    (cd "$emu_dir" && exec node emulator.js --port "$emu_port" "$@") >"$tmp/emu.log" 2>&1 &
    emu_pid=$!
    emu_url="http://127.0.0.1:$emu_port"
    for _ in $(seq 1 100); do
        curl -fs "$emu_url/harness/health" >/dev/null 2>&1 && break
        kill -0 "$emu_pid" 2>/dev/null || break
        sleep 0.1
    done
    curl -fs "$emu_url/harness/health" >/dev/null 2>&1 || abort "emulator did not start"
}

# ensure_build: the Release build the scripts run, built once if missing.
ensure_build() {
    if [[ ! -f "$dll" ]]; then
        echo "building Release…"
        (cd "$root" && dotnet build src/ChatBot -c Release -v q -nologo) || abort "dotnet build"
    fi
}
