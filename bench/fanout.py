#!/usr/bin/env python3
"""Fan-out benchmark (process level, not a test): the Release build against the Telegram emulator enforcing Telegram's
limits, on PostgreSQL, for 1 and 2 instances (webhook mode behind tests/e2e/scale/rrproxy.py). Run by bench/fanout.sh.

For each configuration: a fresh database, UNITS × 10 officials linked with /start CODE, then `import --assign` of a
notice with TASKS tasks per unit; from the emulator's arrival times (time_ms) of the notice's messages:
  rate      = messages ÷ (last arrival − first arrival)      against the bot's 30 msg/s (the ideal, same run)
  first     = the latest of the officials' first message − first arrival   against chats ÷ 30 s (the ideal) and the
              target max(5 s, 1.2 × chats ÷ 30)
  429       = the emulator's count
Prints one JSON line per run and a table last.
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e", "scale"))
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e", "telegram"))
os.environ.setdefault("E2E_TOKEN", "1:BENCH")
os.environ.setdefault("E2E_PG", "")
import scale_day as sd  # noqa: E402  (the scale test's process helpers)
import ward  # noqa: E402
from tgclient import Emulator  # noqa: E402

RATE = 30


def run(instances, n_units, tasks, per_unit, run_no, base_pg):
    token = f"{7000 + run_no}:BENCH{instances}"
    sd.TOKEN = token
    sd.EMU = Emulator(sd.EMU_URL, token)
    sd.PG = f"{base_pg};Database=fanout_{int(time.time())}_{run_no}"
    sd.UNITS = ward.UNITS[:n_units]
    chats = [sd.CHAT0 + run_no * 1000 + n for n in range(1, n_units * per_unit + 1)]
    sd.cli("ward", "add", ward.WARD)
    for u in sd.UNITS:
        sd.cli("unit", "add", "--ward", ward.WARD, u)
    sd.cli("invite", "--ward", ward.WARD, "--unit", sd.UNITS[0], "--role", "staff", "--name", "Mẫu")
    sd.sql(ward.invite_sql(per_unit, n_units))
    proxy_port = sd.free_port()
    names = ["a", "b"][:instances]
    ports = {k: sd.free_port() for k in names}
    urls = {k: f"http://127.0.0.1:{p}" for k, p in ports.items()}
    proxy_url = f"http://127.0.0.1:{proxy_port}"
    sd.procs["proxy"] = subprocess.Popen([sys.executable, os.path.join(ROOT, "tests", "e2e", "scale", "rrproxy.py"), str(proxy_port), *urls.values()],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for k in names:
        sd.start_instance(k, ports[k], proxy_url)
    assert all(sd.wait_healthy(urls[k], k) for k in names), "instances did not start"
    for n, chat in enumerate(chats, 1):
        sd.EMU.send(chat, f"/start {ward.code_for(n)}")
    end = time.time() + 90
    while time.time() < end:
        linked = sum(1 for ms in sd.all_messages().values() if any("Đã liên kết" in (m.get("text") or "") for m in ms))
        if linked == len(chats):
            break
        time.sleep(0.5)
    assert linked == len(chats), f"only {linked} linked"
    time.sleep(1.5)  # the per-chat budget of the link replies refills
    before = {c: len(ms) for c, ms in sd.all_messages().items()}
    l0 = sd.EMU.limits()["too_many_requests"]
    b0 = dict(sd.EMU.limits().get("by_limit") or {})
    notice = os.path.join(sd.TMP, f"notice-{run_no}.txt")
    with open(notice, "w", encoding="utf-8") as f:
        f.write(ward.notice(sd.UNITS, tasks, sd.TODAY))
    imp = sd.cli("import", notice, "--ward", ward.WARD, "--assign")
    queued = imp["messages_queued"]
    end = time.time() + 300
    while time.time() < end:
        msgs = sd.all_messages()
        got = sum(len(msgs.get(c, [])) - before.get(c, 0) for c in chats)
        if got >= queued:
            break
        time.sleep(0.5)
    fan = {c: msgs.get(c, [])[before.get(c, 0):] for c in chats}
    times = sorted(m["time_ms"] for ms in fan.values() for m in ms)
    t_first, t_last = times[0], times[-1]
    first_each = max(ms[0]["time_ms"] for ms in fan.values()) - t_first
    r = {
        "instances": instances, "chats": len(chats), "messages": len(times), "queued": queued,
        "seconds": round((t_last - t_first) / 1000, 2),
        "rate": round(len(times) / ((t_last - t_first) / 1000), 2),
        "ideal_seconds": round(len(times) / RATE, 2),
        "first_message_all_s": round(first_each / 1000, 2),
        "first_ideal_s": round(len(chats) / RATE, 2),
        "first_target_s": round(max(5, 1.2 * len(chats) / RATE), 2),
        "too_many_requests": sd.EMU.limits()["too_many_requests"] - l0,
        "too_many_by_limit": {k: v - b0.get(k, 0) for k, v in (sd.EMU.limits().get("by_limit") or {}).items()},
    }
    r["ratio"] = round(r["rate"] / RATE, 3)
    for k in list(sd.procs):
        p = sd.procs.pop(k)
        p.terminate()
        p.wait(15)
    print(json.dumps(r), flush=True)
    return r


def main():
    base_pg = os.environ["BENCH_PG"]
    runs = int(os.environ.get("BENCH_RUNS", 3))
    n_units, per_unit, tasks = int(os.environ.get("BENCH_UNITS", 8)), 10, int(os.environ.get("BENCH_TASKS", 10))
    configs = [int(x) for x in os.environ.get("BENCH_INSTANCES", "1,2").split(",")]
    results = []
    i = 0
    for r in range(runs):
        for inst in configs:  # interleaved, so both see the same machine load
            i += 1
            results.append(run(inst, n_units, tasks, per_unit, i, base_pg))
    print()
    print("| instances | chats | messages | seconds (ideal) | msg/s | ÷ 30 | every official's first message, s (ideal; target) | 429 |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['instances']} | {r['chats']} | {r['messages']} | {r['seconds']} ({r['ideal_seconds']}) | {r['rate']} | {r['ratio']} | "
              f"{r['first_message_all_s']} ({r['first_ideal_s']}; ≤ {r['first_target_s']}) | {r['too_many_requests']} |")
    for inst in configs:
        rs = [r for r in results if r["instances"] == inst]
        print(f"{inst} instance(s): ratio median {statistics.median(r['ratio'] for r in rs)}, first-message median "
              f"{statistics.median(r['first_message_all_s'] for r in rs)} s, 429 total {sum(r['too_many_requests'] for r in rs)}")


if __name__ == "__main__":
    try:
        main()
    finally:
        for p in sd.procs.values():
            if p.poll() is None:
                p.kill()
