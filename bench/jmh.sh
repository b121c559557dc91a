#!/usr/bin/env bash
# Runs the JMH benchmarks from the repository root: bash bench/jmh.sh [JMH options]
# e.g. bash bench/jmh.sh ClassifyBenchmark   or   bash bench/jmh.sh -rf json -rff /tmp/jmh.json
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests install
mvn -q -B -ntp -f bench/pom.xml package
java -jar bench/target/benchmarks.jar "$@"
