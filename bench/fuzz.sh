#!/usr/bin/env bash
# The fuzz run at bench size: every public route, 10,000 generated requests (CI sends 1,500).
# bash bench/fuzz.sh [requests] [seed]   e.g. bash bench/fuzz.sh 10000 20261205
# Prints the RESULT line: requests, routes, 5xx, unanswered, non-problem 4xx, health, duration.
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-10000}
SEED=${2:-20261205}
LOG=$(mktemp -t fuzz.XXXXXX.log)
START=$(date +%s)
STATUS=0
mvn -o -B test -Dtest=RouteFuzzIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dfuzz.requests="$REQUESTS" -Dfuzz.seed="$SEED" >"$LOG" 2>&1 || STATUS=$?
grep -E '^RESULT ' "$LOG" || echo "RESULT none: the run did not finish (see $LOG)"
sed -n '/findings of the fuzz run/,/^\s*at /p' "$LOG" | head -200
echo "maven: $(( $(date +%s) - START ))s, exit $STATUS, log $LOG"
exit "$STATUS"
