#!/usr/bin/env bash
# Times the TLS part of `authcheck probe` (package probes/tlscheck, run by
# bench/tls/probe) against sslscan, on the same loopback server in the same
# run, and prints the ratio. Two servers: "good" (TLS 1.2+, Go defaults)
# and "legacy" (TLS 1.0+, 3DES, RC4 and RSA key exchange enabled).
#
#   bench/tls/run.sh            # hyperfine if installed, else a plain loop
#   RUNS=50 bench/tls/run.sh
#
# Needs go and sslscan; hyperfine and jq are used when present.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-30}"
tmp="$(mktemp -d)"
server_pid=""
cleanup() {
	if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
	rm -rf "$tmp"
}
trap cleanup EXIT

command -v sslscan >/dev/null || { echo "run.sh: sslscan not on PATH (apt-get install -y sslscan)" >&2; exit 1; }
(cd "$root" && go build -o "$tmp/server" ./bench/tls/server && go build -o "$tmp/probe" ./bench/tls/probe)

# The flags that make sslscan enumerate protocols and suites only, as the
# probes do (plus its own extras it cannot skip, e.g. per-version
# preferred-suite detection).
sslscan_quick=(sslscan --no-colour --no-fallback --no-renegotiation --no-heartbleed --no-compression --no-groups --no-check-certificate)

# mean_ms CMD...: mean wall time of CMD over $runs runs, in milliseconds,
# without hyperfine.
mean_ms() {
	local start end i
	"$@" >/dev/null 2>&1 # warm-up
	start=$(date +%s%N)
	for ((i = 0; i < runs; i++)); do "$@" >/dev/null 2>&1; done
	end=$(date +%s%N)
	echo $(((end - start) / runs / 1000000))
}

echo "authcheck TLS probes vs sslscan $(sslscan --version 2>/dev/null | grep -o '[0-9]\+\.[0-9]\+\.[0-9]\+' | head -1), $runs runs each, $(nproc) cores"
for mode in good legacy; do
	: >"$tmp/url"
	"$tmp/server" -mode "$mode" -ca "$tmp/ca.pem" >"$tmp/url" &
	server_pid=$!
	for _ in $(seq 100); do [[ -s "$tmp/url" ]] && break; sleep 0.05; done
	url="$(head -n1 "$tmp/url")"
	hostport="${url#https://}"
	probe=("$tmp/probe" -url "$url/" -ca "$tmp/ca.pem")

	echo
	echo "== $mode server at $hostport; the probes report:"
	"${probe[@]}" | sed 's/^/   /'

	if command -v hyperfine >/dev/null && command -v jq >/dev/null; then
		hyperfine -N --warmup 3 --runs "$runs" --style basic --export-json "$tmp/$mode.json" \
			-n "authcheck-tls" "${probe[*]}" \
			-n "sslscan-quick" "${sslscan_quick[*]} $hostport" \
			-n "sslscan-default" "sslscan --no-colour $hostport" | grep -v '^ *$'
		ours=$(jq '.results[0].mean * 1000' "$tmp/$mode.json")
		quick=$(jq '.results[1].mean * 1000' "$tmp/$mode.json")
		full=$(jq '.results[2].mean * 1000' "$tmp/$mode.json")
	else
		ours=$(mean_ms "${probe[@]}")
		quick=$(mean_ms "${sslscan_quick[@]}" "$hostport")
		full=$(mean_ms sslscan --no-colour "$hostport")
	fi
	awk -v m="$mode" -v a="$ours" -v q="$quick" -v f="$full" 'BEGIN {
		printf "RESULT %s: authcheck-tls %.1f ms, sslscan-quick %.1f ms, sslscan-default %.1f ms; authcheck/sslscan-quick = %.2f, authcheck/sslscan-default = %.2f\n", m, a, q, f, a / q, a / f
	}'
	kill "$server_pid"
	wait "$server_pid" 2>/dev/null || true
	server_pid=""
done
