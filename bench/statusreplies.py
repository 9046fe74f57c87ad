#!/usr/bin/env python3
"""Status-replies benchmark (process level, not a test; docs/BENCHMARKS.md, "Status replies"). Run by
bench/statusreplies.sh, which builds the Release build, starts the Telegram emulator (the API the confirmations go to)
and, for PostgreSQL, a throw-away cluster with durable settings.

For each database (SQLite: the service's file, WAL, synchronous=FULL as the service runs it; PostgreSQL: default
durable settings):
  1. a ward of UNITS units × 10 officials, linked with "/start CODE" posted to the webhook; `import --assign` of a
     notice with 10 tasks per unit; the fan-out drains (outbox pending 0 on /healthz);
  2. raw baseline on the SAME database: a loop of single-row INSERT transactions (table bench_raw), 1 and 50
     concurrent, for RAW_SECONDS each (SQLite: python's sqlite3 with the service's settings; PostgreSQL: pgbench,
     one INSERT per transaction, per-transaction latencies from its log);
  3. status replies posted to POST /telegram/webhook as Telegram would (its secret header, one update each) by 1, 16
     and 50 concurrent senders with no pause (saturation), and by 50 officials at once each pausing a random
     0-2 s before every reply ("50p": the latency of a busy ward, as phones send): official k of a unit owns that unit's k-th task and sends "#T đang làm P%" four times
     (P rising) then "#T xong"; the webhook answers only after the update's transaction committed (docs/RELIABILITY.md),
     so the request's latency is the apply latency; applied/s = replies ÷ wall time;
  4. the raw baseline again (before and after, so a change of load shows);
  5. checks in the database: every reply's update is in ProcessedUpdates once and its words in TaskHistory once
     (exactly once), every task done at the end of the 50-sender round.
Prints one JSON line per measurement and a table last.
Environment: BENCH_DLL, BENCH_TMP, BENCH_EMU_URL, BENCH_DBS ("sqlite,postgres"), BENCH_PG (Npgsql connection string
without Database=), BENCH_PSQL, BENCH_PGBENCH, BENCH_UNITS (10), BENCH_RAW_SECONDS (5), BENCH_LEVELS ("1,16,50p,50"), BENCH_PACE_S (1.0), BENCH_SQL_LOG (1: the
service logs every SQL command it runs — EF's command log at Information — and each level reports the commands and
statements per reply by kind; the log costs CPU, so a run with it is for counting, not for the CPU or rate figures).

Load-robust figure: the service's CPU per applied reply — user + system time of the service process (/proc/PID/stat)
from just before a level's first reply to the end of the drain after its last (so the confirmation's sending is in
it) ÷ replies. Wall-time rates on a shared VM move ×1.6–3 with the other load; CPU per reply moves far less.
"""
import concurrent.futures
import datetime as dt
import hashlib
import http.client
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e", "scale"))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e", "telegram"))
import ward  # noqa: E402
from checks import free_port  # noqa: E402

DLL, TMP, EMU_URL = os.environ["BENCH_DLL"], os.environ["BENCH_TMP"], os.environ["BENCH_EMU_URL"]
TOKEN = "8000:STATUSBENCH"
SECRET = "status-bench-secret"
PER_UNIT = 10
N_UNITS = int(os.environ.get("BENCH_UNITS", 10))
RAW_SECONDS = float(os.environ.get("BENCH_RAW_SECONDS", 5))
# A level is a number of senders with no pause between replies (a saturation measure: closed loop), or "Np": N
# officials at once, each pausing a random 0-2×PACE_S before every reply (an arrival rate, as phones send).
LEVELS = [x.strip() for x in os.environ.get("BENCH_LEVELS", "1,16,50p,50").split(",")]
PACE_S = float(os.environ.get("BENCH_PACE_S", 1.0))
TODAY = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
CHAT0 = 700000
SQL_LOG = os.environ.get("BENCH_SQL_LOG") == "1"
TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    """User + system CPU of a process so far, in ms (/proc/PID/stat fields 14 and 15, all its threads)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * TICK_MS


def sql_kinds(text):
    """EF's command log (console logger) → {kind: count} of statements, and the number of commands (round trips).
    A kind is the statement's verb and its first table, e.g. 'SELECT ProcessedUpdates', 'INSERT Outbox'."""
    kinds, commands = {}, 0
    for block in text.split("Executed DbCommand")[1:]:
        commands += 1
        body = block.split("\n", 1)[1] if "\n" in block else ""
        body = body.split("\ninfo:")[0].split("\nwarn:")[0].split("\nfail:")[0].split("\ndbug:")[0]
        for stmt in re.split(r";\s*\n", body):
            m = re.search(r"\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|BEGIN|COMMIT|SAVEPOINT|RELEASE|ROLLBACK)\b", stmt)
            if not m:
                continue
            verb = m.group(1).split()[0]
            t = re.search(r'(?:FROM|INTO|UPDATE)\s+"(\w+)"', stmt[m.start():])
            key = f"{verb} {t.group(1)}" if t else verb
            kinds[key] = kinds.get(key, 0) + 1
    return commands, kinds


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(p / 100 * len(v) + 0.5) - 1))]


class Db:
    """The service's database seen from outside: SQL for the setup and the checks, the raw-commit baseline."""

    def __init__(self, kind, data):
        self.kind, self.data = kind, data
        if kind == "postgres":
            self.cs = f"{os.environ['BENCH_PG']};Database=statusreplies_{int(time.time())}"
            kv = {k.strip().lower(): v for k, v in (x.split("=", 1) for x in self.cs.split(";") if "=" in x)}
            self.conninfo = f"host={kv['host']} port={kv.get('port', 5432)} user={kv['username']} password={kv['password']} dbname={kv['database']}"
        else:
            self.file = os.path.join(data, "chatbot.db")

    def env(self):
        e = dict(os.environ)
        e.update({"CHATBOT_DATA": self.data, "DOTNET_NOLOGO": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"})
        if self.kind == "postgres":
            e.update({"Database__Provider": "Postgres", "ConnectionStrings__ChatBot": self.cs})
        return e

    def sql(self, query, params=()):
        if self.kind == "sqlite":
            con = sqlite3.connect(self.file, timeout=30)
            try:
                rows = con.execute(query, params).fetchall()
                con.commit()
                return [tuple(str(c) if c is not None else "" for c in r) for r in rows]
            finally:
                con.close()
        assert not params
        p = subprocess.run([os.environ["BENCH_PSQL"], self.conninfo, "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t", "-c", query],
                           capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            raise RuntimeError(f"psql: {p.stderr}")
        return [tuple(line.split("\t")) for line in p.stdout.splitlines() if line]

    def raw(self, concurrency, seconds):
        """Single-row INSERT transactions for `seconds`: commits/s and per-commit latency (ms)."""
        self.sql('CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, who INTEGER NOT NULL, at TEXT NOT NULL, payload TEXT NOT NULL)'
                 if self.kind == "sqlite" else
                 'CREATE TABLE IF NOT EXISTS bench_raw (id BIGSERIAL PRIMARY KEY, who INTEGER NOT NULL, at TIMESTAMPTZ NOT NULL, payload TEXT NOT NULL)')
        return self._raw_sqlite(concurrency, seconds) if self.kind == "sqlite" else self._raw_pg(concurrency, seconds)

    def _raw_sqlite(self, concurrency, seconds):
        lat, lock = [], threading.Lock()
        start = time.perf_counter()

        def loop(who):
            # The service's connection: WAL is stored in the file; synchronous is SQLite's default in WAL mode (FULL),
            # which Microsoft.Data.Sqlite leaves as it is.
            con = sqlite3.connect(self.file, timeout=30, isolation_level=None)
            con.execute("PRAGMA synchronous=FULL")
            mine = []
            while time.perf_counter() - start < seconds:
                t = time.perf_counter()
                con.execute("BEGIN IMMEDIATE")
                con.execute("INSERT INTO bench_raw (who, at, payload) VALUES (?, ?, ?)", (who, dt.datetime.now().isoformat(), "#12 đang làm 60%"))
                con.execute("COMMIT")
                mine.append((time.perf_counter() - t) * 1000)
            con.close()
            with lock:
                lat.extend(mine)

        threads = [threading.Thread(target=loop, args=(i,)) for i in range(concurrency)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        assert self.sql("PRAGMA journal_mode")[0][0] == "wal"
        return len(lat) / wall, lat

    def _raw_pg(self, concurrency, seconds):
        script = os.path.join(TMP, "raw.sql")
        with open(script, "w", encoding="utf-8") as f:
            f.write("INSERT INTO bench_raw (who, at, payload) VALUES (:client_id, now(), '#12 đang làm 60%');\n")
        logdir = os.path.join(TMP, f"pgbench-{concurrency}-{time.time_ns()}")
        os.makedirs(logdir)
        kv = dict(x.split("=", 1) for x in self.conninfo.split())
        env = dict(os.environ, PGPASSWORD=kv["password"])
        p = subprocess.run([os.environ["BENCH_PGBENCH"], "-n", "-h", kv["host"], "-p", kv["port"], "-U", kv["user"], "-f", script,
                            "-c", str(concurrency), "-j", str(min(concurrency, 2)), "-T", str(int(seconds)), "-l", "--log-prefix",
                            os.path.join(logdir, "tx"), kv["dbname"]], capture_output=True, text=True, env=env, timeout=seconds + 120)
        if p.returncode != 0:
            raise RuntimeError(f"pgbench: {p.stderr}{p.stdout}")
        lat = []
        for name in os.listdir(logdir):
            with open(os.path.join(logdir, name)) as f:
                lat.extend(int(line.split()[2]) / 1000 for line in f if line.strip())
        tps = next(float(line.split("=")[1].split()[0]) for line in p.stdout.splitlines() if line.startswith("tps"))
        return tps, lat


class Service:
    def __init__(self, db):
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def cli(self, *args):
        p = subprocess.run(["dotnet", DLL, *args, "--json"], capture_output=True, text=True, timeout=180, env=self.db.env())
        if p.returncode != 0:
            raise RuntimeError(f"ChatBot {' '.join(args)} → exit {p.returncode}\n{p.stdout}\n{p.stderr}")
        return json.loads(p.stdout)

    def start(self):
        e = self.db.env()
        if SQL_LOG:
            e["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information"
        e.update({"Telegram__BotToken": TOKEN, "Telegram__ApiBaseUrl": EMU_URL, "Telegram__Mode": "Webhook",
                  "Telegram__WebhookUrl": f"{self.url}/telegram/webhook", "Telegram__SecretToken": SECRET,
                  "Simulator__Enabled": "false", "Reminders__Enabled": "false"})
        self.log_path = os.path.join(TMP, f"service-{self.db.kind}.log")
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(["dotnet", DLL, "--urls", self.url], env=e, stdout=log, stderr=log)
        end = time.time() + 90
        while time.time() < end:
            assert self.proc.poll() is None, "the service exited"
            try:
                if self.health()["status"] == "ok":
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError("the service did not start")

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)

    def health(self):
        with urllib.request.urlopen(f"{self.url}/healthz", timeout=10) as r:
            return json.loads(r.read().decode())

    def drain(self, timeout=180):
        end = time.time() + timeout
        while time.time() < end:
            if (self.health().get("outbox") or {}).get("pending", 0) == 0:
                return True
            time.sleep(0.5)
        return False


UPDATE_ID = [10_000_000]
UPDATE_LOCK = threading.Lock()


def next_update_id():
    with UPDATE_LOCK:
        UPDATE_ID[0] += 1
        return UPDATE_ID[0]


def update(user, text):
    """A Telegram update as the Bot API posts it to a webhook (a private chat: chat id = user id)."""
    uid = next_update_id()
    msg = {"message_id": uid, "from": {"id": user, "is_bot": False, "first_name": f"User {user}"},
           "chat": {"id": user, "type": "private", "first_name": f"User {user}"}, "date": int(time.time()), "text": text}
    if text.startswith("/"):
        msg["entities"] = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}]
    return uid, json.dumps({"update_id": uid, "message": msg}).encode()


class Poster(threading.local):
    """One keep-alive connection per sending thread, like Telegram's webhook connections."""

    def post(self, port, body):
        if getattr(self, "conn", None) is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            self.conn.request("POST", "/telegram/webhook", body,
                              {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
            r = self.conn.getresponse()
            r.read()
            return r.status
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            raise


POSTER = Poster()


def setup(svc, db):
    svc.cli("ward", "add", ward.WARD)
    units = ward.UNITS[:N_UNITS]
    for u in units:
        svc.cli("unit", "add", "--ward", ward.WARD, u)
    svc.cli("invite", "--ward", ward.WARD, "--unit", units[0], "--role", "staff", "--name", "Mẫu")
    rows = []
    for u in range(N_UNITS):
        for k in range(PER_UNIT):
            n = u * PER_UNIT + k + 1
            h = hashlib.sha256(("chatbot-invite:" + ward.code_for(n)).encode()).hexdigest().upper()
            rows.append(f"({u + 1}, 'Cán bộ {n}', '{h}')")
    # The same rows as ward.invite_sql, written as a CTE so that SQLite takes it too.
    db.sql('WITH v(unit_no, name, hash) AS (VALUES ' + ",".join(rows) + ')\n'
           'INSERT INTO "Invites" ("WardId", "UnitId", "Role", "Name", "CodeHash", "CreatedAt", "ExpiresAt")\n'
           'SELECT t."WardId", u."Id", t."Role", v.name, v.hash, t."CreatedAt", t."ExpiresAt" FROM v\n'
           'JOIN (SELECT "Id", row_number() OVER (ORDER BY "Id") AS no FROM "Units") u ON u.no = v.unit_no\n'
           'CROSS JOIN (SELECT * FROM "Invites" ORDER BY "Id" LIMIT 1) t')
    svc.start()
    n_off = N_UNITS * PER_UNIT
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        codes = list(pool.map(lambda n: POSTER.post(svc.port, update(CHAT0 + n, f"/start {ward.code_for(n)}")[1]), range(1, n_off + 1)))
    assert all(c == 200 for c in codes), f"link answers {set(codes)}"
    linked = int(db.sql('SELECT COUNT(*) FROM "ChatAccounts"')[0][0])
    assert linked == n_off, f"only {linked} of {n_off} linked"
    notice = os.path.join(TMP, f"notice-{db.kind}.txt")
    with open(notice, "w", encoding="utf-8") as f:
        f.write(ward.notice(units, PER_UNIT, TODAY))
    imp = svc.cli("import", notice, "--ward", ward.WARD, "--assign")
    # Official k of a unit (by the order of their invites) owns the unit's k-th task: one writer per task.
    officials = db.sql('SELECT a."UserId", o."UnitId", o."Name" FROM "ChatAccounts" a JOIN "Officials" o ON o."Id" = a."OfficialId"')
    tasks = db.sql('SELECT "Id", "UnitId" FROM "Tasks" ORDER BY "Id"')
    by_unit = {}
    for tid, unit in tasks:
        by_unit.setdefault(unit, []).append(int(tid))
    owners = {}
    for user, unit, name in officials:
        n = int(name.split()[-1])
        owners[int(user)] = by_unit[unit][(n - 1) % PER_UNIT]
    assert len(set(owners.values())) == n_off, "tasks not one per official"
    drained = svc.drain()
    return {"linked": linked, "queued": imp["messages_queued"], "fanout_drained": drained}, owners


def replies_round(svc, owners, level, round_no):
    """Every official sends five replies in order; `level` senders share the officials."""
    plan = {user: [f"#{task} đang làm {round_no * 20 + p}%" for p in (1, 2, 3, 4)] + ([f"#{task} xong"] if round_no == len(LEVELS) - 1 else [f"#{task} đang làm {round_no * 20 + 5}%"])
            for user, task in owners.items()}
    users = sorted(plan)
    paced = level.endswith("p")
    senders = int(level.rstrip("p"))
    groups = [users[i::senders] for i in range(senders)]
    rng = random.Random(round_no)
    sent, lat, errors = [], [], []
    lock = threading.Lock()

    def sender(group):
        mine, mine_lat, mine_err = [], [], []
        for user in group:
            for text in plan[user]:
                if paced:
                    time.sleep(rng.uniform(0, 2 * PACE_S))
                uid, body = update(user, text)
                t = time.perf_counter()
                try:
                    code = POSTER.post(svc.port, body)
                except OSError as e:
                    code = str(e)
                mine_lat.append((time.perf_counter() - t) * 1000)
                mine.append((uid, owners[user], text))
                if code != 200:
                    mine_err.append(code)
        with lock:
            sent.extend(mine)
            lat.extend(mine_lat)
            errors.extend(mine_err)

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(senders) as pool:
        list(pool.map(sender, groups))
    wall = time.perf_counter() - start
    return sent, lat, errors, wall


def check_once(db, sent):
    """Every reply's update processed once and its words recorded once on its task."""
    ids = {str(uid) for uid, _, _ in sent}
    processed = {}
    for (uid,) in db.sql('SELECT "UpdateId" FROM "ProcessedUpdates"'):
        if uid in ids:
            processed[uid] = processed.get(uid, 0) + 1
    history = {}
    for task, raw in db.sql('SELECT "TaskId", "RawText" FROM "TaskHistory" WHERE "RawText" IS NOT NULL'):
        history[(int(task), raw)] = history.get((int(task), raw), 0) + 1
    not_once = sum(1 for uid in ids if processed.get(uid, 0) != 1)
    not_applied_once = sum(1 for _, task, text in sent if history.get((task, text), 0) != 1)
    return not_once, not_applied_once


def ms(values):
    return {"p50_ms": round(statistics.median(values), 1), "p99_ms": round(pct(values, 99), 1)}


def run_db(kind):
    data = os.path.join(TMP, kind)
    os.makedirs(data, exist_ok=True)
    db = Db(kind, data)
    svc = Service(db)
    results = []
    try:
        info, owners = setup(svc, db)
        print(json.dumps({"db": kind, "setup": info}), flush=True)
        raw = {}
        for phase in ("before", "after"):
            if phase == "after":
                for i, level in enumerate(LEVELS):
                    log_from = os.path.getsize(svc.log_path)
                    cpu0 = cpu_ms(svc.proc.pid)
                    sent, lat, errors, wall = replies_round(svc, owners, level, i)
                    cpu_round = cpu_ms(svc.proc.pid) - cpu0
                    t_drain = time.perf_counter()
                    drained = svc.drain(120)  # the confirmations go out before the next round (and count in the CPU)
                    cpu = cpu_ms(svc.proc.pid) - cpu0
                    drain_s = time.perf_counter() - t_drain
                    not_once, not_applied_once = check_once(db, sent)
                    r = {"db": kind, "what": "replies", "concurrency": level, "replies": len(sent), "errors": len(errors),
                         "applied_per_s": round(len(sent) / wall, 1), **ms(lat),
                         "not_processed_once": not_once, "not_applied_once": not_applied_once,
                         "cpu_ms_per_reply": round(cpu / len(sent), 3), "cpu_round_ms_per_reply": round(cpu_round / len(sent), 3),
                         "drain_s": round(drain_s, 1), "drained": drained,
                         "load": os.getloadavg()[0]}
                    if SQL_LOG:
                        with open(svc.log_path, encoding="utf-8", errors="replace") as f:
                            f.seek(log_from)
                            commands, kinds = sql_kinds(f.read())
                        r["sql_commands_per_reply"] = round(commands / len(sent), 2)
                        r["sql_statements_per_reply"] = {k: round(v / len(sent), 2) for k, v in sorted(kinds.items())}
                    print(json.dumps(r, ensure_ascii=False), flush=True)
                    results.append(r)
                open_tasks = int(db.sql('SELECT COUNT(*) FROM "Tasks" WHERE "Status" <> \'Done\'')[0][0])
                print(json.dumps({"db": kind, "open_tasks_after": open_tasks}), flush=True)
                results.append({"db": kind, "what": "open_after", "count": open_tasks})
            for c in (1, 50):
                tps, lat = db.raw(c, RAW_SECONDS)
                r = {"db": kind, "what": f"raw_{phase}", "concurrency": c, "commits": len(lat), "applied_per_s": round(tps, 1),
                     **ms(lat), "load": os.getloadavg()[0]}
                print(json.dumps(r), flush=True)
                results.append(r)
                raw.setdefault(c, []).append(tps)
    finally:
        svc.stop()
    return results


def main():
    kinds = os.environ.get("BENCH_DBS", "sqlite,postgres").split(",")
    all_results = []
    for kind in kinds:
        all_results += run_db(kind)
    print()
    print("| database | what | concurrent | n | per s | p50 ms | p99 ms | ÷ raw (same concurrency, mean of before/after) | exactly once | service CPU ms/reply | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for kind in kinds:
        rs = [r for r in all_results if r["db"] == kind]
        raw = {}
        for r in rs:
            if r["what"].startswith("raw_"):
                raw.setdefault(r["concurrency"], []).append(r["applied_per_s"])
        for r in rs:
            if r["what"] == "open_after":
                continue
            if r["what"] == "replies":
                paced = r["concurrency"].endswith("p")
                base = statistics.mean(raw[1 if r["concurrency"] == "1" else 50]) if raw and not paced else None
                ratio = f"{r['applied_per_s'] / base:.3f}" if base else "—"
                once = "yes" if r["not_processed_once"] == 0 and r["not_applied_once"] == 0 and r["errors"] == 0 else \
                    f"NO ({r['errors']} errors, {r['not_processed_once']}/{r['not_applied_once']} not once)"
                what = f"status replies, paced (each official 0–{2 * PACE_S:g} s between replies)" if paced else "status replies"
                print(f"| {kind} | {what} | {r['concurrency'].rstrip('p')} | {r['replies']} | {r['applied_per_s']} | {r['p50_ms']} | {r['p99_ms']} | {ratio} | {once} | {r['cpu_ms_per_reply']} | {r['load']:.1f} |")
            else:
                print(f"| {kind} | {r['what'].replace('_', ' ')} commits | {r['concurrency']} | {r['commits']} | {r['applied_per_s']} | {r['p50_ms']} | {r['p99_ms']} | 1 | — | — | {r['load']:.1f} |")
        opened = [r for r in rs if r["what"] == "open_after"]
        if opened and opened[0]["count"]:
            print(f"| {kind} | NOT all tasks done after the last round: {opened[0]['count']} open | | | | | | | | | |")


if __name__ == "__main__":
    main()
