#!/usr/bin/env python3
"""The Excel report at 100k tasks, service start-up to /healthz, and resident memory idle (issue 14; docs/BENCHMARKS.md).

Each figure beside a baseline measured in the same run: the report of a ward with the few tasks of one notice, and the
service started on a database without the 100k tasks.

    python3 bench/report_memory.py [--tasks 100000] [--runs 3]      (Release build first: dotnet build src/ChatBot -c Release)

Idle memory only, this build beside another one (e.g. main's, built into a copy of its tree), alternated in one run:

    python3 bench/report_memory.py --idle --baseline-dll /path/to/main/src/ChatBot/bin/Release/net10.0/ChatBot.dll [--rounds 3]

The 100k tasks are copies of the tasks of one imported notice (the real import path), spread over units, statuses and
deadlines with SQL, so the report has every kind of row (done on time and late, overdue, extended, blocked…).
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sqlite3
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DLL = os.path.join(ROOT, "src/ChatBot/bin/Release/net10.0/ChatBot.dll")
WARD = "Phường Hòa Bình"


def cli(env, *args):
    subprocess.run(["dotnet", DLL, *args], env=env, check=True, capture_output=True, text=True)


def timed(env, *args):
    """Wall seconds, peak resident KB and CPU seconds (user + system: less sensitive to a loaded machine) of one CLI run."""
    p = subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "dotnet", DLL, *args], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr[-2000:])
    secs, kb, user, system = p.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kb), float(user) + float(system)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def rss_kb(pid):
    """VmRSS and its parts (kB): RssAnon (heaps, JIT data), RssFile (mapped assemblies and native libraries, shared
    clean pages included), RssShmem (the runtime's double-mapped executable memory)."""
    with open(f"/proc/{pid}/status") as f:
        fields = dict(line.split(":", 1) for line in f if line.startswith(("VmRSS:", "RssAnon:", "RssFile:", "RssShmem:")))
    out = {k: int(v.split()[0]) for k, v in fields.items()}
    # PSS: each page divided by the number of processes that map it (a runtime page shared with another .NET process
    # counts half); RSS counts every page this process maps in full.
    with open(f"/proc/{pid}/smaps_rollup") as f:
        out["Pss"] = next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
    return out


def demo_seeded(data):
    try:
        return sqlite3.connect(os.path.join(data, "chatbot.db")).execute("SELECT COUNT(*) FROM Documents").fetchone()[0] > 0
    except sqlite3.Error:
        return False


def service(env, idle_s=10, dll=DLL, first=None, until=None, user=None):
    """Seconds from process start to /healthz 200, and resident KB after idle_s seconds of idling; with first (a path),
    also the seconds of that first request after the idle reading and the resident KB after it."""
    port = free_port()
    t0 = time.monotonic()
    # user: a numeric uid to run as (the Dockerfile's non-root account: the runtime and the application's files are
    # then neither its own nor writable by it)
    run_as = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] if user is not None else []
    p = subprocess.Popen([*run_as, "dotnet", dll, "--urls", f"http://127.0.0.1:{port}"], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if p.poll() is not None or time.monotonic() - t0 > 60:
                raise RuntimeError("the service did not answer /healthz")
            time.sleep(0.02)
        up = time.monotonic() - t0
        while until is not None and not until() and time.monotonic() - t0 < 120:
            time.sleep(0.5)
        time.sleep(idle_s)
        idle = rss_kb(p.pid)
        if first is None:
            return up, idle
        t1 = time.monotonic()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{first}", timeout=60) as r:
            r.read()
        return up, idle, time.monotonic() - t1, rss_kb(p.pid)
    finally:
        p.terminate()
        p.wait(20)


def seed(env, data, tasks):
    notice = os.path.join(data, "notice.txt")
    with open(os.path.join(ROOT, "tests/e2e/notice_e2e.txt"), encoding="utf-8") as f:
        text = f.read()
    for k, v in {"{ISSUED_D}": "03", "{ISSUED_M}": "06", "{ISSUED_Y}": "2026", "{MEETING}": "01/06/2026",
                 "{A1}": "10/06/2026", "{A2}": "20/06/2026", "{A3}": "30/06/2026",
                 "{B1}": "10/06/2026", "{B2}": "20/06/2026", "{B3}": "30/06/2026"}.items():
        text = text.replace(k, v)
    with open(notice, "w", encoding="utf-8") as f:
        f.write(text)
    cli(env, "ward", "add", WARD)
    cli(env, "unit", "add", "--ward", WARD, "Phòng Kinh tế, Hạ tầng và Đô thị", "--alias", "Phòng KT-HT-ĐT")
    cli(env, "unit", "add", "--ward", WARD, "Phòng Văn hóa - Xã hội", "--alias", "Phòng VH-XH")
    cli(env, "import", notice, "--ward", WARD, "--assign")
    if tasks == 0:
        return
    db = sqlite3.connect(os.path.join(data, "chatbot.db"))
    cols = [r[1] for r in db.execute("PRAGMA table_info(Tasks)") if r[1] != "Id"]
    have = db.execute("SELECT COUNT(*) FROM Tasks").fetchone()[0]
    listed = ", ".join(f'"{c}"' for c in cols)
    while have < tasks:
        n = min(have, tasks - have)
        db.execute(f'INSERT INTO Tasks ({listed}) SELECT {listed} FROM Tasks ORDER BY Id LIMIT {n}')
        have += n
    # Spread statuses and deadlines the way a year of notices would: a third done, some overdue, some extended.
    db.execute("""UPDATE Tasks SET
        Status = CASE Id % 6 WHEN 0 THEN 'Done' WHEN 1 THEN 'Done' WHEN 2 THEN 'InProgress' WHEN 3 THEN 'Blocked'
                             WHEN 4 THEN 'New' ELSE 'Acknowledged' END,
        Ordinal = Id,
        Deadline = date('2026-01-01', '+' || (Id % 365) || ' days'),
        BlockedReason = CASE Id % 6 WHEN 3 THEN 'chưa có kinh phí' ELSE BlockedReason END""")
    db.commit()
    db.close()


def idle(a):
    """Idle resident memory of two builds, alternated, in the two configurations people start: the README's first
    command (the chat simulator with its demo ward and the reminder scheduler on; measured on the second start, the data
    folder already set up) and the bench's quiet service (no simulator, no scheduler; a ward seeded by the CLI). Each
    start: seconds to /healthz, resident memory after 10 s idle, then the first request of a desk page (its seconds,
    and the resident memory after it)."""
    builds = [("this build", a.dll, {}), ("baseline", a.baseline_dll, {})]
    for v in a.variant or []:  # label:KEY=VALUE — this build with an environment variable set (a runtime knob)
        label, setting = v.split(":", 1)
        builds.append((label, a.dll, dict([setting.split("=", 1)])))
    configs = {
        "README (simulator + scheduler)": {"path": "/sim", "env": {}},
        "bench (no simulator, no scheduler)": {"path": "/desk/signin", "env": {"Simulator__Enabled": "false", "Reminders__Enabled": "false"}},
    }
    templates = {}
    try:
        for name, c in configs.items():
            data = tempfile.mkdtemp(prefix="chatbot-idle-")
            env = dict(os.environ, CHATBOT_DATA=data, **c["env"])
            env.pop("ConnectionStrings__ChatBot", None)
            if c["env"]:
                seed(env, data, 0)
            else:
                # The first start migrates and seeds the demo ward (units, personas, a notice and its messages).
                service(env, idle_s=5, dll=a.baseline_dll, until=lambda: demo_seeded(data))
                if not demo_seeded(data):
                    raise RuntimeError("the demo ward was not seeded")
            templates[name] = (data, env)
        rows = {(n, b): [] for n in configs for b, _, _ in builds}
        loads = [os.getloadavg()[0]]
        for r in range(a.rounds):
            for name, c in configs.items():
                order = builds if r % 2 == 0 else builds[::-1]
                for label, dll, extra in order:
                    data, env = templates[name]
                    run = tempfile.mkdtemp(prefix="chatbot-idle-run-")
                    for f in os.listdir(data):
                        if f.startswith("chatbot.db"):
                            shutil.copy(os.path.join(data, f), run)
                    if a.user is not None:
                        for f in [run, *(os.path.join(run, x) for x in os.listdir(run))]:
                            os.chown(f, a.user, a.user)
                    try:
                        rows[(name, label)].append(service(dict(env, CHATBOT_DATA=run, **extra), idle_s=a.idle_seconds, dll=dll,
                                                           first=c["path"], user=a.user))
                    finally:
                        shutil.rmtree(run, ignore_errors=True)
            loads.append(os.getloadavg()[0])
    finally:
        for data, _ in templates.values():
            shutil.rmtree(data, ignore_errors=True)
    print(f"idle {a.idle_seconds} s after /healthz{'' if a.user is None else f', as uid {a.user}'}; load average (1 min) at the start and after each round: {' / '.join(f'{x:.1f}' for x in loads)}")
    print("| configuration | build | idle RSS MB (runs) | anon + file + shmem MB | idle PSS MB | start to /healthz s | first request s | RSS after it MB |")
    print("|---|---|---|---|---|---|---|---|")
    for (name, label), runs in rows.items():
        med = lambda f: statistics.median(f(x) for x in runs)
        print(f"| {name} | {label} | {med(lambda x: x[1]['VmRSS']) / 1024:.0f} ({', '.join(str(round(x[1]['VmRSS'] / 1024)) for x in runs)}) | "
              f"{med(lambda x: x[1]['RssAnon']) / 1024:.0f} + {med(lambda x: x[1]['RssFile']) / 1024:.0f} + {med(lambda x: x[1]['RssShmem']) / 1024:.0f} | "
              f"{med(lambda x: x[1]['Pss']) / 1024:.0f} | {med(lambda x: x[0]):.2f} | {med(lambda x: x[2]):.2f} | {med(lambda x: x[3]['VmRSS']) / 1024:.0f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--idle", action="store_true", help="only idle memory, this build beside --baseline-dll")
    ap.add_argument("--dll", default=DLL, help="ChatBot.dll of this build (--idle; a copy lets you rebuild meanwhile)")
    ap.add_argument("--baseline-dll", help="ChatBot.dll of the build to compare with (--idle)")
    ap.add_argument("--rounds", type=int, default=3, help="alternated rounds (--idle)")
    ap.add_argument("--idle-seconds", type=int, default=10, help="seconds idle before the reading (--idle)")
    ap.add_argument("--user", type=int, help="run the services as this uid, e.g. 65534 (--idle; needs root)")
    ap.add_argument("--variant", action="append", help="LABEL:KEY=VALUE, this build with one environment variable (--idle)")
    a = ap.parse_args()
    if a.idle:
        if not a.baseline_dll:
            ap.error("--idle needs --baseline-dll")
        return idle(a)
    load0 = f"{os.getloadavg()[0]:.1f}"
    results = {}
    for label, tasks in (("baseline (one notice's tasks)", 0), (f"{a.tasks:,} tasks", a.tasks)):
        data = tempfile.mkdtemp(prefix="chatbot-bench-")
        env = dict(os.environ, CHATBOT_DATA=data, Simulator__Enabled="false", Reminders__Enabled="false")
        env.pop("ConnectionStrings__ChatBot", None)
        try:
            seed(env, data, tasks)
            count = sqlite3.connect(os.path.join(data, "chatbot.db")).execute("SELECT COUNT(*) FROM Tasks").fetchone()[0]
            out = os.path.join(data, "bao-cao.xlsx")
            reports = [timed(env, "report", "--ward", WARD, "--out", out) for _ in range(a.runs)]
            size = os.path.getsize(out)
            starts = [service(env) for _ in range(a.runs)]
            results[label] = (count, reports, size, starts)
        finally:
            shutil.rmtree(data, ignore_errors=True)
    print(f"load average before/after: {load0} / {os.getloadavg()[0]:.1f}")
    print(f"| database | tasks | `report` wall s (runs) | `report` CPU s | `report` peak RSS MB | .xlsx KB | start to /healthz s "
          f"| RSS idle 10 s MB (anon + file + shmem) |")
    print("|---|---|---|---|---|---|---|---|")
    for label, (count, reports, size, starts) in results.items():
        print(f"| {label} | {count:,} | {statistics.median(r[0] for r in reports):.2f} ({', '.join(f'{r[0]:.2f}' for r in reports)})"
              f" | {statistics.median(r[2] for r in reports):.2f} | {max(r[1] for r in reports) / 1024:.0f} | {size // 1024:,} | "
              f"{statistics.median(s[0] for s in starts):.2f} ({', '.join(f'{s[0]:.2f}' for s in starts)}) | "
              f"{mb(starts, 'VmRSS')} ({mb(starts, 'RssAnon')} + {mb(starts, 'RssFile')} + {mb(starts, 'RssShmem')}) |")


def mb(starts, key):
    return f"{statistics.median(s[1][key] for s in starts) / 1024:.0f}"


if __name__ == "__main__":
    main()
