#!/usr/bin/env bash
# Measures how long the supervision takes to confirm each simulated camera fault (media module, no server): the camera
# simulator on loopback, a default probe of each camera's HLS playlist, the health judge and a 2-check debounce; per
# fault the time from inject to the confirmed state, and from recovery to ONLINE again.
# Usage: bench/detection.sh [bound in seconds, default 30] [cameras in parallel, default 3]
set -euo pipefail
source "$(dirname "$0")/media-classpath.sh"
exec java -Xmx512m -cp "$MEDIA_CLASSPATH" \
    org.pollcam.media.simulator.FaultDetection "$@"
