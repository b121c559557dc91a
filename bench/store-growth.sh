#!/usr/bin/env bash
# How much embedded store one resident message costs, end to end: signed Zalo webhooks
# (1,000 residents, six questions) paced at RATE/s for DURATION, each stored in the inbox,
# understood, made a case (and a ticket when it goes to a person), counted in the
# indicators and answered through a local stand-in for Zalo's API; WAVES times, IDLE seconds
# apart (a ward's day has quiet hours). Then the store file is
# measured while the app runs, after a clean stop, and after the next start, which compacts
# it when less than helpdesk.store.compact-below percent is live.
# Usage (from anywhere): bash bench/store-growth.sh
#   [RATE=50 DURATION=60s WAVES=1 IDLE=60 DRAIN_LIMIT=300 APP_ARGS="--helpdesk.x=y" JAVA_OPTS="jvm flags"]
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-50}
DURATION=${DURATION:-60s}
DRAIN_LIMIT=${DRAIN_LIMIT:-300}
WAVES=${WAVES:-1}
IDLE=${IDLE:-60}
PORT=${PORT:-18081}
source bench/zalo-app.sh

file_mb() { awk -v b="$(stat -c %s "$DATA/helpdesk.mv")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
per_message() { awk -v b="$(stat -c %s "$DATA/helpdesk.mv")" -v e="$1" -v s="$2" \
  'BEGIN { printf "%.1f", (b - s) / 1024 / e }'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "store file after the first start-up (library, model): $(file_mb) MB"
kill $APP; wait $APP 2>/dev/null || true
start_app
START=$(stat -c %s "$DATA/helpdesk.mv")
echo "store file after the second start-up (the base below): $(file_mb) MB"
export RATE CONNECTIONS=10
for wave in $(seq 1 "$WAVES"); do
  [ "$wave" -gt 1 ] && sleep "$IDLE"
  wrk -t1 -c10 -d"$DURATION" -s bench/wrk/zalo-webhook.lua "$URL" | grep '^RESULT'
  before=-1; now=$(sent); waited=0
  while [ "$now" != "$before" ] && [ "$waited" -lt "$DRAIN_LIMIT" ]; do
    before=$now; sleep 5; waited=$((waited + 5)); now=$(sent)
  done
  EVENTS=$(metric '^helpdesk_inbox_events_total.*outcome="accepted"' | awk '{ s += $1 } END { printf "%d", s }')
  echo "wave $wave: messages accepted so far: $EVENTS, replies sent: $(sent)"
  echo "wave $wave: running, after processing: $(file_mb) MB, $(per_message "$EVENTS" "$START") KB per message;" \
    "live share $(metric '^helpdesk_store_file_live ')"
done
kill $APP; wait $APP 2>/dev/null || true
echo "after a clean stop: $(file_mb) MB, $(per_message "$EVENTS" "$START") KB per message"
start_app
echo "started again (compacted when under helpdesk.store.compact-below % live): $(file_mb) MB," \
  "$(per_message "$EVENTS" "$START") KB per message"
grep -h "Compact" "$DATA/app.log" | sed 's/.*: //' || true
