#!/usr/bin/env bash
# What tickets cost on a large store: starts the packaged app on a copy of STORE (a data
# directory filled by `bench-cases`, which gives every case handed to a person its ticket),
# waits SETTLE seconds (the background listing of earlier cases and tickets), then times
#   - ROUNDS web chat messages, each from a new resident: the POST answers after the whole
#     turn, which looks up the resident's open or recently resolved ticket;
#   - ROUNDS reads of the console's open queue, and of the resolved list, as staff; each
#     request signs in (HTTP Basic, one bcrypt check), so ROUNDS reads of /api/v1/me give
#     the part of the time that is the sign-in.
# Usage: STORE=/tmp/bench200k/data [JAR=target/helpdesk.jar ROUNDS=20 SETTLE=120 PORT=18090] bash bench/tickets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${STORE:?STORE=<a data directory filled by bench-cases>}"
JAR=${JAR:-target/helpdesk.jar}
ROUNDS=${ROUNDS:-20}
SETTLE=${SETTLE:-120}
PORT=${PORT:-18090}
URL=http://127.0.0.1:$PORT
DATA=$(mktemp -d)
cp -r "$STORE/." "$DATA/"
java -XX:+UseParallelGC -Xmn64m -jar "$JAR" --server.port="$PORT" --helpdesk.store.data-dir="$DATA" \
  --helpdesk.admin.initial-password=bench-tickets >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 300); do curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$URL/actuator/health" >/dev/null || { echo "the app did not start:"; tail -20 "$DATA/app.log"; exit 1; }
sleep "$SETTLE"
grep -h "Listed" "$DATA/app.log" | sed 's/^.*: //' || true

# Prints min, median and max of the times (seconds) curl reports for ROUNDS requests.
timed() { # name command...
  local name=$1; shift
  for i in $(seq 1 "$ROUNDS"); do "$@" "$i"; done | sort -n |
    awk -v name="$name" '{ t[NR] = $1 } END { printf "%s: %d requests, min %.0f ms, median %.0f ms, max %.0f ms\n",
      name, NR, t[1] * 1000, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'
}
message() {
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"sessionId\":\"bench-tickets-$1-$RANDOM\",\"text\":\"cài vneid thế nào\"}" "$URL/api/v1/webchat/messages"
}
tickets() { # state round
  curl -s -o /dev/null -w '%{time_total}\n' -u admin:bench-tickets "$URL/api/v1/tickets?state=$1"
}
me() { curl -s -o /dev/null -w '%{time_total}\n' -u admin:bench-tickets "$URL/api/v1/me"; }
open_queue() { tickets open; }
resolved() { tickets resolved; }
echo "open tickets listed: $(curl -s -u admin:bench-tickets "$URL/api/v1/tickets?state=open" | grep -o '"id"' | wc -l)"
timed "web chat message, new resident" message
timed "signed-in request (/api/v1/me), for comparison" me
timed "open queue" open_queue
timed "resolved list (50)" resolved
