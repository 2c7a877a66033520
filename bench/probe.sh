#!/usr/bin/env bash
# Measures the stream probe (media module): CPU time per health check, keyframe-only vs decoder-side keyframe skip vs
# full decode, at 360p and 720p (inputs encoded first); cameras one core supervises at a 10 s interval; and a
# resident-memory leak check over many probes.
# Usage: bench/probe.sh [leak probes, default 10000] [leak time limit in seconds, default 180]
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=-o
./mvnw -B -ntp -q $OFFLINE -pl media test-compile 2>/dev/null || { OFFLINE=; ./mvnw -B -ntp -q -pl media test-compile; }
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -ntp -q $OFFLINE -pl media dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
exec java -Xms512m -Xmx512m -XX:+AlwaysPreTouch -cp "media/target/classes:media/target/test-classes:$(cat "$CP_FILE")" \
    org.pollcam.media.probe.ProbeBenchmark "$@"
