#!/usr/bin/env bash
# Measures the stream probe (media module): CPU time per health check, keyframe-only vs decoder-side keyframe skip vs
# full decode, at 360p and 720p (inputs encoded first); cameras one core supervises at a 10 s interval; and a
# resident-memory leak check over many probes.
# Usage: bench/probe.sh [leak probes, default 10000] [leak time limit in seconds, default 180]
set -euo pipefail
source "$(dirname "$0")/media-classpath.sh"
exec java -Xms512m -Xmx512m -XX:+AlwaysPreTouch -cp "$MEDIA_CLASSPATH" \
    org.pollcam.media.probe.ProbeBenchmark "$@"
