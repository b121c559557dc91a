#!/usr/bin/env bash
# Runs the JMH benchmarks from the repository root: bash bench/jmh.sh [JMH options]
# e.g. bash bench/jmh.sh ClassifyBenchmark   or   bash bench/jmh.sh -rf json -rff /tmp/jmh.json
# The app's classes come from this work tree's target/classes, not from the copy that
# `install` put in the local Maven repository (which another checkout may overwrite).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install
mvn -q -B -ntp -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CLASSPATH_FILE=bench/target/classpath.txt
APP_JAR_PATTERN='[^:]*/helpdesk-[^:/]*-lib\.jar'
CP=$(sed -E "s#$APP_JAR_PATTERN#$PWD/target/classes#" "$CLASSPATH_FILE")
java -cp "bench/target/classes:$CP" org.openjdk.jmh.Main "$@"
