#!/usr/bin/env bash
# Mutation score of src/ChatBot.Core with Stryker.NET (docs/TESTING.md). Not part of the test command: it takes
# 30–90 minutes on two cores. It measures the committed tree (HEAD), in throw-away copies under a temporary folder.
#
#   scripts/mutation.sh OUT_DIR [GLOB ...]      GLOB: Stryker mutate patterns, default "**/*.cs" (the whole of Core),
#                                               e.g. "**/Understanding/**/*.cs" or "**/Parsing/Units/*.cs"
#
# 1. Stryker's MTP runner (one test server per worker, mutants switched in process) on a copy whose Core test project
#    is made an MTP app (mutation/mtp_project.py): every mutant, the Core tests but the property tests, per-test
#    coverage.
#    The static initialisers (mutation/static_spans.py: the phrase and regex tables) are left out of this stage: Stryker
#    tests a static mutant against every test, and this runner's long-lived server built the table before the mutant
#    was switched on, so the whole suite ran for a result that means nothing (session 22: most of its 104 minutes).
# 2. The VSTest runner (a fresh test host per mutant) on an unchanged copy tests the static initialisers, and what the
#    MTP stage could not judge: static survivors it still found, mutants that crashed the test server, and mutants no
#    test of stage 1 reached (mutation/rerun_spans.py gives their spans); one run per Core folder, with that folder's
#    tests.
# 3. One score from both (mutation/merge.py): OUT_DIR/summary.txt, per file, per folder and in total.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: scripts/mutation.sh OUT_DIR [GLOB ...]" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"; shift
globs=("$@"); [ ${#globs[@]} -gt 0 ] || globs=("**/*.cs")
work="$(mktemp -d /tmp/chatbot-mutation.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for copy in mtp vstest; do mkdir -p "$work/$copy"; git -C "$repo" archive HEAD | tar -x -C "$work/$copy"; done
python3 "$here/mutation/mtp_project.py" "$work/mtp"
(cd "$work/mtp" && dotnet tool restore >/dev/null)   # dotnet-stryker 5.1.0, pinned in dotnet-tools.json

stryker() {  # DIR OUTPUT [extra arguments]
  local dir="$1" output="$2"; shift 2
  (cd "$dir/tests/ChatBot.Core.Tests" && dotnet stryker --project ChatBot.Core.csproj --configuration Release \
     --concurrency "${MUTATION_WORKERS:-2}" --reporter json --reporter html --reporter progress --output "$output" "$@")
}
mutate=(); for g in "${globs[@]}"; do mutate+=(--mutate "$g"); done
mapfile -t statics < <(python3 "$here/mutation/static_spans.py" "$work/vstest/src/ChatBot.Core" "${globs[@]}")
for s in "${statics[@]}"; do mutate+=(--mutate "!$s"); done
printf '%s\n' "${statics[@]}" > "$out/static-spans.txt"
echo "== MTP runner: ${globs[*]}"
# Without the FsCheck property tests (hundreds of generated cases in one test): under the MTP runner's per-test coverage
# capture they outlast its acknowledgement timeout, and every test after them is then marked dubious. Leaving them out
# can only leave more survivors (the score is a lower bound); the VSTest re-run below runs them.
stryker "$work/mtp" "$out/mtp" --test-runner mtp --test-case-filter "FullyQualifiedName!~PropertyTests" "${mutate[@]}"

mapfile -t spans < <(python3 "$here/mutation/rerun_spans.py" "$out/mtp/reports/mutation-report.json" "$out/static-spans.txt")
merge=("$out/mtp/reports/mutation-report.json")
if [ ${#spans[@]} -gt 0 ]; then
  # One VSTest run per Core folder, against that folder's tests only (session 24): a static mutant is tested against
  # every test it is given, in a fresh host, so the whole suite (≈ 10 s) per mutant made this stage hours long for the
  # ≈ 2 000 table mutants of Parsing/ and Understanding/. A table of Understanding/ is read by the Understanding tests;
  # fewer tests can only leave more survivors, so the score stays a lower bound. Each folder's report is kept.
  mapfile -t folders < <(printf '%s\n' "${spans[@]}" | sed -E 's#^\*\*/ChatBot\.Core/([^/{]+)/.*#\1#; t; s#.*#(root)#' | sort -u)
  for folder in "${folders[@]}"; do
    rerun=(); for s in "${spans[@]}"; do
      case "$s" in "**/ChatBot.Core/$folder/"*) rerun+=(--mutate "$s");; "**/ChatBot.Core/"*/*) ;; *) [ "$folder" = "(root)" ] && rerun+=(--mutate "$s");; esac
    done
    filter=(); [ "$folder" = "(root)" ] || filter=(--test-case-filter "FullyQualifiedName~ChatBot.Core.Tests.$folder.")
    echo "== VSTest runner, $folder/: static initialisers, static survivors and crashes ($(( ${#rerun[@]} / 2 )) file(s))"
    stryker "$work/vstest" "$out/vstest-${folder//[()]/}" "${filter[@]}" "${rerun[@]}"
    merge+=("$out/vstest-${folder//[()]/}/reports/mutation-report.json")
  done
fi
python3 "$here/mutation/merge.py" "${merge[@]}" --survivors > "$out/summary.txt"
grep -E "^(TOTAL|statuses|re-tested)" "$out/summary.txt"
echo "per file and survivors: $out/summary.txt"
