#!/usr/bin/env bash
# Measures the camera simulator (media module, org.pollcam.media.simulator):
#   - one-time cost of encoding each camera's usual loop (fresh cache, encoder time and process CPU per camera);
#   - steady serving cost: CPU seconds of the simulator process per 100 cameras per minute while a client pulls
#     every camera's HLS playlist and latest segment once per 10 s cycle (as the probes do), for 60 s.
# Usage: bench/simulator.sh [cameras, default 100] [seconds of load, default 60] [port, default 18090]
set -euo pipefail
cd "$(dirname "$0")/.."
CAMERAS=${1:-100}
SECONDS_OF_LOAD=${2:-60}
PORT=${3:-18090}
CYCLE=10

source bench/media-classpath.sh
if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then
    echo "Port $PORT is taken" >&2
    exit 1
fi

WORK=$(mktemp -d)
SIMULATOR=
trap '[ -n "$SIMULATOR" ] && kill "$SIMULATOR" 2>/dev/null; rm -rf "$WORK"' EXIT
TICKS=$(getconf CLK_TCK)
cpu_seconds() { awk -v t="$TICKS" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat"; }

java -cp "$MEDIA_CLASSPATH" org.pollcam.media.simulator.CameraSimulatorMain \
    --port "$PORT" --cameras "$CAMERAS" --cache "$WORK/cache" --prepare >"$WORK/simulator.log" 2>&1 &
SIMULATOR=$!
START=$(date +%s.%N)
until grep -q '^Prepared' "$WORK/simulator.log"; do
    kill -0 "$SIMULATOR" 2>/dev/null || { cat "$WORK/simulator.log" >&2; exit 1; }
    sleep 0.5
done
PREPARED_CPU=$(cpu_seconds "$SIMULATOR")
PREPARED_WALL=$(echo "$(date +%s.%N) - $START" | bc)
grep '^Prepared' "$WORK/simulator.log"

mapfile -t NAMES < <(curl -sf "http://127.0.0.1:$PORT/cameras")
BEFORE=$(cpu_seconds "$SIMULATOR")
LOAD_START=$(date +%s.%N)
REQUESTS=0
FAILURES=0
BYTES=0
for ((cycle = 0; cycle < SECONDS_OF_LOAD / CYCLE; cycle++)); do
    CYCLE_START=$(date +%s.%N)
    for name in "${NAMES[@]}"; do
        base="http://127.0.0.1:$PORT/cameras/$name"
        if playlist=$(curl -sf "$base/index.m3u8"); then
            segment=$(printf '%s\n' "$playlist" | grep '\.ts$' | tail -1)
            size=$(curl -sf -o /dev/null -w '%{size_download}' "$base/$segment") || { FAILURES=$((FAILURES + 1)); size=0; }
            BYTES=$((BYTES + size))
        else
            FAILURES=$((FAILURES + 1))
        fi
        REQUESTS=$((REQUESTS + 2))
    done
    REST=$(echo "$CYCLE - ($(date +%s.%N) - $CYCLE_START)" | bc)
    if (( $(echo "$REST > 0" | bc) )); then sleep "$REST"; fi
done
AFTER=$(cpu_seconds "$SIMULATOR")
LOAD_WALL=$(echo "$(date +%s.%N) - $LOAD_START" | bc)

echo "Cameras: $CAMERAS; loops encoded once in ${PREPARED_WALL%.*} s wall; process CPU until ready: $PREPARED_CPU s" \
    "(JVM start included) = $(echo "scale=3; $PREPARED_CPU / $CAMERAS" | bc) s per camera"
echo "Load: $REQUESTS requests ($FAILURES failed), $((BYTES / 1024)) KiB of segments in ${LOAD_WALL%.*} s" \
    "(playlist + latest segment of every camera every ${CYCLE} s)"
echo "Serving CPU: $(echo "$AFTER - $BEFORE" | bc) s of simulator CPU in ${LOAD_WALL%.*} s =" \
    "$(echo "scale=3; ($AFTER - $BEFORE) * 100 / $CAMERAS * 60 / $LOAD_WALL" | bc) CPU s per 100 cameras per minute"
echo "Resident memory: $(awk '/VmRSS/ { print $2 / 1024 " MiB" }' "/proc/$SIMULATOR/status")"
