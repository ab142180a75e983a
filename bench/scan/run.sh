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
go build -C "$repo" -o "$work/authcheck" ./cmd/authcheck
go build -C "$repo" -o "$work/noop" ./bench/scan/noop
GOBIN="$work" go install github.com/securego/gosec/v2/cmd/gosec@latest

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

echo "== first runs (fill go vet's cache for each tool)"
for cmd in "go vet -vettool=$work/noop ./..." "$work/authcheck scan --fail-on never ./..." ; do
  /usr/bin/time -f "%e s, %M KiB max RSS: $cmd" bash -c "$cmd >/dev/null 2>&1 || true"
done

echo "== warm runs"
hyperfine --warmup 1 --runs 5 --ignore-failure --export-json "$work/warm.json" \
  -n floor "go vet -vettool=$work/noop ./..." \
  -n authcheck "$work/authcheck scan --fail-on never ./..." \
  -n gosec "$work/gosec -quiet -fmt json -out /dev/null ./..."

python3 - "$work/warm.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"median: floor {r['floor']:.2f} s, authcheck {r['authcheck']:.2f} s, gosec {r['gosec']:.2f} s")
print(f"authcheck / floor = {r['authcheck']/r['floor']:.2f}x (target <= 1.2x)")
print(f"authcheck / gosec = {r['authcheck']/r['gosec']:.2f}x")
PY
