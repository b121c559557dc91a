#!/usr/bin/env bash
# Last month's CSV export, RUNS times in a row right after a start, on a copy of a store
# (made with `bench-cases`, see bench/tickets.sh). Prints the time, rows and a checksum of
# each export, so two builds can be compared on the same store: the same checksum means
# the same file.
# Usage: STORE=/path/to/data bash bench/month-csv.sh   [JAR=target/helpdesk.jar RUNS=5
#        PASSWORD=bench-tickets SETTLE=20 JAVA_OPTS=...]
# The copy goes to /tmp/hoidapso-month-csv and is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${STORE:?STORE=the data directory of a store to copy}"
JAR=${JAR:-target/helpdesk.jar}
RUNS=${RUNS:-5}
PASSWORD=${PASSWORD:-bench-tickets}
SETTLE=${SETTLE:-20}
PORT=${PORT:-18090}
URL=http://127.0.0.1:$PORT
DATA=/tmp/hoidapso-month-csv

rm -rf "$DATA" && cp -r "$STORE" "$DATA"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --helpdesk.store.data-dir="$DATA" \
  --helpdesk.admin.initial-password="$PASSWORD" >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
started=$(date +%s.%N)
until curl -sf "$URL/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped:"; tail -20 "$DATA/app.log"; exit 1; }
  sleep 0.5
done
echo "ready in $(echo "$(date +%s.%N) - $started" | bc) s"
# The first start of a store from before a list lists its earlier tickets in the
# background: wait for it (at most 5 minutes), then let the app settle.
for _ in $(seq 1 300); do grep -q "earlier tickets" "$DATA/app.log" && break; sleep 1; done
grep -o "Listed .*" "$DATA/app.log" || true
sleep "$SETTLE"

first=$(TZ=Asia/Ho_Chi_Minh date -d "$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01) -1 month" +%F)
last=$(TZ=Asia/Ho_Chi_Minh date -d "$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01) -1 day" +%F)
for run in $(seq 1 "$RUNS"); do
  took=$(curl -s -u "admin:$PASSWORD" -o "$DATA/export.csv" -w '%{http_code} %{time_total}' \
    "$URL/api/v1/reports/cases.csv?from=$first&to=$last")
  echo "run $run: HTTP ${took% *}, ${took#* } s, $(($(wc -l <"$DATA/export.csv") - 1)) rows," \
    "md5 $(md5sum <"$DATA/export.csv" | cut -c1-8)"
done
