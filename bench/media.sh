#!/usr/bin/env bash
# All media figures side by side in one run (no server needed): health check CPU keyframe-only vs full decode at
# 360p/720p and cameras per core (probe.sh, with a 2,000-probe leak check), the simulator's CPU per 100 cameras
# (simulator.sh), detection latency per fault type (detection.sh) and publishing CPU (publish.sh).
# Usage: bench/media.sh        (about 8 minutes on two cores)
set -euo pipefail
cd "$(dirname "$0")"
echo "==================== probe.sh";     bash probe.sh 2000 60
echo "==================== simulator.sh"; bash simulator.sh 100 60
echo "==================== detection.sh"; bash detection.sh
echo "==================== publish.sh";   bash publish.sh
