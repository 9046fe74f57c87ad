#!/usr/bin/env python3
"""Which mutants of an MTP run must be tested again with the VSTest runner, as Stryker '--mutate' patterns with spans.

The MTP runner tests every mutant in one long-lived test process per worker, so a mutant in a static initialiser (a
static field, a static constructor: the parser's regex and phrase tables) is never seen by the code: the static was
built once, before the mutant was switched on. Stryker flags those mutants 'static'; when they survive, the result
means nothing. A mutant that crashes the test server (a stack overflow) is reported as a runtime error instead of
killed. A mutant no test of the MTP stage reached may be reached by the property tests, which that stage leaves
out. These kinds are tested again with the VSTest runner, which starts a fresh test host for each mutant.

The static initialisers the MTP stage left out (static_spans.py's output, STATIC_SPANS) are added: one pattern per file.

usage: rerun_spans.py MTP_REPORT.json [STATIC_SPANS]
       -> one '--mutate' argument per line ('**/<path>{start..end}{start..end}...')
"""
import collections
import json
import re
import sys


def offsets(source):
    starts, pos = [], 0
    for line in source.splitlines(keepends=True):
        starts.append(pos)
        pos += len(line)
    starts.append(pos)
    return starts


def needs_rerun(mutant):
    return ((mutant["status"] == "Survived" and mutant.get("static"))
            or mutant["status"] in ("RuntimeError", "NoCoverage"))


def main(path, static_path=None):
    report = json.load(open(path, encoding="utf-8"))
    per_file = collections.defaultdict(set)
    if static_path:
        for line in open(static_path, encoding="utf-8"):
            if line.strip():
                name = line.strip().split("{")[0]
                per_file[name].update((int(a), int(b)) for a, b in re.findall(r"\{(\d+)\.\.(\d+)\}", line))
    for file, data in sorted(report["files"].items()):
        starts = offsets(data["source"])
        spans = []
        for mutant in data["mutants"]:
            if not needs_rerun(mutant):
                continue
            begin, end = mutant["location"]["start"], mutant["location"]["end"]
            # Lines and columns are 1-based in the report; Stryker's spans are character positions in the file.
            spans.append((starts[begin["line"] - 1] + begin["column"] - 1, starts[end["line"] - 1] + end["column"] - 1))
        if spans:
            relative = file.replace("\\", "/").split("/src/ChatBot.Core/")[-1]
            per_file["**/ChatBot.Core/" + relative].update(spans)
    for name in sorted(per_file):
        print(name + "".join(f"{{{a}..{b}}}" for a, b in sorted(per_file[name])))


if __name__ == "__main__":
    main(*sys.argv[1:3])
