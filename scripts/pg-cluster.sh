#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: a temporary data directory, 127.0.0.1 and a free port only, no system
# service, a random password. Used by scripts/test.sh (host tests and the e2e day on PostgreSQL); handy by hand too.
#
#   scripts/pg-cluster.sh start DIR [--fast]   installs Debian's postgresql when missing (root + apt-get), runs initdb in
#                                              DIR (created; must not exist or be empty), starts the server and writes
#                                              DIR/env: PG_CONNECTION="Host=127.0.0.1;Port=…;Username=chatbot;Password=…;Database=postgres"
#                                              --fast: fsync, synchronous_commit and full_page_writes off (tests only;
#                                              the benchmarks run without it)
#   scripts/pg-cluster.sh stop DIR             stops the server (immediate) and deletes DIR
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres` user the Debian package creates (or to a
# dedicated `chatbot-pg` system user when there is none); otherwise to the current user.
set -euo pipefail

cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR [--fast]" >&2; exit 2; }
fast=0; [[ "${3:-}" == "--fast" ]] && fast=1

bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [[ -n "$d" && -x "$d/initdb" ]] && echo "$d"
}

# Runs a PostgreSQL binary as the cluster's owner.
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    bin=$(bindir || true)
    if [[ -z "$bin" ]]; then
        if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
            echo "== installing postgresql (Debian)" >&2
            # No 'main' cluster and so no system service: the tests start their own.
            mkdir -p /etc/postgresql-common/createcluster.d
            echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/chatbot-tests.conf
            apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
            bin=$(bindir || true)
        fi
        [[ -n "$bin" ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    fi
    owner=$(id -un)
    if [[ "$(id -u)" == 0 ]]; then
        owner=postgres
        if ! id "$owner" >/dev/null 2>&1; then
            owner=chatbot-pg
            id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
        fi
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ -z "$(ls -A "$dir")" ]] || { echo "$dir is not empty" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    mkdir -p "$dir/data" "$dir/run"
    printf '%s\n' "$password" > "$dir/pwfile"
    chmod 700 "$dir"
    [[ "$(id -u)" == 0 ]] && chown -R "$owner" "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U chatbot --pwfile="$dir/pwfile" --auth=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    opts="-c listen_addresses=127.0.0.1 -p $port -k $dir/run -c max_connections=300 -c shared_buffers=128MB"
    [[ $fast == 1 ]] && opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/server.log" -w -t 60 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "PG_CONNECTION=\"Host=127.0.0.1;Port=$port;Username=chatbot;Password=$password;Database=postgres\"" > "$dir/env"
    echo "PG_BIN=\"$bin\"" >> "$dir/env"
    echo "PG_OWNER=\"$owner\"" >> "$dir/env"
    echo "postgresql $(basename "$(dirname "$bin")") on 127.0.0.1:$port (data $dir/data, owner $owner)" >&2
    ;;
stop)
    [[ -d "$dir" ]] || exit 0
    if [[ -f "$dir/env" ]]; then
        # shellcheck disable=SC1091
        source "$dir/env"
        owner=$PG_OWNER
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*) echo "usage: $0 start|stop DIR [--fast]" >&2; exit 2 ;;
esac
