#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `keyward gateway serve` under load, in one run on loopback: wrk against the gateway directly,
# through nginx auth_request (the nginx block of docs/gateway.md, static file behind it), and nginx
# serving the same static file without auth (the ceiling). Prints req/s, p50/p99 and the ratios.
# Starts its own TLS etcd (tests/fixtures/etcd-fixture.sh) and Secret Service.
# Usage: bench/run-gateway.sh BUILD_DIR [SECONDS=10] [CONNECTIONS=32] [GATEWAY_THREADS=2]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${KEYWARD_SECRET_SERVICE:-}" != 1 ]; then
    exec "$here/tests/fixtures/with-secret-service.sh" "$0" "$@"
fi
build=$(cd "${1:-build/release}" && pwd)
secs=${2:-10}
conns=${3:-32}
threads=${4:-2}
[ "$secs" -le 60 ] || { echo "run-gateway.sh: at most 60 s per run" >&2; exit 2; }
keyward=$build/app/keyward
[ -x "$keyward" ] || { echo "run-gateway.sh: no $keyward (build the keyward target)" >&2; exit 2; }
for tool in wrk nginx python3; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "run-gateway.sh: $tool is missing" >&2; exit 2; }
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d)
gateway_pid=""
nginx_pid=""
cleanup() {
    [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    [ -n "$gateway_pid" ] && kill "$gateway_pid" 2>/dev/null && wait "$gateway_pid" 2>/dev/null || true
    "$here/tests/fixtures/etcd-fixture.sh" stop "$tmp/etcd"
    rm -rf "$tmp"
}
trap cleanup EXIT
"$here/tests/fixtures/etcd-fixture.sh" start "$tmp/etcd"
set -a
# shellcheck disable=SC1091
. "$tmp/etcd/env"
set +a
export KEYWARD_ACTOR=bench

kw() { "$keyward" --workspace "$tmp/ws.keyward" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

kw project create chat --prefix chat >/dev/null
printf '%s\n' "$ETCD_PASSWORD" | kw registry add prod --endpoint "$ETCD_ENDPOINTS" --ca "$ETCD_PKI/ca.pem" \
    --user "$ETCD_USER" --password-stdin 2>/dev/null
kw registry bind chat prod >/dev/null
secret=$(kw --json key issue --project chat --name bench | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
for i in $(seq 1 50); do kw key issue --project chat --name "other-$i" >/dev/null 2>&1; done
kw registry sync >/dev/null

gw_port=$(free_port)
# Not through kw(): $! must be the gateway itself, for the cleanup to stop it.
"$keyward" --workspace "$tmp/ws.keyward" gateway serve --profile prod --listen "127.0.0.1:$gw_port" \
    --threads "$threads" 2>"$tmp/gateway.log" </dev/null &
gateway_pid=$!
for _ in $(seq 1 100); do
    grep -q "; health at" "$tmp/gateway.log" && break
    sleep 0.2
done
grep -q "; health at" "$tmp/gateway.log" || { cat "$tmp/gateway.log" >&2; exit 1; }

# nginx: the documented block (auth_request, limit_req per key, the key id in the log) in front of
# a static file, and a second server with the same file and log format, without auth.
ng_port=$(free_port)
static_port=$(free_port)
mkdir -p "$tmp/nginx/www/api"
echo hello >"$tmp/nginx/www/api/hello.txt"
python3 - "$here/docs/gateway.md" "$tmp/nginx" "$gw_port" "$ng_port" "$static_port" "$(id -u)" <<'PY'
import sys
doc, d, gw, ng, st, uid = sys.argv[1:]
md = open(doc).read()
block = md[md.index("```nginx\n") + 9:]
block = block[:block.index("\n```")]
for a, b in [("server 127.0.0.1:9181;", f"server 127.0.0.1:{gw};"), ("listen 8080;", f"listen 127.0.0.1:{ng};"),
             ("/var/log/nginx/keyward-access.log", f"{d}/access.log"), ("proxy_pass http://api_backend;", f"root {d}/www;")]:
    assert block.count(a) == 1, a
    block = block.replace(a, b)
temps = "".join(f"  {t}_temp_path {d}/tmp-{t};\n" for t in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
conf = (f"daemon off;\nworker_processes 2;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n"
        + ("user root;\n" if uid == "0" else "")
        + "events { worker_connections 1024; }\nhttp {\n" + temps + block
        + f"\nserver {{\n  listen 127.0.0.1:{st};\n  access_log {d}/static.log keyward;\n  root {d}/www;\n}}\n}}\n")
open(f"{d}/nginx.conf", "w").write(conf)
PY
"$nginx" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $static_port), 0.2)" 2>/dev/null && break
    sleep 0.1
done

# Requests/sec, p50 and p99 (ms) of one wrk run; the non-2xx count must be 0.
run() { # name url
    out=$(wrk -t1 -c"$conns" -d"${secs}s" --latency -H "Authorization: Bearer $secret" "$2")
    python3 - "$1" <<PY
import re, sys
out = """$out"""
def ms(v):
    n, u = re.match(r"([\d.]+)(us|ms|s)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[u]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"50%\s+(\S+)", out).group(1))
p99 = ms(re.search(r"99%\s+(\S+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{sys.argv[1]} {rps:.0f} {p50:.3f} {p99:.3f} {bad.group(1) if bad else 0}")
PY
}
direct=$(run direct "http://127.0.0.1:$gw_port/check")
auth=$(run nginx-auth "http://127.0.0.1:$ng_port/api/hello.txt")
static=$(run nginx-static "http://127.0.0.1:$static_port/api/hello.txt")

echo "gateway benchmark ($(basename "$build") build): wrk -t1 -c$conns -d${secs}s --latency, gateway --threads $threads, nginx 2 workers, $(nproc) cores"
printf '%-14s %12s %10s %10s %8s\n' what "req/s" "p50 ms" "p99 ms" "non-2xx"
for line in "$direct" "$auth" "$static"; do
    # shellcheck disable=SC2086
    printf '%-14s %12s %10s %10s %8s\n' $line
done
python3 - "$direct" "$auth" "$static" <<'PY'
import sys
d, a, s = (l.split() for l in sys.argv[1:])
print(f"direct: {float(d[1]):.0f} verifications/s (goal >= 20000), p99 {d[3]} ms (goal <= 2)")
print(f"through nginx auth_request / nginx static: {float(a[1]) / float(s[1]) * 100:.0f} % (goal >= 50 %)")
PY
