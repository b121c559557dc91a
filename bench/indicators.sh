#!/usr/bin/env bash
# Indicators at scale, on loopback only. Fills an embedded H2 store with COUNT made-up
# cases over the last year (`bench-cases`: bulk insert, then the rebuild-indicators
# rebuild), starts the app on it, and times with curl: the dashboard's data request for a
# month, a quarter and a week, an ambassador's numbers, the newest cases, the public leaderboard page and
# API, the periodic report, and the CSV export of a month and of the whole year.
# Usage: bash bench/indicators.sh   [COUNT=1000000 RUNS=30 DATA=dir JAR=target/helpdesk.jar]
# A kept DATA directory is reused: the cases are generated only once.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-1000000}
RUNS=${RUNS:-30}
PORT=${PORT:-18081}
DATA=${DATA:-/tmp/hoidapso-bench-$COUNT}
JAR=${JAR:-target/helpdesk.jar}
URL=http://127.0.0.1:$PORT
AUTH=admin:bench

[ -f "$JAR" ] || mvn -q -B -ntp -DskipTests package
if [ ! -f "$DATA/helpdesk.mv" ]; then
  echo "== generating $COUNT cases in $DATA"
  java -jar "$JAR" bench-cases "$COUNT" --helpdesk.store.data-dir="$DATA"
fi
echo "store: $(du -sh "$DATA" | cut -f1)"

if ! curl -sf "$URL/actuator/health" >/dev/null 2>&1; then # else: measure the app already running there
  java -jar "$JAR" --server.port="$PORT" --helpdesk.store.data-dir="$DATA" \
    --helpdesk.admin.initial-password=bench >"$DATA/app.log" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
  started=$(date +%s)
  for _ in $(seq 1 900); do # a big embedded store may be compacted first (ADR 1)
    curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "$URL/actuator/health" >/dev/null || { echo "the app did not start:"; tail -20 "$DATA/app.log"; exit 1; }
  echo "app started in $(($(date +%s) - started)) s"
fi

timed() { # name path [curl args]: RUNS timed requests after 3 warm-ups; median, p90, max in ms
  local name=$1 path=$2; shift 2
  for _ in 1 2 3; do curl -sf -o /dev/null "$@" "$URL$path"; done
  for _ in $(seq 1 "$RUNS"); do curl -sf -o /dev/null -w '%{time_total}\n' "$@" "$URL$path"; done \
    | sort -n | awk -v name="$name" '{ t[NR] = $1 * 1000 } END {
        printf "%-38s median %6.1f ms   p90 %6.1f ms   max %6.1f ms   (n=%d)\n",
          name, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], t[NR], NR }'
}

exported() { # name from to: one CSV export, its rows, time and rate
  local name=$1 from=$2 to=$3
  {
  curl -sf "${SESSION[@]}" -o "$DATA/export.csv" -w '%{time_total} %{size_download}\n' \
    "$URL/api/v1/reports/cases.csv?from=$from&to=$to" || echo "failed 0" ; } | {
    read -r seconds bytes
    [ "$seconds" = failed ] && { echo "$name: the export failed (see $DATA/app.log)"; return; }
    rows=$(($(wc -l <"$DATA/export.csv") - 1))
    awk -v name="$name" -v s="$seconds" -v b="$bytes" -v r="$rows" 'BEGIN {
      printf "%-38s %d rows, %.1f MB in %.1f s: %.0f rows/s\n", name, r, b / 1e6, s, r / s }'
  }
  rm -f "$DATA/export.csv"
}

# Signed in like the dashboard's browser: a session cookie, not HTTP Basic, whose BCrypt
# check would add about 70 ms to every request.
COOKIES="$DATA/cookies"
CSRF=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$URL/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
curl -sf -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=bench" --data-urlencode "_csrf=$CSRF" "$URL/login"
SESSION=(-b "$COOKIES" -H "X-Requested-With: fetch")

TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
echo "== $RUNS requests each, one at a time"
timed "dashboard data, this month" "/api/v1/indicators?period=month" "${SESSION[@]}"
timed "dashboard data, this quarter" "/api/v1/indicators?period=quarter" "${SESSION[@]}"
timed "dashboard data, one group, month" "/api/v1/indicators?period=month&group=TDP05" "${SESSION[@]}"
timed "dashboard data, one group, quarter" "/api/v1/indicators?period=quarter&group=TDP05" "${SESSION[@]}"
timed "dashboard data, this week" "/api/v1/indicators?period=week" "${SESSION[@]}"
timed "an ambassador's numbers (two months)" "/api/v1/indicators/ambassadors/admin" "${SESSION[@]}"
timed "dashboard data, month, HTTP Basic" "/api/v1/indicators?period=month" -u "$AUTH"
timed "dashboard page (HTML)" "/staff/dashboard" "${SESSION[@]}"
timed "leaderboard page (HTML, rendered)" "/leaderboard"
timed "leaderboard API" "/api/public/leaderboard"
timed "newest 50 cases" "/api/v1/cases?limit=50" "${SESSION[@]}"
timed "newest 50 escalated cases" "/api/v1/cases?limit=50&status=ESCALATED" "${SESSION[@]}"
RUNS=5 timed "periodic report, quarter (XLSX)" "/api/v1/reports/periodic.xlsx?period=quarter" "${SESSION[@]}"
echo "== CSV export"
exported "CSV, this month" "${TODAY:0:8}01" "$TODAY"
LAST_MONTH=$(TZ=Asia/Ho_Chi_Minh date -d "${TODAY:0:8}01 -1 month" +%F)
LAST_DAY=$(TZ=Asia/Ho_Chi_Minh date -d "${TODAY:0:8}01 -1 day" +%F)
for run in 1 2 3; do exported "CSV, last month (run $run)" "$LAST_MONTH" "$LAST_DAY"; done
exported "CSV, the whole year" "$(TZ=Asia/Ho_Chi_Minh date -d '-366 days' +%F)" "$TODAY"
