#!/usr/bin/env bash
# Where the start-up of an empty store goes: extracts the packaged jar, starts the app twice
# on a new empty store (the first start trains the model, the second loads it) with
# Spring's start-up recorder, and prints each start's time until ready and its longest
# steps (a step's time includes the steps inside it).
# Usage: [JAR=target/helpdesk.jar PORT=18093] bash bench/startup-steps.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/helpdesk.jar}
PORT=${PORT:-18093}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
CP="$WORK/app/$(basename "$JAR"):$WORK/app/lib/*"
for start in first second; do
  echo "== $start start"
  java -cp "$CP" bench/startup/StartupSteps.java --server.port="$PORT" \
    --helpdesk.store.data-dir="$WORK/data" --helpdesk.admin.initial-password=startup-steps \
    --logging.level.root=warn 2>/dev/null
done
