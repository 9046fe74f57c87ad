"""Shared by the end-to-end drivers (telegram_day.py, faults/faults.py, scale/scale_day.py): one line per check, the
tally the shell script reads back ("result P F [S]"), waiting for a condition with a deadline, and free ports."""
import socket
import sys
import time

T0 = time.time()
OK, FAIL = "ok -", "not ok -"   # telegram_day.py keeps its older "ok   -" / "FAIL -" (style() below)
tally = {"passed": 0, "failed": 0, "skipped": 0}


def style(ok, fail):
    global OK, FAIL
    OK, FAIL = ok, fail


def check(cond, what, detail=None):
    """One line named after what it proves; the detail (cut to 1,500 characters) only when it fails."""
    stamp = f"  [{time.time() - T0:.1f}s]"
    if cond:
        tally["passed"] += 1
        print(f"{OK} {what}{stamp}", flush=True)
    else:
        tally["failed"] += 1
        print(f"{FAIL} {what}{stamp}" + (f"\n       {str(detail)[:1500]}" if detail is not None else ""), flush=True)
    return cond


def skip(what, why):
    tally["skipped"] += 1
    print(f"{OK} {what} # SKIP {why}", flush=True)


def result(with_skipped=False):
    """The last line the shell script reads."""
    line = f"result {tally['passed']} {tally['failed']}" + (f" {tally['skipped']}" if with_skipped else "")
    print(line, flush=True)


def exit_code():
    return 1 if tally["failed"] else 0


def wait_until(cond, timeout, step=0.1):
    """cond() until truthy or the deadline; returns its last value."""
    end = time.time() + timeout
    while True:
        v = cond()
        if v or time.time() >= end:
            return v
        time.sleep(step)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def finish(with_skipped=False):
    result(with_skipped)
    sys.exit(exit_code())
