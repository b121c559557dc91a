#!/usr/bin/env bash
# How long a wrong password takes for an account that exists and for one that does not.
# bash bench/signin-timing.sh [jar] [attempts]   e.g. bash bench/signin-timing.sh target/helpdesk.jar 200
# Starts the jar on its own port with an in-memory store and throttling out of the way,
# warms up, then alternates wrong HTTP Basic passwords for 'admin' and for unknown names.
# Prints the median and the 10th/90th percentiles of each, in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/helpdesk.jar}
ATTEMPTS=${2:-200}
PORT=${PORT:-18089}
LOG=$(mktemp -t signin-timing.XXXXXX.log)
java -jar "$JAR" --server.port="$PORT" --helpdesk.store.embedded-backend=memory \
	--helpdesk.admin.initial-password=bench-password --helpdesk.ward.demo=false \
	--helpdesk.web.max-login-failures=1000000 \
	--helpdesk.web.sign-in.failures-per-account=1000000 \
	--helpdesk.web.sign-in.failures-per-address=1000000 >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
	curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
	sleep 1
done
attempt() { curl -s -o /dev/null -w '%{time_total}\n' -u "$1:wrong-password" "http://localhost:$PORT/api/v1/me"; }
for i in $(seq 1 30); do attempt admin >/dev/null; attempt "warmup-$i" >/dev/null; done
KNOWN=$(mktemp) UNKNOWN=$(mktemp)
for i in $(seq 1 "$ATTEMPTS"); do
	attempt admin >>"$KNOWN"
	attempt "nobody-$i" >>"$UNKNOWN"
done
stats() { sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END { printf "median %.1f ms  p10 %.1f ms  p90 %.1f ms  (n=%d)\n", v[int(NR * 0.5) + 1], v[int(NR * 0.1) + 1], v[int(NR * 0.9) + 1], NR }'; }
echo "known name   (admin):     $(stats "$KNOWN")"
echo "unknown name (nobody-N):  $(stats "$UNKNOWN")"
rm -f "$KNOWN" "$UNKNOWN"
