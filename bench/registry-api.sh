#!/usr/bin/env bash
# Measures the station registry on a real server loaded with the demo country (5,500 stations):
#   - server start to ready, EAR deployment time (from the server's own log), demo data load time;
#   - GET /api/stations p50/p99 for filtered pages (constituency + text, and text across the country) with wrk.
# Usage: bench/registry-api.sh [duration, default 30s] [connections, default 32]
#        DB=postgresql bench/registry-api.sh ...   (recreates database pollcam_bench at 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
CONNECTIONS=${2:-32}
WILDFLY=$PWD/wildfly-config/target/wildfly
EAR=$PWD/ear/target/pollcam.ear

[ -f "$EAR" ] && [ -f "$WILDFLY/standalone/configuration/pollcam.xml" ] || ./mvnw -q -B -ntp package -DskipTests
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
    echo "Port 8080 is taken: stop the running server first" >&2
    exit 1
fi

BASE=$(mktemp -d)
trap '"$WILDFLY/bin/jboss-cli.sh" -c --command=:shutdown >/dev/null 2>&1 || true; rm -rf "$BASE"' EXIT
mkdir -p "$BASE/deployments" "$BASE/data/pollcam/media"
cp -r "$WILDFLY/standalone/configuration" "$BASE/configuration"
cp "$EAR" "$BASE/deployments/"

DATABASE=()
if [ "${DB:-h2}" = postgresql ]; then
    psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS pollcam_bench WITH (FORCE)' -c 'CREATE DATABASE pollcam_bench'
    DATABASE=(-Dpollcam.db.driver=postgresql -Dpollcam.db.url=jdbc:postgresql://127.0.0.1:5432/pollcam_bench
              -Dpollcam.db.user=postgres)
fi
echo "database: ${DB:-h2}"

start=$(date +%s%N)
"$WILDFLY/bin/standalone.sh" -c pollcam.xml -Djboss.server.base.dir="$BASE" -Dpollcam.demo-data=true "${DATABASE[@]}" \
    > "$BASE/console.log" 2>&1 &
until curl -fs -o /dev/null "http://127.0.0.1:8080/api/stations?size=1"; do
    sleep 0.2
    if (( ($(date +%s%N) - start) / 1000000000 > 180 )); then echo "Server did not become ready" >&2; exit 1; fi
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))

echo "== Server"
echo "start to first answered /api/stations (boot + deploy + demo load): ${ready_ms} ms"
grep -oE 'WildFly .* started in [0-9]+ms' "$BASE/log/server.log" | tail -1 || true
grep -oE 'Deployed "pollcam.ear"' "$BASE/log/server.log" >/dev/null && \
    grep -oE 'Demo registry loaded in [0-9]+ ms[^;]*' "$BASE/log/server.log" | tail -1 || true
total=$(curl -fs "http://127.0.0.1:8080/api/stations?size=1" | grep -oE '"total":[0-9]+')
echo "registry: $total"

echo "== CSV round trip of the whole registry (admin)"
curl -fs -u admin:admin-demo -o "$BASE/export.csv" -w "export: %{time_total} s, %{size_download} bytes\n" \
    http://127.0.0.1:8080/api/stations/export
for run in 1 2 3; do
    curl -fs -u admin:admin-demo -H 'Content-Type: text/csv' --data-binary @"$BASE/export.csv" -o /dev/null \
        -w "import of $(($(wc -l < "$BASE/export.csv") - 1)) rows (all updates), run $run: %{time_total} s\n" \
        http://127.0.0.1:8080/api/stations/import
done

cat > "$BASE/constituency.lua" <<'LUA'
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/stations?constituency=" .. math.random(1, 125) .. "&q=school&size=20")
end
LUA
cat > "$BASE/country.lua" <<'LUA'
math.randomseed(43)
local streets = {"Nizami", "Fuzuli", "Sabir", "Vagif", "Natavan", "Azadlig"}
request = function()
  return wrk.format("GET", "/api/stations?q=" .. streets[math.random(1, #streets)]
      .. "%20street&size=20&page=" .. math.random(0, 9) .. "&sort=-registeredVoters")
end
LUA

echo "== Warm-up (10 s)"
wrk -t2 -c"$CONNECTIONS" -d10s -s "$BASE/constituency.lua" http://127.0.0.1:8080 >/dev/null
for scenario in constituency country; do
    echo "== GET /api/stations, filtered page ($scenario), $CONNECTIONS connections, $DURATION"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$BASE/$scenario.lua" http://127.0.0.1:8080 \
        | grep -E 'Latency|50%|99%|Requests/sec|requests in|Non-2xx'
done
