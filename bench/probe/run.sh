#!/usr/bin/env bash
# Times `authcheck probe` against the bundled reference server on loopback:
#   - the edge checks of the first probe issue (TLS, HSTS, cookies, CORS/CSRF,
#     default deny and ownership; rate limits excluded: they burn budget),
#   - every probe except rate limits,
#   - the TLS part alone, next to sslscan on the same host in the same run.
# Needs: go, hyperfine and sslscan (Debian packages).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

go build -C "$repo" -o "$work/authcheck" ./cmd/authcheck
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$work/authcheck" reference serve --data "$work/data" --addr "127.0.0.1:$port" --seed-demo --dev-outbox \
  --trusted-proxy 127.0.0.1/32 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 100); do [ -f "$work/data/profile.yaml" ] && break; sleep 0.1; done
prof="$work/data/profile.yaml"
echo "== reference server on 127.0.0.1:$port"

hyperfine --warmup 1 --runs 10 --export-json "$work/probe.json" \
  -n edge "$work/authcheck probe --profile $prof --only tls,hsts,cookies,cors,csrf,access --fail-on never" \
  -n all-but-ratelimit "$work/authcheck probe --profile $prof --skip ratelimit --fail-on never" \
  -n tls "$work/authcheck probe --profile $prof --only tls --fail-on never" \
  -n sslscan "sslscan --no-colour 127.0.0.1:$port"

python3 - "$work/probe.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
for n in ("edge", "all-but-ratelimit", "tls", "sslscan"):
    print(f"{n:18s} median {r[n]['median']*1000:7.1f} ms  (min {r[n]['min']*1000:.1f}, max {r[n]['max']*1000:.1f})")
print(f"tls / sslscan = {r['tls']['median']/r['sslscan']['median']:.2f}x (target <= 1)")
print(f"edge probe = {r['edge']['median']:.2f} s (target < 2 s)")
PY
