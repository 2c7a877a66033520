#!/usr/bin/env bash
# Measures the public portal on a real server with the demo country (5,500 stations, a live election, every station
# with cameras broadcasting):
#   - HLS file serving, WildFly's /media (PublishedHlsCache in front of Undertow's file handler) against nginx serving the same folder with the same
#     headers, side by side in one run: a live playlist and 2 s MPEG-TS segments (25 KB, a 100 kbit/s camera);
#   - the station page (station.xhtml?id=N, N random among 5,500) and GET /api/public/stations (a random
#     constituency's page) p50/p99 and requests/s at 200 concurrent clients, from WildFly, and the station page once
#     more through nginx as a caching proxy in front of WildFly (the README's configuration: it keeps a page as long
#     as its Cache-Control allows shared caches, 30 s, then revalidates it with its ETag).
# The server is a portal node: it serves viewers and leaves the camera checks to the supervising nodes
# (pollcam.supervision.enabled=false; bench/supervision.sh measures those), with a 1 GiB heap.
# Usage: bench/portal.sh [duration, default 20s] [connections, default 200]
#        PORT_OFFSET=200 bench/portal.sh ...  (WildFly on 8080+offset, nginx on 8088+offset and, as a caching proxy,
#                                               8089+offset: leaves other servers be)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20s}
CONNECTIONS=${2:-200}
OFFSET=${PORT_OFFSET:-0}
HTTP=$((8080 + OFFSET))
NGINX=$((8088 + OFFSET))
PROXY=$((8089 + OFFSET))
MANAGEMENT=$((9990 + OFFSET))
WILDFLY=$PWD/wildfly-config/target/wildfly
EAR=$PWD/ear/target/pollcam.ear

[ -f "$EAR" ] && [ -f "$WILDFLY/standalone/configuration/pollcam.xml" ] || ./mvnw -q -B -ntp package -DskipTests
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || apt-get install -y -qq nginx >/dev/null; }
for port in $HTTP $NGINX $PROXY; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
        echo "Port $port is taken: stop that server or set PORT_OFFSET" >&2
        exit 1
    fi
done

BASE=$(mktemp -d)
cleanup() {
    "$WILDFLY/bin/jboss-cli.sh" -c --controller=127.0.0.1:$MANAGEMENT --command=:shutdown >/dev/null 2>&1 || true
    [ -n "${SERVER:-}" ] && { wait "$SERVER" 2>/dev/null || true; }   # it still writes its data until it exits
    [ -f "$BASE/nginx.pid" ] && kill "$(cat "$BASE/nginx.pid")" 2>/dev/null || true
    rm -rf "$BASE"
}
trap cleanup EXIT
MEDIA=$BASE/data/pollcam/media
mkdir -p "$BASE/deployments" "$MEDIA/bench" "$BASE/nginx/logs"
cp -r "$WILDFLY/standalone/configuration" "$BASE/configuration"
cp "$EAR" "$BASE/deployments/"

# One camera's live HLS as the publisher leaves it: a 6-segment playlist and 2 s segments of 25 KB.
{
    echo "#EXTM3U"; echo "#EXT-X-VERSION:6"; echo "#EXT-X-TARGETDURATION:2"; echo "#EXT-X-MEDIA-SEQUENCE:95"
    echo "#EXT-X-INDEPENDENT-SEGMENTS"
    for n in $(seq 95 100); do
        echo "#EXTINF:2.000000,"; echo "#EXT-X-PROGRAM-DATE-TIME:2026-12-03T08:0$((n % 10)):00.000+0000"
        echo "bench-r-$(printf %05d "$n").ts"
    done
} > "$MEDIA/bench/index.m3u8"
for n in $(seq 1 100); do head -c 25000 /dev/urandom > "$MEDIA/bench/bench-r-$(printf %05d "$n").ts"; done

# nginx as one would put it in front of (or instead of) WildFly for the media folder: same types, same cache life.
cat > "$BASE/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $BASE/nginx.pid;
error_log $BASE/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; image/jpeg jpg; }
    server {
        listen 127.0.0.1:$NGINX;
        location /media/ {
            alias $MEDIA/;
            location ~ \.m3u8\$ { add_header Cache-Control "public, max-age=1"; }
            location ~ \.ts\$ { add_header Cache-Control "public, max-age=31536000, immutable"; }
        }
    }
    # In front of WildFly, as the README shows it: pages and public reads cached as long as they say.
    proxy_cache_path $BASE/nginx/cache keys_zone=pollcam:20m max_size=1g inactive=10m use_temp_path=off;
    upstream wildfly { server 127.0.0.1:$HTTP; keepalive 64; }
    server {
        listen 127.0.0.1:$PROXY;
        location / {
            proxy_pass http://wildfly;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_cache pollcam;
            proxy_cache_lock on;
            proxy_cache_revalidate on;
            proxy_cache_use_stale updating error timeout;
            proxy_cache_key "\$request_uri|\$cookie_pollcam_lang|\$http_accept_language";
            proxy_cache_bypass \$cookie_JSESSIONID;
            proxy_no_cache \$cookie_JSESSIONID;
        }
    }
}
NGINX
chmod a+x "$BASE" && chmod -R a+rX "$BASE/data"   # nginx's workers run as an unprivileged user
nginx -p "$BASE/nginx" -c "$BASE/nginx/nginx.conf"

JBOSS_JAVA_SIZING="-Xms1g -Xmx1g" "$WILDFLY/bin/standalone.sh" -c pollcam.xml -Djboss.server.base.dir="$BASE" \
    -Djboss.socket.binding.port-offset=$OFFSET -Dpollcam.demo-data=true -Dpollcam.demo.live=true \
    -Dpollcam.supervision.enabled=false > "$BASE/console.log" 2>&1 &
SERVER=$!
start=$(date +%s)
until curl -fs -o /dev/null "http://127.0.0.1:$HTTP/api/public/stations?size=1"; do
    sleep 0.5
    if (( $(date +%s) - start > 180 )); then echo "Server did not become ready" >&2; exit 1; fi
done
curl -fs "http://127.0.0.1:$HTTP/api/public/summary"; echo
for server in $HTTP $NGINX; do   # both serve the same bytes, or the comparison means nothing
    curl -fs "http://127.0.0.1:$server/media/bench/bench-r-00001.ts" | cmp -s - "$MEDIA/bench/bench-r-00001.ts" \
        || { echo "port $server does not serve the media folder" >&2; exit 1; }
done

cat > "$BASE/segment.lua" <<'LUA'
math.randomseed(7)
request = function()
  return wrk.format("GET", string.format("/media/bench/bench-r-%05d.ts", math.random(1, 100)))
end
LUA
cat > "$BASE/station.lua" <<'LUA'
math.randomseed(42)
request = function() return wrk.format("GET", "/station.xhtml?id=" .. math.random(1, 5500)) end
LUA
cat > "$BASE/stations.lua" <<'LUA'
math.randomseed(43)
request = function()
  return wrk.format("GET", "/api/public/stations?constituency=" .. math.random(1, 125) .. "&size=20")
end
LUA
run() { # name, url, connections, [script]
    echo "== $1, $3 connections, $DURATION"
    wrk -t2 -c"$3" -d"$DURATION" --latency ${4:+-s "$4"} "$2" | grep -E '50%|99%|Requests/sec|Non-2xx' || true
}
echo "== Warm-up: until the JIT has compiled the paths measured (on two cores that takes a minute for a page)"
for url in "http://127.0.0.1:$HTTP/media/bench/index.m3u8" "http://127.0.0.1:$NGINX/media/bench/index.m3u8"; do
    wrk -t2 -c32 -d10s "$url" >/dev/null
done
wrk -t2 -c32 -d10s -s "$BASE/segment.lua" "http://127.0.0.1:$HTTP" >/dev/null
wrk -t2 -c32 -d60s -s "$BASE/station.lua" "http://127.0.0.1:$HTTP" >/dev/null
wrk -t2 -c32 -d20s -s "$BASE/stations.lua" "http://127.0.0.1:$HTTP" >/dev/null

run "HLS playlist, WildFly" "http://127.0.0.1:$HTTP/media/bench/index.m3u8" 64
run "HLS playlist, nginx" "http://127.0.0.1:$NGINX/media/bench/index.m3u8" 64
run "HLS segment 25 KB, WildFly" "http://127.0.0.1:$HTTP" 64 "$BASE/segment.lua"
run "HLS segment 25 KB, nginx" "http://127.0.0.1:$NGINX" 64 "$BASE/segment.lua"
run "station page" "http://127.0.0.1:$HTTP" "$CONNECTIONS" "$BASE/station.lua"
run "GET /api/public/stations" "http://127.0.0.1:$HTTP" "$CONNECTIONS" "$BASE/stations.lua"
echo "== Warm-up of the caching proxy (45 s: longer than a page is kept, so pages expire at their own times)"
wrk -t2 -c64 -d45s -s "$BASE/station.lua" "http://127.0.0.1:$PROXY" >/dev/null
run "station page through nginx (kept 30 s, then revalidated)" "http://127.0.0.1:$PROXY" "$CONNECTIONS" \
    "$BASE/station.lua"
