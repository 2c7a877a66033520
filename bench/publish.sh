#!/usr/bin/env bash
# Measures CPU per camera for HLS publishing (media module, no server): remux (packet copy) at 360p and 720p, and
# masked transcoding (decode, fill privacy masks, openh264 encode) as frames per second sustained on one core and as
# % of a core at 15 fps. CPU is the publisher thread's own, so other load on the machine does not count.
# Usage: bench/publish.sh [source seconds, default 10] [remux repetitions, default 5]
set -euo pipefail
source "$(dirname "$0")/media-classpath.sh"
exec java -cp "$MEDIA_CLASSPATH" -Djava.util.logging.config.file=/dev/null org.pollcam.media.publish.PublishBenchmark "$@"
