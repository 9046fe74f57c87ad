#!/usr/bin/env bash
# Start-up cost of the operator verbs against a bare `dotnet` start, in one hyperfine run (docs/BENCHMARKS.md).
#   bench/cli-startup.sh [RUNS]       (default 20 runs per command, 3 warm-ups; Release build first)
# The bare start is a hello-world console app built here, so both sides pay the same host and runtime start.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine; }; }
dotnet build src/ChatBot -c Release -v q -nologo >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/hello"
cat > "$tmp/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>
XML
echo 'System.Console.WriteLine("xin chào");' > "$tmp/hello/Program.cs"
dotnet build "$tmp/hello" -c Release -o "$tmp/hello/out" -v q -nologo >/dev/null

export CHATBOT_DATA="$tmp/data"
unset ConnectionStrings__ChatBot || true
dll="$PWD/src/ChatBot/bin/Release/net10.0/ChatBot.dll"
notice="$tmp/notice.txt"
sed -e 's/{ISSUED_D}/03/; s/{ISSUED_M}/06/; s/{ISSUED_Y}/2026/; s/{MEETING}/01\/06\/2026/' \
    -e 's/{A1}/10\/06\/2026/; s/{A2}/20\/06\/2026/; s/{A3}/30\/06\/2026/; s/{B1}/10\/06\/2026/; s/{B2}/20\/06\/2026/; s/{B3}/30\/06\/2026/' \
    tests/e2e/notice_e2e.txt > "$notice"
dotnet "$dll" ward add "Phường Hòa Bình" >/dev/null
dotnet "$dll" unit add --ward "Phường Hòa Bình" "Phòng Kinh tế, Hạ tầng và Đô thị" --alias "Phòng KT-HT-ĐT" >/dev/null
dotnet "$dll" unit add --ward "Phường Hòa Bình" "Phòng Văn hóa - Xã hội" --alias "Phòng VH-XH" >/dev/null
dotnet "$dll" import "$notice" --ward "Phường Hòa Bình" --assign >/dev/null

W="'Phường Hòa Bình'"
hyperfine -N --warmup 3 --runs "$runs" --ignore-failure --export-json "$tmp/result.json" \
  -n "bare dotnet hello.dll" "dotnet $tmp/hello/out/hello.dll" \
  -n "tasks --ward W" "dotnet $dll tasks --ward $W" \
  -n "tasks --ward W --overdue --json" "dotnet $dll tasks --ward $W --overdue --json" \
  -n "import FILE --ward W (already imported)" "dotnet $dll import $notice --ward $W" \
  -n "unit add --ward W NAME --alias A (write)" "dotnet $dll unit add --ward $W 'Phòng Văn hóa - Xã hội' --alias 'VH-XH'" \
  -n "invite --ward W --role leader (write)" "dotnet $dll invite --ward $W --role leader" \
  -n "reminders run-once --ward W --now …" "dotnet $dll reminders run-once --ward $W --now 2026-06-19T09:00" \
  -n "parse FILE (no database)" "dotnet $dll parse $notice" \
  -n "tasks --help" "dotnet $dll tasks --help" \
  -n "foo (refused, exit 2)" "dotnet $dll foo" >/dev/null
# Wall time (what an operator waits) and CPU time (user + system: what the process itself costs, less sensitive to
# other load on the machine), each also as the difference to the bare start.
python3 - "$tmp/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
base = r[0]
cpu = lambda x: x["user"] + x["system"]
print("| command | wall mean ± σ | wall − bare | CPU (user+sys) | CPU − bare |")
print("|---|---|---|---|---|")
for x in r:
    print(f"| `{x['command']}` | {x['mean']*1000:.0f} ± {x['stddev']*1000:.0f} ms | {(x['mean']-base['mean'])*1000:+.0f} ms "
          f"| {cpu(x)*1000:.0f} ms | {(cpu(x)-cpu(base))*1000:+.0f} ms |")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
