#!/usr/bin/env bash
# Times `authcheck scan` on a large module against
#   - the floor: go vet -vettool=<no-op analyzer> (load + type-check), and
#   - gosec ./... on the same module,
# and prints the ratios. The module defaults to golang.org/x/tools from the
# module cache (copied to a temp dir); pass another module directory as $1.
#
# Needs: go, hyperfine (Debian package), network access to the Go module
# proxy for gosec and the module's dependencies.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT

echo "== building authcheck, the no-op vet tool and gosec"
# Nonces in -ldflags give fresh build IDs, so go vet's cache of earlier runs
# of the same code is not reused: "cold" below means cold.
nonce=$(date +%s%N)
go build -C "$repo" -ldflags="-X=main.benchNonce=$nonce" -o "$work/authcheck" ./cmd/authcheck
go build -C "$repo" -o "$work/noop" ./bench/scan/noop
# A second no-op binary with another build ID: its go vet cache starts empty.
go build -C "$repo" -ldflags="-X=main.variant=$nonce" -o "$work/noop-cold" ./bench/scan/noop
# SKIP_GOSEC=1 leaves gosec out (it takes minutes per run on a large module).
if [ -z "${SKIP_GOSEC:-}" ]; then
  GOBIN="$work" go install github.com/securego/gosec/v2/cmd/gosec@latest
fi

if [ $# -ge 1 ]; then
  mod="$(cd "$1" && pwd)"
else
  src="$(go env GOMODCACHE)/golang.org/x/tools@v0.52.0"
  [ -d "$src" ] || go mod download golang.org/x/tools@v0.52.0
  cp -r "$src" "$work/tools"
  chmod -R u+w "$work/tools"
  mod="$work/tools"
  (cd "$mod" && go mod download)
fi
cd "$mod"
pkgs=$(go list ./... | wc -l)
echo "== module $(go list -m) ($pkgs packages) at $mod"

echo "== cold vet cache: the first run primes the module and build caches; the next two start with an empty vet cache"
for cmd in "go vet -vettool=$work/noop ./..." "go vet -vettool=$work/noop-cold ./..." "$work/authcheck scan --fail-on never ./..."; do
  /usr/bin/time -f "%e s, %M KiB max RSS: $cmd" bash -c "$cmd >/dev/null 2>&1 || true"
done

echo "== warm runs"
gosec=()
[ -z "${SKIP_GOSEC:-}" ] && gosec=(-n gosec "$work/gosec -quiet -fmt json -out /dev/null ./...")
hyperfine --warmup 1 --runs 10 --ignore-failure --export-json "$work/warm.json" \
  -n floor "go vet -vettool=$work/noop ./..." \
  -n authcheck "$work/authcheck scan --fail-on never ./..." \
  "${gosec[@]}"

python3 - "$work/warm.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"median: floor {r['floor']:.2f} s, authcheck {r['authcheck']:.2f} s")
print(f"authcheck / floor = {r['authcheck']/r['floor']:.2f}x (target <= 1.2x)")
if "gosec" in r:
    print(f"gosec {r['gosec']:.2f} s; authcheck / gosec = {r['authcheck']/r['gosec']:.3f}x")
PY
