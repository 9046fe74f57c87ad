#!/usr/bin/env bash
# End-to-end: the built service, a fresh SQLite file and the fake Zalo platform PROCESS (tests/e2e/fake_zalo.py).
# Officials link, receive their unit's tasks, reply without diacritics, the leader asks what is overdue.
# Prints "N passed, N failed" last; exits non-zero on any failure. Needs bash, curl, jq, python3, dotnet.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dll="$root/src/ChatBot/bin/Release/net10.0/ChatBot.dll"
tmp=$(mktemp -d)
fake_pid=""; svc_pid=""
passed=0; failed=0
started=$(date +%s)

cleanup() {
  [ -n "$svc_pid" ] && kill "$svc_pid" 2>/dev/null && wait "$svc_pid" 2>/dev/null
  [ -n "$fake_pid" ] && kill "$fake_pid" 2>/dev/null && wait "$fake_pid" 2>/dev/null
  if [ "$failed" -gt 0 ] && [ -f "$tmp/service.log" ]; then
    echo "--- last service log lines ---"; tail -n 40 "$tmp/service.log"
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok()   { passed=$((passed + 1)); echo "  ok   $1"; }
bad()  { failed=$((failed + 1)); echo "  FAIL $1"; [ $# -gt 1 ] && printf '       %s\n' "${@:2}"; return 0; }
# check NAME COMMAND...: one assertion.
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
# same NAME EXPECTED ACTUAL: equality with both values shown on failure.
same() { if [ "$2" == "$3" ]; then ok "$1"; else bad "$1" "expected: $2" "actual:   $3"; fi; }
has() { grep -qF -- "$2" <<<"$1"; }
finish() {
  echo "zalo e2e: $(( $(date +%s) - started ))s"
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]; exit $?
}
abort() { bad "$1" "${@:2}"; finish; }

# --- build, ports, fake ------------------------------------------------------------------------
if [ ! -f "$dll" ]; then
  dotnet build "$root/src/ChatBot" -c Release -v q -nologo >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; abort "build"; }
fi
export ConnectionStrings__ChatBot="Data Source=$tmp/e2e.db"
export Database__Provider=Sqlite
token="1234567890:secret-e2e"

python3 "$root/tests/e2e/fake_zalo.py" serve --port 0 --port-file "$tmp/zalo.port" --token "$token" --max-poll-wait 1 \
  >"$tmp/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 100); do [ -s "$tmp/zalo.port" ] && break; sleep 0.1; done
[ -s "$tmp/zalo.port" ] || abort "fake Zalo starts" "$(cat "$tmp/fake.log")"
zalo="http://127.0.0.1:$(cat "$tmp/zalo.port")"
svc_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
svc="http://127.0.0.1:$svc_port"

cli() { dotnet "$dll" "$@" 2>>"$tmp/cli.err"; }

# --- operator setup (CLI, same database) -------------------------------------------------------
W="Phường E2E Zalo"
UA="Phòng Kinh tế, Hạ tầng và Đô thị"
UB="Phòng Văn hóa - Xã hội"
UC="Văn phòng HĐND và UBND phường"
echo "setup"
cli ward add "$W" --json >/dev/null || abort "ward add" "$(cat "$tmp/cli.err")"
cli unit add --ward "$W" "$UA" --alias "Kinh tế" --json >/dev/null || abort "unit add A"
cli unit add --ward "$W" "$UB" --alias "Văn hóa" --json >/dev/null || abort "unit add B"
cli unit add --ward "$W" "$UC" --json >/dev/null || abort "unit add C"
code_leader=$(cli invite --ward "$W" --role leader --name "Nguyễn Văn An" --json | jq -r .code)
code_a=$(cli invite --ward "$W" --unit "$UA" --role head --name "Lê Văn Hùng" --json | jq -r .code)
code_b=$(cli invite --ward "$W" --unit "$UB" --role staff --name "Phạm Thị Lan" --json | jq -r .code)
for c in "$code_leader" "$code_a" "$code_b"; do
  [[ "$c" =~ ^[A-Z0-9-]{8,12}$ ]] || abort "invite codes" "got '$c'" "$(cat "$tmp/cli.err")"
done
ok "operator setup: ward, 3 units, 3 invites"

# --- service -----------------------------------------------------------------------------------
Zalo__BotToken="$token" Zalo__ApiBaseUrl="$zalo" Zalo__Mode=Polling Zalo__PollTimeoutSeconds=1 \
Zalo__RetryBackoff=00:00:00.200 Telegram__BotToken="" Simulator__Enabled=false Reminders__Enabled=false \
Outbox__PollInterval=00:00:00.200 ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$dll" --urls "$svc" >"$tmp/service.log" 2>&1 &
svc_pid=$!

wait_until() { # wait_until SECONDS COMMAND...: polls a condition every 0.2 s
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@"; do [ "$(date +%s)" -ge "$deadline" ] && return 1; kill -0 "$svc_pid" 2>/dev/null || return 1; sleep 0.2; done
}
healthy() { curl -fs "$svc/healthz" >/dev/null; }
polling() { curl -fs "$zalo/control/calls" | jq -e '.result | index("getUpdates") != null' >/dev/null; }
wait_until 60 healthy || abort "service answers /healthz" "$(tail -n 30 "$tmp/service.log")"
ok "service answers /healthz"
wait_until 30 polling || abort "service polls getUpdates" "$(curl -s "$zalo/control/calls")"
calls=$(curl -fs "$zalo/control/calls" | jq -r '.result[:3] | join(",")')
same "startup calls getMe, deleteWebhook, then getUpdates" "getMe,deleteWebhook,getUpdates" "$calls"

# --- fake Zalo user side -----------------------------------------------------------------------
count() { curl -fs "$zalo/control/messages?chat_id=$1" | jq '.result | length'; }
send() { # send USER TEXT
  jq -n --arg u "$1" --arg t "$2" --arg n "$3" '{user_id: $u, text: $t, display_name: $n}' \
    | curl -fs -X POST -H 'Content-Type: application/json' --data @- "$zalo/control/send" >/dev/null
}
# say USER NAME TEXT [N]: sends, waits for N (default 1) new bot messages; prints them joined by a \x1e line.
say() {
  local user=$1 name=$2 text=$3 n=${4:-1} before
  before=$(count "$user")
  send "$user" "$text" "$name"
  wait_for "$user" "$before" "$n"
}
# wait_for CHAT BEFORE N: the texts of bot messages BEFORE+1 .. BEFORE+N, separated by \x1e lines.
wait_for() {
  curl -s "$zalo/control/wait?chat_id=$1&n=$(( $2 + $3 ))&timeout=20" \
    | jq -r --argjson b "$2" 'if .ok then .result[$b:] | map(.text) | join("\n\u001e\n") else "TIMEOUT: " + .description end'
}
numbers_in_list() { grep -oE '^[0-9]+\. #[0-9]+' <<<"$1" | sed -E 's/.*#//' | sort -n | paste -sd, -; }
task_field() { cli tasks --ward "$W" --json | jq -r --argjson n "$1" ".[] | select(.number == \$n) | .$2"; }

# --- 1. linking --------------------------------------------------------------------------------
echo "linking"
r=$(say zl-leader "Nguyễn Văn An" "$code_leader")
check "leader links by sending just the code" has "$r" "✅ Đã liên kết tài khoản: Nguyễn Văn An — Lãnh đạo, $W."
check "link confirmation comes without HTML tags" bash -c '! grep -qE "<b>|</b>|&amp;|&lt;" <<<"$1"' _ "$r"
r=$(say zl-a "Lê Văn Hùng" "/start $code_a")
check "head of unit A links with /start CODE" has "$r" "Đã liên kết tài khoản: Lê Văn Hùng — Trưởng/Phó đơn vị, $UA, $W."
r=$(say zl-b "Phạm Thị Lan" "  $(tr 'A-Z' 'a-z' <<<"$code_b")  ")
check "staff of unit B links with the code in lower case" has "$r" "Đã liên kết tài khoản: Phạm Thị Lan — Chuyên viên, $UB, $W."
r=$(say zl-stranger "Người lạ" "$code_a")
check "a used invite code is refused to a second user" has "$r" "Mã mời này đã được sử dụng"

# --- 2. import and assign; each official gets exactly their unit's tasks ---------------------
echo "import"
vn() { TZ=Asia/Ho_Chi_Minh date -d "$1 days" +%d/%m/%Y; }
sed -e "s#{D-10}#$(vn -10)#g; s#{D+20}#$(vn 20)#g; s#{NUMBER}#$(( RANDOM % 900 + 100 ))#" \
    -e "s#{TODAY_DAY}#$(TZ=Asia/Ho_Chi_Minh date +%-d)#; s#{TODAY_MONTH}#$(TZ=Asia/Ho_Chi_Minh date +%-m)#; s#{TODAY_YEAR}#$(TZ=Asia/Ho_Chi_Minh date +%Y)#" \
    "$root/tests/e2e/notice_zalo.template.txt" >"$tmp/notice_zalo.txt"
a_before=$(count zl-a); b_before=$(count zl-b); l_before=$(count zl-leader)
imp=$(cli import "$tmp/notice_zalo.txt" --ward "$W" --assign --json)
# messages_queued counts every message: per unit chat a header and one card per task (2 + 4).
same "import: 4 tasks in 2 units, assigned, 6 messages queued" "4 2 assigned 6" \
  "$(jq -r '"\(.tasks) \(.units) \(.state) \(.messages_queued)"' <<<"$imp")"

tasks_a=$(cli tasks --ward "$W" --unit "$UA" --json)
tasks_b=$(cli tasks --ward "$W" --unit "$UB" --json)
ids_a=$(jq -r '[.[].number] | sort | map(tostring) | join(",")' <<<"$tasks_a")
ids_b=$(jq -r '[.[].number] | sort | map(tostring) | join(",")' <<<"$tasks_b")
a_over=$(jq -r '.[] | select(.overdue) | .number' <<<"$tasks_a"); a_future=$(jq -r '.[] | select(.overdue | not) | .number' <<<"$tasks_a")
b_over=$(jq -r '.[] | select(.overdue) | .number' <<<"$tasks_b"); b_future=$(jq -r '.[] | select(.overdue | not) | .number' <<<"$tasks_b")
same "CLI: per unit one overdue and one future task" "1 1 1 1" \
  "$(wc -w <<<"$a_over") $(wc -w <<<"$a_future") $(wc -w <<<"$b_over") $(wc -w <<<"$b_future")"

cards() { grep -oE '^#[0-9]+ ' <<<"$1" | tr -d '# ' | sort -n | paste -sd, -; }
pa=$(wait_for zl-a "$a_before" 3); pb=$(wait_for zl-b "$b_before" 3)
check "unit A gets a header naming its unit" has "$pa" "📋 Nhiệm vụ mới cho $UA"
same "unit A gets exactly its unit's task cards" "$ids_a" "$(cards "$pa")"
check "unit B gets a header naming its unit" has "$pb" "📋 Nhiệm vụ mới cho $UB"
same "unit B gets exactly its unit's task cards" "$ids_b" "$(cards "$pb")"
check "the overdue card says how late it is" has "$pa" "quá hạn 10 ngày"
check "the future card counts the days left" has "$pa" "còn 20 ngày"

# --- 3. status replies without diacritics ------------------------------------------------------
echo "replies"
r=$(say zl-a "Lê Văn Hùng" "#$a_over da xong")
check "unit A: '#$a_over da xong' is confirmed" has "$r" "✅ Đã cập nhật #$a_over"
same "CLI shows #$a_over done" "done" "$(task_field "$a_over" status)"

r=$(say zl-b "Phạm Thị Lan" "xong")
# Zalo has no quoted replies, so a bare status names no task: it must get an answer and change nothing.
check "a bare 'xong' gets an answer" bash -c '[ -n "$1" ] && ! grep -q "^TIMEOUT" <<<"$1" && ! grep -qF "Đã cập nhật" <<<"$1"' _ "$r"
same "a bare 'xong' changes no task of unit B" "new new" "$(cli tasks --ward "$W" --unit "$UB" --json | jq -r 'map(.status) | join(" ")')"
r=$(say zl-b "Phạm Thị Lan" "#$a_future xong")
check "unit B updating a unit A task is refused (đơn vị khác)" has "$r" "thuộc đơn vị khác"
same "the refused task is unchanged" "new" "$(task_field "$a_future" status)"

r=$(say zl-a "Lê Văn Hùng" "/viec")
first=$(grep -oE '^1\. #[0-9]+' <<<"$r" | sed 's/.*#//')
same "unit A's /viec lists its one open task first" "$a_future" "$first"
check "the list tells how to reply by number" has "$r" "SỐ_THỨ_TỰ xong"
r=$(say zl-a "Lê Văn Hùng" "1 xong")
check "'1 xong' answers the numbered list" has "$r" "✅ Đã cập nhật #$first"
same "CLI shows list item 1 (#$first) done" "done" "$(task_field "$first" status)"

# --- 4. the leader asks what is overdue --------------------------------------------------------
echo "overdue"
expected=$(cli tasks --ward "$W" --overdue --json | jq -r '[.[].number] | sort | map(tostring) | join(",")')
same "CLI overdue is exactly unit B's overdue task" "$b_over" "$expected"
r=$(say zl-leader "Nguyễn Văn An" "/quahan")
same "leader /quahan lists exactly the overdue tasks" "$expected" "$(numbers_in_list "$r")"
check "/quahan names the unit and counts 1" has "$r" "Việc quá hạn — toàn phường: 1"
check "/quahan shows the unit of each task" has "$r" "· $UB ·"
r=$(say zl-leader "Nguyễn Văn An" "qua han")
same "leader 'qua han' (no diacritics) lists exactly the overdue tasks" "$expected" "$(numbers_in_list "$r")"
check "the done task is not listed as overdue" bash -c '! grep -qE "^[0-9]+\. #$2( |$)" <<<"$1"' _ "$r" "$a_over"

# --- 5. a reply over 2000 characters arrives in numbered parts --------------------------------
echo "long reply"
{
  echo "ỦY BAN NHÂN DÂN"; echo "PHƯỜNG E2E ZALO"; echo; echo "Số: $(( RANDOM % 900 + 100 ))/TB-UBND"; echo
  echo "THÔNG BÁO"; echo "Kết luận của đồng chí Chủ tịch UBND phường về công tác cải cách hành chính"; echo
  echo "1. $UC"; echo
  for i in $(seq 1 16); do
    echo "- Nhiệm vụ số $i: rà soát, cập nhật hồ sơ thủ tục hành chính lĩnh vực $i trên cổng dịch vụ công, báo cáo kết quả cho UBND phường, hoàn thành trước ngày $(vn $(( 30 + i )))."
    echo
  done
  echo "Nơi nhận:"; echo "- Lưu: VT."
} >"$tmp/notice_bulk.txt"
imp=$(cli import "$tmp/notice_bulk.txt" --ward "$W" --assign --json)
same "bulk import: 16 tasks assigned" "16 assigned" "$(jq -r '"\(.tasks) \(.state)"' <<<"$imp")"
open_count=$(cli tasks --ward "$W" --json | jq '[.[] | select(.assigned and .status != "done")] | length')
r=$(say zl-leader "Nguyễn Văn An" "/viec" 2)
check "leader /viec (long) starts with part (1/N)" bash -c 'head -n1 <<<"$1" | grep -qE "^\(1/[2-9]\)$"' _ "$r"
check "the second part is numbered (2/N)" bash -c 'grep -qE "^\(2/[2-9]\)$" <<<"$1"' _ "$r"
parts=$(grep -oE '^\(1/[0-9]+\)$' <<<"$r" | head -n1 | sed -E 's#\(1/([0-9]+)\)#\1#')
[ -n "$parts" ] && [ "$parts" -gt 2 ] && r=$(wait_for zl-leader "$(( $(count zl-leader) - 2 ))" "$parts")
same "all open tasks are in the parts, in order 1..$open_count" "$(seq -s, 1 "$open_count")" \
  "$(grep -oE '^[0-9]+\. #' <<<"$r" | sed 's/\..*//' | paste -sd, -)"

# --- 6. whole conversation ---------------------------------------------------------------------
all=$(curl -fs "$zalo/control/messages")
# E2E_DUMP=FILE keeps the whole conversation for a human to read.
[ -n "${E2E_DUMP:-}" ] && jq -r '.result[] | "[\(.chat_id)]\n\(.text)\n"' <<<"$all" >"$E2E_DUMP"
same "no message exceeds 2000 characters" "0" "$(jq '[.result[] | select((.text // "") | length > 2000)] | length' <<<"$all")"
same "no message carries HTML tags or entities" "0" \
  "$(jq '[.result[] | select((.text // "") | test("</?(b|i|code)>|&(amp|lt|gt);"))] | length' <<<"$all")"
same "the leader never got a unit push" "0" \
  "$(jq '[.result[] | select(.chat_id == "zl-leader" and ((.text // "") | contains("Nhiệm vụ mới")))] | length' <<<"$all")"
same "every bot message went through sendMessage" "0" "$(jq '[.result[] | select(.method != "sendMessage")] | length' <<<"$all")"
check "the bot token never appears in the service log" bash -c '! grep -qF "secret-e2e" "$1"' _ "$tmp/service.log"
check "the service is still running" kill -0 "$svc_pid"

finish
