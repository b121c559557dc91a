#!/usr/bin/env bash
# The chaos test of issue 13 at full size: the app as a child JVM on a temporary H2 store,
# a Zalo stand-in that injects HTTP 500s, hangs, -32 and -216 and one long outage, a steady
# stream of signed webhooks (each posted twice), and SIGKILLs of the app mid-stream, each
# followed by a start on the same store, while staff read the dashboard, export the month,
# list the newest cases and publish the library once. Prints the harness's RESULT line.
# Usage (from anywhere): bash bench/chaos.sh
#   [MESSAGES=2000 KILLS=3 OUTAGE=5m RATE=3 SEED=<number, for a repeat of the kill moments>
#    STORE=<a data directory to start from, copied first: such as one filled by bench-cases>
#    STORE_PASSWORD=<admin's password in that store; bench by default, as bench/indicators.sh sets>]
# Takes about MESSAGES/RATE seconds plus the starts and the wait for the last replies
# (about 15 minutes with the defaults). The app's log stays in target/chaos/run-<seed>/.
set -euo pipefail
cd "$(dirname "$0")/.."
MESSAGES=${MESSAGES:-2000}
KILLS=${KILLS:-3}
OUTAGE=${OUTAGE:-5m}
RATE=${RATE:-3}
SEED_ARG=${SEED:+-Dchaos.seed=$SEED}
STORE_ARG=${STORE:+-Dchaos.store=$STORE -Dchaos.admin-password=${STORE_PASSWORD:-bench}}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1); $(date -u +%F)"
echo "size: messages=$MESSAGES kills=$KILLS outage=$OUTAGE rate=$RATE/s store=${STORE:-empty}"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
status=0
mvn -o -B test -Dtest=ChaosIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchaos.messages="$MESSAGES" -Dchaos.kills="$KILLS" -Dchaos.outage="$OUTAGE" -Dchaos.rate="$RATE" \
  ${SEED_ARG} ${STORE_ARG} >"$LOG" 2>&1 || status=$?
grep -E '^chaos:|^RESULT' "$LOG" || true
if [ "$status" -ne 0 ]; then
  grep -E '^\[ERROR\]|Expecting|to be' "$LOG" | head -20
  echo "the chaos test failed (exit $status)"
fi
exit "$status"
