#!/usr/bin/env python3
"""One mutation score from an MTP run and the VSTest run of the static initialisers and of the MTP run's static survivors
and crashes (rerun_spans.py); a mutant only the VSTest run tested counts with its VSTest status.

usage: merge.py MTP_REPORT.json [VSTEST_REPORT.json ...] [--survivors]
Prints killed (killed + timeout) / survived / no coverage and the score per file, per Core folder and in total, as
Stryker counts it (compile errors and ignored mutants are outside the score). With --survivors, lists every survivor.
"""
import collections
import json
import sys

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def key(file, mutant):
    loc = mutant["location"]
    return (file.replace("\\", "/").split("/src/")[-1], loc["start"]["line"], loc["start"]["column"],
            loc["end"]["line"], loc["end"]["column"], mutant["mutatorName"], mutant.get("replacement", ""))


def load(path):
    report = json.load(open(path, encoding="utf-8"))
    return {key(f, m): (m, d["source"]) for f, d in report["files"].items() for m in d["mutants"]}


def score(counter):
    detected = sum(counter[s] for s in DETECTED)
    undetected = sum(counter[s] for s in UNDETECTED)
    total = detected + undetected
    return detected, counter["Survived"], counter["NoCoverage"], (100.0 * detected / total if total else 0.0)


def line(name, counter):
    detected, survived, uncovered, percent = score(counter)
    return f"{name:58s} {detected:6d} / {survived:4d} / {uncovered:3d}  {percent:6.2f} %"


def main(args):
    show = "--survivors" in args
    paths = [a for a in args if not a.startswith("--")]
    mutants = load(paths[0])
    rerun = {}
    for path in paths[1:]:  # one VSTest report per Core folder (mutation.sh); their mutants do not overlap
        rerun.update(load(path))
    per_file, per_folder, total = collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter), collections.Counter()
    replaced = collections.Counter()
    survivors = []
    # The static initialisers are tested by the VSTest stage only: their mutants are not in the MTP report.
    for k, value in rerun.items():
        if k not in mutants:
            mutants[k] = value
    for k, (mutant, source) in mutants.items():
        status = mutant["status"]
        if k in rerun and rerun[k][0]["status"] in DETECTED | UNDETECTED:
            replaced[(status, rerun[k][0]["status"])] += 1
            status = rerun[k][0]["status"]
        file = k[0].replace("ChatBot.Core/", "")
        per_file[file][status] += 1
        per_folder[file.split("/")[0] if "/" in file else "(root)"][status] += 1
        total[status] += 1
        if status in UNDETECTED:
            text = source.splitlines()[k[1] - 1].strip()
            survivors.append(f"{file}:{k[1]} [{status}] {k[5]}: {text[:110]}  ==> {k[6][:80]}")
    print(f"{'file':58s} killed / surv. / no cov.  score")
    for file in sorted(per_file):
        if score(per_file[file])[0] + sum(per_file[file][s] for s in UNDETECTED):
            print(line(file, per_file[file]))
    print()
    for folder in sorted(per_folder):
        print(line(folder + "/", per_folder[folder]))
    print(line("TOTAL", total))
    print("statuses:", dict(total))
    if replaced:
        print("re-tested with VSTest (MTP status -> VSTest status):", {f"{a}->{b}": n for (a, b), n in replaced.items()})
    if show:
        print()
        print("\n".join(sorted(survivors)))


if __name__ == "__main__":
    main(sys.argv[1:])
