#!/usr/bin/env bash
# Measures supervision on real servers with the demo country, side by side in one run:
#   1. end-to-end persistent camera events/s (encoder REST push -> CameraEvents queue -> MDB -> database, counted by
#      pollcam_camera_events_total until every accepted push is applied) against raw Artemis persistent
#      producer -> consumer throughput on the same server (plain JMS client, bench queue, same concurrency);
#   2. event-to-screen latency p50/p99: a state change pushed for a camera until the operator's dashboard WebSocket
#      delivers it;
#   3. scheduled checks/s against checks due with the camera simulator (all 1,589 demo cameras, 10 s interval, or
#      the INTERVALS given), expired checks and the CPU of WildFly and the simulator;
#   4. heap after a full GC and the process RSS of WildFly every 30 s over a soak with all cameras supervised.
# Phases 1-2 run on a server with supervision off and no archive recording (nothing else loads it); 3-4 on a second
# one with the simulator, recording RECORDED cameras (default 20, as -Prun does; bench/publish.sh measures the cost
# of a recorded camera).
# Both are fresh copies of the provisioned standalone folder with port offset 500 (HTTP 8580, management 10490),
# the simulator on 8590, so a running -Prun server or test suite is not disturbed.
# Usage: bench/supervision.sh [phase seconds, default 60] [soak, default 30m; e.g. 300s, 5m, 1h]
#        RECORDED=400 bench/supervision.sh   (server 2 records 400 cameras, the production default per node)
#        SOAK=5m CLIENTS=32 CAMERAS=50 SAMPLES=200 WARMUP=90 INTERVALS="PT10S PT5S" bench/supervision.sh
#        SERVER_OPTS="-Dpollcam.probe.threads=64 -Dpollcam.probe.consumers=64" bench/supervision.sh   (server 2)
#        DB=postgresql bench/supervision.sh ...   (recreates database pollcam_bench_supervision at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE=${1:-60}
SOAK=${2:-${SOAK:-30m}}
CLIENTS=${CLIENTS:-32}
CAMERAS=${CAMERAS:-50}
SAMPLES=${SAMPLES:-200}
WARMUP=${WARMUP:-90}
INTERVALS=${INTERVALS:-PT10S}
WILDFLY=$PWD/wildfly-config/target/wildfly
EAR=$PWD/ear/target/pollcam.ear
HTTP=http://127.0.0.1:8580
MANAGEMENT=127.0.0.1:10490
SIMULATOR_PORT=8590
BENCH_USER=bench                               # application user (JMS), and management user for the HTTP API:
BENCH_PASSWORD=Bench-$RANDOM-$RANDOM!          # both only in this run's copy of the configuration
MANAGER=bench-admin
case $SOAK in
    *h) SOAK_SECONDS=$(( ${SOAK%h} * 3600 )) ;;
    *m) SOAK_SECONDS=$(( ${SOAK%m} * 60 )) ;;
    *s) SOAK_SECONDS=${SOAK%s} ;;
    *)  SOAK_SECONDS=$SOAK ;;
esac

[ -f "$EAR" ] && [ -f "$WILDFLY/standalone/configuration/pollcam.xml" ] || ./mvnw -B -ntp -q package -DskipTests
for port in 8580 10490 $SIMULATOR_PORT; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
        echo "Port $port is taken: another bench run?" >&2
        exit 1
    fi
done
source bench/media-classpath.sh
CLIENT_CLASSES=$PWD/target/bench-supervision
mkdir -p "$CLIENT_CLASSES"
javac -d "$CLIENT_CLASSES" -cp "$WILDFLY/bin/client/jboss-client.jar" bench/supervision/*.java

WORK=$(mktemp -d)
SERVER=        # standalone.sh
SERVER_BASE=
SERVER_JAVA=   # its JVM
SIMULATOR=
stop_server() {
    if [ -n "$SERVER" ]; then
        if ! "$WILDFLY/bin/jboss-cli.sh" --controller="$MANAGEMENT" -c --command=:shutdown >/dev/null 2>&1; then
            server_java                # not up yet: stop the JVM this run started, by its pid
            [ -n "$SERVER_JAVA" ] && kill "$SERVER_JAVA" 2>/dev/null || true
        fi
        wait "$SERVER" 2>/dev/null || true
        SERVER= SERVER_JAVA=
    fi
}
cleanup() {
    stop_server
    [ -n "$SIMULATOR" ] && kill "$SIMULATOR" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

DATABASE=()
if [ "${DB:-h2}" = postgresql ]; then
    DATABASE=(-Dpollcam.db.driver=postgresql -Dpollcam.db.url=jdbc:postgresql://127.0.0.1:5432/pollcam_bench_supervision
              -Dpollcam.db.user=postgres)
fi

server_java() {
    local pid
    for pid in $(pgrep -f -- "-Djboss.server.base.dir=$SERVER_BASE"); do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && SERVER_JAVA=$pid
    done
    return 0
}
# start_server <name> <system properties...>: a fresh base dir, demo country with a live election, a JMS user.
start_server() {
    local base=$WORK/$1 start
    SERVER_BASE=$base
    shift
    mkdir -p "$base/deployments" "$base/data/pollcam/media"
    cp -r "$WILDFLY/standalone/configuration" "$base/configuration"
    cp "$EAR" "$base/deployments/"
    "$WILDFLY/bin/add-user.sh" -a -u "$BENCH_USER" -p "$BENCH_PASSWORD" -g guest -sc "$base/configuration" >/dev/null
    "$WILDFLY/bin/add-user.sh" -u "$MANAGER" -p "$BENCH_PASSWORD" -sc "$base/configuration" >/dev/null
    if [ "${DB:-h2}" = postgresql ]; then
        psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS pollcam_bench_supervision WITH (FORCE)' \
            -c 'CREATE DATABASE pollcam_bench_supervision'
    fi
    start=$(date +%s)
    "$WILDFLY/bin/standalone.sh" -c pollcam.xml -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset=500 \
        -Dpollcam.demo-data=true -Dpollcam.demo.live=true \
        -Dpollcam.demo.stream-base=http://127.0.0.1:$SIMULATOR_PORT/cameras "${DATABASE[@]}" "$@" \
        > "$base/console.log" 2>&1 &
    SERVER=$!
    until curl -fs -o /dev/null "$HTTP/api/stations?size=1"; do
        sleep 1
        if ! kill -0 "$SERVER" 2>/dev/null || (( $(date +%s) - start > 300 )); then
            echo "Server did not become ready; see $base/log/server.log" >&2
            tail -20 "$base/console.log" >&2
            exit 1
        fi
    done
    server_java
    echo "server up in $(( $(date +%s) - start )) s (JVM pid $SERVER_JAVA," \
        "$(tr '\0' '\n' < "/proc/$SERVER_JAVA/cmdline" | grep -E '^-Xm[sx]' | tr '\n' ' ')$*)"
}

cli() { "$WILDFLY/bin/jboss-cli.sh" --controller="$MANAGEMENT" -c --command="$1"; }
# queue <name> <attribute>: a JMS queue's runtime attribute through the management HTTP API (fast enough to poll).
# The application's own pollcam_* meters are not on /metrics with WildFly 39 (see bench/README.md), so events
# applied are counted where they are acknowledged (a CameraEvents message is acknowledged when the MDB's
# transaction - timeline, health - commits) and checks run on the probe executor's completed-task count.
queue() {
    curl -fs --digest -u "$MANAGER:$BENCH_PASSWORD" \
        "http://$MANAGEMENT/management/subsystem/messaging-activemq/server/default/jms-queue/$1?operation=attribute&name=$2"
}
acknowledged() { echo $(( $(queue "$1" messages-added) - $(queue "$1" message-count) )); }
# checks_done: probes finished on the managed executor "probes" (scheduled checks; nobody clicks "check now" here).
checks_done() {
    curl -fs --digest -u "$MANAGER:$BENCH_PASSWORD" \
        "http://$MANAGEMENT/management/subsystem/ee/managed-executor-service/probes?operation=attribute&name=completed-task-count"
}
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
cores=$(nproc)
# busy_start / busy_end <count> <unit>: prints the machine's load over the span and returns WildFly's CPU ms per unit,
# the figure a disturbed machine changes least.
busy_start() { BUSY_SERVER=$(cpu_ticks "$SERVER_JAVA"); read -r -a BUSY_MACHINE < <(machine_ticks); }
busy_end() {
    local server machine
    server=$(( $(cpu_ticks "$SERVER_JAVA") - BUSY_SERVER )); read -r -a machine < <(machine_ticks)
    echo "   (WildFly used $(( server * 1000 / TICKS )) ms of CPU for $1 ${2}s; the machine was" \
        "$(( (machine[0] - BUSY_MACHINE[0]) * 100 / (machine[1] - BUSY_MACHINE[1]) )) % busy, load $(cut -d' ' -f1 /proc/loadavg))" >&2
    echo "scale=2; $server * 1000 / $TICKS / $1" | bc
}
echo "machine: $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg); database: ${DB:-h2}"

echo "== camera simulator on $SIMULATOR_PORT (lazy: encodes a camera's loop on its first request, cached)"
mkdir -p wildfly-config/target/camera-simulator
java -Xmx512m -cp "$MEDIA_CLASSPATH" org.pollcam.media.simulator.CameraSimulatorMain --port "$SIMULATOR_PORT" \
    --cache "$PWD/wildfly-config/target/camera-simulator" > "$WORK/simulator.log" 2>&1 &
SIMULATOR=$!
until curl -fs -o /dev/null "http://127.0.0.1:$SIMULATOR_PORT/cameras"; do
    kill -0 "$SIMULATOR" 2>/dev/null || { cat "$WORK/simulator.log" >&2; exit 1; }
    sleep 0.5
done

echo "==================== server 1: supervision off (events and screens only)"
start_server events -Dpollcam.supervision.enabled=false -Dpollcam.archive.max-cameras=0
curl -fs -u admin:admin-demo "$HTTP/api/cameras?size=$((CAMERAS + 10))" | jq -r '.items[].id' > "$WORK/ids"
while read -r id; do
    echo "$id $(curl -fs -u admin:admin-demo -X POST "$HTTP/api/cameras/$id/push-token" | jq -r .token)"
done < "$WORK/ids" > "$WORK/tokens"
head -n "$CAMERAS" "$WORK/tokens" > "$WORK/load-cameras"
tail -n +$((CAMERAS + 1)) "$WORK/tokens" > "$WORK/screen-cameras"
cli "jms-queue add --queue-address=BenchQueue --entries=java:jboss/exported/jms/queue/BenchQueue"

echo '.level=WARNING' > "$WORK/quiet.properties"
raw() {
    java -Djava.util.logging.config.file="$WORK/quiet.properties" \
        -cp "$CLIENT_CLASSES:$WILDFLY/bin/client/jboss-client.jar" ArtemisLoad "remote+http://127.0.0.1:8580" \
        "$BENCH_USER" "$BENCH_PASSWORD" jms/queue/BenchQueue "$CLIENTS" 8 "$1" 200 2> "$WORK/raw.err" \
        || { cat "$WORK/raw.err" >&2; exit 1; }
}
# push <seconds>: the encoders' load, then waits until every accepted event is applied; E2E_RATE is
# accepted events / (last applied - first push).
push() {
    local before out accepted start applied now
    before=$(acknowledged CameraEvents)
    out=$(java -cp "$CLIENT_CLASSES" EventLoad "$HTTP" "$WORK/load-cameras" "$CLIENTS" "$1")
    grep -v '^[A-Z_]*=' <<< "$out"
    accepted=$(sed -n 's/^ACCEPTED=//p' <<< "$out"); start=$(sed -n 's/^PUSH_START_MS=//p' <<< "$out")
    pushed=$(date +%s%3N)
    until applied=$(( $(acknowledged CameraEvents) - before )); now=$(date +%s%3N); (( applied >= accepted )); do
        (( now - pushed > 300000 )) && { echo "NOT ALL ACCEPTED EVENTS WERE APPLIED within 300 s" >&2; break; }
        sleep 0.1
    done
    echo "applied: $applied of $accepted accepted events, the last $(( now - pushed )) ms after the last push;" \
        "$(( CAMERAS )) cameras; dead letters: $(queue CameraEventsDLQ message-count)"
    E2E_RATE=$(echo "scale=1; $applied * 1000 / ($now - $start)" | bc)
    APPLIED=$applied
}
echo "== warm-up: 10 s of each"
raw 10 >/dev/null
push 10 >/dev/null

echo "== 1a. raw Artemis: persistent messages, $CLIENTS producers -> 8 consumers, ${PHASE} s"
busy_start
raw "$PHASE" | tee "$WORK/raw.txt"
RAW_RATE=$(sed -n 's/^RAW_RATE=//p' "$WORK/raw.txt")
RAW_CPU=$(busy_end "$(sed -n 's/^consumed: \([0-9]*\).*/\1/p' "$WORK/raw.txt")" message)
echo "== 1b. end to end: REST push -> CameraEvents -> MDB -> database, $CLIENTS clients, $CAMERAS cameras, ${PHASE} s"
busy_start
push "$PHASE"
E2E_CPU=$(busy_end "$APPLIED" event)
echo "RESULT end to end: $E2E_RATE events/s applied = $(echo "scale=1; 100 * $E2E_RATE / $RAW_RATE" | bc) %" \
    "of raw Artemis ($RAW_RATE messages/s consumed); goal >= 50 %"
echo "RESULT WildFly CPU: $E2E_CPU ms per event end to end, $RAW_CPU ms per raw message; at full use of $cores" \
    "free cores that is $(echo "$cores * 1000 / $E2E_CPU" | bc) events/s vs $(echo "$cores * 1000 / $RAW_CPU" | bc)" \
    "messages/s (clients excluded)"

echo "== 2. event to screen: one state change at a time, $SAMPLES samples"
java -cp "$CLIENT_CLASSES" ScreenLatency "$HTTP" "$WORK/screen-cameras" "$SAMPLES" operator operator-demo
echo "== 3a. one check's wall time: an operator's check now, one at a time, 10 cameras (probe executor idle)"
while read -r id _; do
    curl -fs -o /dev/null -w '%{time_total}\n' -u operator:operator-demo -X POST "$HTTP/api/cameras/$id/checks"
done < "$WORK/screen-cameras" | sort -n > "$WORK/check-times"
CHECK_WALL=$(sed -n 5p "$WORK/check-times")
PROBE_THREADS=$(grep -oE 'pollcam.probe.threads=[0-9]+' <<< "${SERVER_OPTS:-}" | cut -d= -f2 || true)
PROBE_THREADS=${PROBE_THREADS:-32}   # the default of pollcam.probe.threads
echo "RESULT a check takes $CHECK_WALL s wall (median of 10; max $(tail -1 "$WORK/check-times") s): $PROBE_THREADS" \
    "probe threads finish at most $(echo "scale=1; $PROBE_THREADS / $CHECK_WALL" | bc) checks/s," \
    "$(echo "$PROBE_THREADS * 10 / $CHECK_WALL" | bc) cameras at a 10 s interval"
echo "server RSS after phases 1-2: $(awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$SERVER_JAVA/status")"
stop_server

echo "==================== server 2: supervision of all demo cameras, simulator on $SIMULATOR_PORT ${SERVER_OPTS:-}"

# checks <seconds> <interval>: checks finished per second against checks due (put on the probe queue by the
# supervision clock), checks that expired unrun, CPU of WildFly and the simulator, and of the whole machine.
checks() {
    local seconds=$1 interval=$2 a0 a1 q0 q1 e0 e1 d0 d1 w0 w1 s0 s1 m0 m1 run due
    read -r -a m0 < <(machine_ticks)
    a0=$(queue ProbeRequests messages-added); q0=$(queue ProbeRequests message-count); d0=$(checks_done)
    e0=$(queue ProbeRequestsExpired messages-added); w0=$(cpu_ticks "$SERVER_JAVA"); s0=$(cpu_ticks "$SIMULATOR")
    sleep "$seconds"
    read -r -a m1 < <(machine_ticks)
    a1=$(queue ProbeRequests messages-added); q1=$(queue ProbeRequests message-count); d1=$(checks_done)
    e1=$(queue ProbeRequestsExpired messages-added); w1=$(cpu_ticks "$SERVER_JAVA"); s1=$(cpu_ticks "$SIMULATOR")
    due=$(echo "scale=1; ($a1 - $a0) / $seconds" | bc)
    run=$(echo "scale=1; ($d1 - $d0) / $seconds" | bc)
    echo "RESULT checks at $interval: $run/s finished, $due/s due (about $(echo "($a1 - $a0) * ${interval//[^0-9]/} / $seconds" | bc)" \
        "cameras); $((e1 - e0)) probe jobs expired unrun; probe queue depth $q0 -> $q1"
    echo "RESULT CPU at $interval (% of one core): WildFly $(( (w1 - w0) * 100 / TICKS / seconds )), simulator" \
        "$(( (s1 - s0) * 100 / TICKS / seconds )); whole machine busy $(( (m1[0] - m0[0]) * 100 / (m1[1] - m0[1]) )) %" \
        "of $cores cores (the rest: other processes)"
    echo "cameras by state: $(curl -fs -u operator:operator-demo "$HTTP/api/supervision/counts")"
}

first=yes
for interval in $INTERVALS; do
    # shellcheck disable=SC2086
    start_server "supervision-$interval" -Dpollcam.supervision.interval="$interval" \
        -Dpollcam.archive.max-cameras="${RECORDED:-20}" ${SERVER_OPTS:-}
    echo "== warm-up ${WARMUP} s (first checks of each camera; the simulator encodes loops it has not cached)"
    sleep "$WARMUP"
    echo "== 3. scheduled checks at interval $interval, ${PHASE} s"
    checks "$PHASE" "$interval"
    if [ -n "$first" ]; then
        first=
        echo "== 4. soak ${SOAK_SECONDS} s: every 30 s a full GC (jcmd GC.run), heap used after it, RSS of WildFly"
        printf '%8s %12s %10s %10s %10s\n' elapsed heap_MiB rss_MiB checks/s simRSS_MiB
        soak_start=$(date +%s); last_checks=$(checks_done); soak_checks=$last_checks
        : > "$WORK/soak"
        while :; do
            jcmd "$SERVER_JAVA" GC.run >/dev/null
            heap=$(jcmd "$SERVER_JAVA" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }')
            rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SERVER_JAVA/status")
            sim=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SIMULATOR/status")
            now_checks=$(checks_done)
            elapsed=$(( $(date +%s) - soak_start ))
            rate=-; [ -s "$WORK/soak" ] && rate=$(printf '%.1f' "$(echo "scale=2; ($now_checks - $last_checks) / 30" | bc)")
            printf '%8s %12s %10s %10s %10s\n' "${elapsed}s" "$heap" "$rss" "$rate" "$sim"
            echo "$elapsed $heap $rss" >> "$WORK/soak"
            last_checks=$now_checks
            (( elapsed + 30 > SOAK_SECONDS )) && break
            sleep $(( 30 - ($(date +%s) - soak_start) % 30 ))
        done
        awk 'NR == 1 { h0 = $2; r0 = $3 } { h = $2; r = $3; if ($2 > hm) hm = $2; if ($3 > rm) rm = $3 }
             END { printf "RESULT heap after GC: first %d MiB, last %d MiB, max %d MiB (drift %+d MiB); goal <= 1024 MiB, flat\n", h0, h, hm, h - h0;
                   printf "RESULT WildFly RSS:   first %d MiB, last %d MiB, max %d MiB (drift %+d MiB); goal <= 2560 MiB, flat\n", r0, r, rm, r - r0 }' "$WORK/soak"
        echo "RESULT checks over the soak: $(echo "scale=1; ($(checks_done) - $soak_checks) / ($(date +%s) - $soak_start)" | bc)/s"
    fi
    stop_server
done
