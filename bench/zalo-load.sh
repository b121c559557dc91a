#!/usr/bin/env bash
# HTTP load on loopback only, bounded in time. Starts the app on the embedded H2 store with
# the load-test endpoints on, then measures with wrk:
#   (a) the ceiling: a bare store-and-commit endpoint on the same store;
#   (a') a second ceiling: a bare endpoint that appends to a journal, as the inbox does;
#   (b) the full Zalo webhook path: signature, parse, journal append + fsync, 200, then
#       storing, processing and a reply to a local stand-in for Zalo's API;
#   (c) the Zalo webhook paced at RATE messages/s, for the acknowledgement latency.
# Usage (from anywhere): bash bench/zalo-load.sh
#   [DURATION=20s CONNECTIONS=32 RATE=200 DRAIN_LIMIT=120 APP_ARGS="--helpdesk.x=y"
#    JAVA_OPTS="jvm flags", by default the ones README recommends: -XX:+UseParallelGC -Xmn64m]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
RATE=${RATE:-200}
DRAIN_LIMIT=${DRAIN_LIMIT:-120}
PORT=${PORT:-18080}
source bench/zalo-app.sh
run() { # name script [extra wrk args]
  local name=$1 script=$2; shift 2
  local line
  line=$(wrk "$@" -s "bench/wrk/$script" "$URL" | grep '^RESULT')
  echo "$name: ${line#RESULT }"
  LAST=$line
}
field() { echo "$2" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }

# The p-quantile of a histogram timer (upper bound of its bucket, in ms), from the Prometheus text.
quantile() { # name p
  curl -s "$URL/actuator/prometheus" | awk -v m="^$1_bucket" -v p="$2" '$0 ~ m {
      le = $1; sub(/.*le="/, "", le); sub(/".*/, "", le); n++; bound[n] = le; count[n] = $2 }
    END { total = count[n]; for (i = 1; i <= n; i++) if (count[i] >= p * total) { printf "%.1f", bound[i] * 1000; exit } }'
}
drain() { # waits until the replies stop growing (the backlog is processed), or DRAIN_LIMIT seconds
  local before=-1 now waited=0
  now=$(sent)
  while [ "$now" != "$before" ] && [ "$waited" -lt "$DRAIN_LIMIT" ]; do
    before=$now; sleep 2; waited=$((waited + 2)); now=$(sent)
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
RATE=$RATE CONNECTIONS=20 run "warm-up" zalo-webhook.lua -t1 -c20 -d15s >/dev/null
run "warm-up" insert.lua -t1 -c8 -d5s >/dev/null
drain
# Paced first, while the app has no backlog: wrk waits 1000*c/RATE ms between requests on
# each connection, so the rate achieved is a little under RATE.
RATE=$RATE CONNECTIONS=20 run "(c) Zalo webhook paced at ${RATE}/s" zalo-webhook.lua -t1 -c20 -d"$DURATION"
echo "(c) ack p99: $(field p99_ms "$LAST") ms (goal <= 20 ms), errors: $(field errors "$LAST") (goal 0)"
drain
echo "replies sent so far: $(sent)"
run "(a) store-and-commit ceiling" insert.lua -t2 -c"$CONNECTIONS" -d"$DURATION"; CEILING=$LAST
LOADTEST_PATH=/loadtest/journal run "(a') journal-append ceiling" insert.lua -t2 -c"$CONNECTIONS" -d"$DURATION"
JOURNAL=$LAST
run "(b) Zalo webhook, full path " zalo-webhook.lua -t2 -c"$CONNECTIONS" -d"$DURATION"; WEBHOOK=$LAST
awk -v a="$(field rps "$CEILING")" -v j="$(field rps "$JOURNAL")" -v b="$(field rps "$WEBHOOK")" \
  'BEGIN { printf "ratio (b)/(a): %.0f%% (goal >= 70%%); (b)/(a\x27): %.0f%%\n", 100 * b / a, 100 * b / j }'
drain
echo "after waiting up to ${DRAIN_LIMIT}s: events stored: $(metric '^helpdesk_inbox_events_total.*outcome="accepted"'), processed: $(metric '^helpdesk_inbox_events_total.*outcome="processed"'), replies sent: $(sent)"
# The at-least-once window of a reply part: from Zalo accepting it to that being on disk (ADR 3).
echo "part recorded, accepted -> on disk: $(metric '^helpdesk_outbox_part_recording_seconds_count') parts, p50 <= $(quantile helpdesk_outbox_part_recording_seconds 0.5) ms, p99 <= $(quantile helpdesk_outbox_part_recording_seconds 0.99) ms, max $(metric '^helpdesk_outbox_part_recording_seconds_max') s"
# Issue 14's goal of one Zalo message per answered question.
awk -v m="$(metric '^helpdesk_outbox_provider_messages_total.*channel="zalo"')" -v s="$(sent)" \
  'BEGIN { printf "Zalo messages per answer: %d messages for %d replies sent = %.3f (goal 1.0)\n", m, s, m / s }'
