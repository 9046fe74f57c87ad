#!/usr/bin/env python3
"""Which mutants of an MTP run must be tested again with the VSTest runner, as Stryker '--mutate' patterns with spans.

The MTP runner tests every mutant in one long-lived test process per worker, so a mutant in a static initialiser (a
static field, a static constructor: the parser's regex and phrase tables) is never seen by the code: the static was
built once, before the mutant was switched on. Stryker flags those mutants 'static'; when they survive, the result
means nothing. A mutant that crashes the test server (a stack overflow) is reported as a runtime error instead of
killed. A mutant no test of the MTP stage reached may be reached by the property tests, which that stage leaves
out. These kinds are tested again with the VSTest runner, which starts a fresh test host for each mutant.

usage: rerun_spans.py MTP_REPORT.json   -> one '--mutate' argument per line ('**/<path>{start..end}{start..end}...')
"""
import json
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


def main(path):
    report = json.load(open(path, encoding="utf-8"))
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
            print("**/ChatBot.Core/" + relative + "".join(f"{{{a}..{b}}}" for a, b in sorted(set(spans))))


if __name__ == "__main__":
    main(sys.argv[1])
