#!/usr/bin/env bash
# Measures how long the supervision takes to confirm each simulated camera fault (media module, no server): the camera
# simulator on loopback, a default probe of each camera's HLS playlist, the health judge and a 2-check debounce; per
# fault the time from inject to the confirmed state, and from recovery to ONLINE again.
# Usage: bench/detection.sh [bound in seconds, default 30] [cameras in parallel, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
OFFLINE=-o
./mvnw -B -ntp -q $OFFLINE -pl media test-compile 2>/dev/null || { OFFLINE=; ./mvnw -B -ntp -q -pl media test-compile; }
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -ntp -q $OFFLINE -pl media dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
exec java -Xmx512m -cp "media/target/classes:media/target/test-classes:$(cat "$CP_FILE")" \
    org.pollcam.media.simulator.FaultDetection "$@"
