#!/usr/bin/env bash
# golangci-plugin-check.sh builds golangci-lint with authcheck's module
# plugin compiled in, the way `golangci-lint custom` does but without
# cloning golangci-lint from GitHub: it copies the golangci-lint module out
# of the Go module cache, blank-imports ./golangci from this checkout in
# cmd/golangci-lint/plugins.go, points a replace directive at this
# checkout, and builds. It then runs the binary with examples/.golangci.yml
# over testdata/weakmod and checks that authcheck's findings are reported,
# that //authcheck:ignore and //nolint:authcheck are honoured, that correct
# code is left alone, that plugin settings (disable, thresholds) take
# effect, and that a misspelt rule ID in the settings stops golangci-lint.
#
# Usage: scripts/golangci-plugin-check.sh
# Environment:
#   GCL_VERSION  golangci-lint version to build (default v2.15.0)
#   GCL_OUT      keep the built binary at this path (default: removed)
#   GCL_BIN      skip the build and check this binary instead
#
# The build compiles all of golangci-lint: several minutes on 2 cores with a
# cold cache. Exit status: 0 when every check passes, 1 otherwise.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
version=${GCL_VERSION:-v2.15.0}
module=github.com/golangci/golangci-lint/v2
plugin_module=github.com/authcheck/authcheck
plugin_import=$plugin_module/golangci

work=$(mktemp -d "${TMPDIR:-/tmp}/authcheck-gcl.XXXXXX")
cleanup() { chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

step() { printf '==> %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; failed=1; }
failed=0

if [ -n "${GCL_BIN:-}" ]; then
  bin=$GCL_BIN
  step "using $bin (GCL_BIN set, not building)"
else
  step "go mod download $module@$version"
  src=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "$module@$version" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  if [ -z "$src" ] || [ ! -d "$src" ]; then
    echo "cannot find $module@$version in the module cache" >&2
    exit 1
  fi

  step "copying $src"
  cp -R "$src" "$work/golangci-lint"
  chmod -R u+w "$work/golangci-lint"
  cd "$work/golangci-lint"

  step "cmd/golangci-lint/plugins.go: import _ \"$plugin_import\""
  cat >cmd/golangci-lint/plugins.go <<EOF
package main

// Module plugins compiled into this golangci-lint.
import _ "$plugin_import"
EOF

  step "go mod edit -require=$plugin_module@v0.0.0 -replace=$plugin_module=$repo"
  go mod edit -require="$plugin_module@v0.0.0" -replace="$plugin_module=$repo"

  step "go build ./cmd/golangci-lint (slow the first time)"
  start=$(date +%s)
  # -mod=mod records the go.sum entries of the plugin's dependencies, as
  # the go mod tidy of `golangci-lint custom` would.
  go build -mod=mod -trimpath \
    -ldflags "-X main.version=$version-authcheck -X main.commit=local -X main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    -o "$work/golangci-lint-authcheck" ./cmd/golangci-lint
  step "built in $(($(date +%s) - start)) s"
  bin=$work/golangci-lint-authcheck
  if [ -n "${GCL_OUT:-}" ]; then
    cp "$bin" "$GCL_OUT"
    step "kept the binary at $GCL_OUT"
  fi
fi

"$bin" version
config=$repo/examples/.golangci.yml

step "$bin linters --config examples/.golangci.yml"
linters=$(cd "$repo/testdata/weakmod" && "$bin" linters --config "$config" 2>&1) || true
echo "$linters" | grep -i authcheck || true
echo "$linters" | grep -q '^authcheck' || fail "authcheck is not listed among the enabled linters"

step "$bin run --config examples/.golangci.yml ./...   (in testdata/weakmod)"
cd "$repo/testdata/weakmod"
set +e
out=$("$bin" run --config "$config" --output.text.path=stdout --output.text.print-issued-lines=false ./... 2>&1)
status=$?
set -e
printf '%s\n' "$out"
step "golangci-lint exit status: $status"

[ "$status" -eq 1 ] || fail "want exit status 1 (issues found), got $status"
# line_of FILE TEXT: the line number of the first line of FILE containing
# TEXT, so that the checks follow edits of the fixture.
line_of() { grep -nF -- "$2" "$1" | head -n1 | cut -d: -f1; }
expect() { # FILE TEXT RULE: a RULE finding on the line holding TEXT
  local line; line=$(line_of "$1" "$2")
  if [ -z "$line" ]; then fail "fixture $1 has no line with '$2'"; return; fi
  if printf '%s\n' "$out" | grep -E "^$1:$line:[0-9]+: .*\($3\) \(authcheck\)$" >/dev/null; then
    echo "ok: $3 at $1:$line"
  else
    fail "no $3 finding at $1:$line"
  fi
}
refuse() { # FILE TEXT WHY: no finding on the line holding TEXT
  local line; line=$(line_of "$1" "$2")
  if [ -z "$line" ]; then fail "fixture $1 has no line with '$2'"; return; fi
  if printf '%s\n' "$out" | grep -E "^$1:$line:" >/dev/null; then
    fail "unexpected finding at $1:$line ($3)"
  else
    echo "ok: nothing at $1:$line ($3)"
  fi
}
# absent FILE TEXT RULE: no RULE finding on the line holding TEXT
absent() {
  local line; line=$(line_of "$1" "$2")
  if printf '%s\n' "$out" | grep -E "^$1:$line:[0-9]+: .*\($3\) \(authcheck\)$" >/dev/null; then
    fail "$3 still reported at $1:$line"
  else
    echo "ok: no $3 at $1:$line"
  fi
}
# testdata/weakmod's deliberate weaknesses, and its correct and waived code.
expect store/users.go 'md5.Sum([]byte(u.Password))' AC101
expect store/users.go 'bcrypt.DefaultCost)' AC103
expect tokens/jwt.go 'jwt.Parse(' AC302
expect tokens/jwt.go 'jwt.Parse(' AC305  # same line: needs issues.uniq-by-line: false
expect api/handlers.go 'apiKey != expectedAPIKey' AC201
expect api/handlers.go 'v.Set("access_token"' AC401
expect api/handlers.go 'r.URL.Query().Get("api_key")' AC402
refuse store/users.go 'sha256.Sum256([]byte(apiKey))' "SHA-256 of an API key is correct"
refuse store/users.go 'return md5.Sum([]byte(password))' "waived with //authcheck:ignore AC101"

# The same run with plugin settings: a disabled rule and a threshold.
settings_config=$work/settings.golangci.yml
sed -e 's/^          disable: \[\]$/          disable: [AC302]/' \
    -e 's/^              bcrypt-min-cost: 12$/              bcrypt-min-cost: 10/' "$config" >"$settings_config"
if ! grep -q 'disable: \[AC302\]' "$settings_config" || ! grep -q 'bcrypt-min-cost: 10' "$settings_config"; then
  fail "could not derive a settings variant of examples/.golangci.yml"
fi
step "$bin run with settings disable: [AC302], pwhash.bcrypt-min-cost: 10"
set +e
out=$("$bin" run --config "$settings_config" --output.text.path=stdout --output.text.print-issued-lines=false ./... 2>&1)
status=$?
set -e
printf '%s\n' "$out"
step "golangci-lint exit status: $status"
absent tokens/jwt.go 'jwt.Parse(' AC302
absent store/users.go 'bcrypt.DefaultCost)' AC103
expect tokens/jwt.go 'jwt.Parse(' AC305
expect store/users.go 'md5.Sum([]byte(u.Password))' AC101

# golangci-lint's own //nolint:authcheck, on a copy of the fixture.
cp -R "$repo/testdata/weakmod" "$work/weakmod-nolint"
cd "$work/weakmod-nolint"
sed -i 's|^\(\t*sum := md5.Sum(\[\]byte(u.Password))\)$|\1 //nolint:authcheck // fixture: golangci-lint suppression|' store/users.go
grep -q 'nolint:authcheck' store/users.go || fail "could not add //nolint:authcheck to the fixture copy"
step "$bin run on a copy with //nolint:authcheck on the MD5 line"
set +e
out=$("$bin" run --config "$config" --output.text.path=stdout --output.text.print-issued-lines=false ./... 2>&1)
status=$?
set -e
printf '%s\n' "$out" | grep -E '^store/' || true
absent store/users.go 'md5.Sum([]byte(u.Password))' AC101
expect store/users.go 'bcrypt.DefaultCost)' AC103
cd "$repo/testdata/weakmod"

# A misspelt rule ID must stop golangci-lint with a message that names it.
bad_config=$work/bad.golangci.yml
sed -e 's/^          disable: \[\]$/          disable: [AC999]/' "$config" >"$bad_config"
step "$bin run with settings disable: [AC999]"
set +e
out=$("$bin" run --config "$bad_config" ./... 2>&1)
status=$?
set -e
printf '%s\n' "$out" | tail -n 3
if [ "$status" -ne 0 ] && printf '%s\n' "$out" | grep -q 'AC999'; then
  echo "ok: bad settings refused (exit $status)"
else
  fail "bad settings: want a non-zero exit naming AC999, got exit $status"
fi

if [ "$failed" -ne 0 ]; then
  echo "golangci-plugin-check: FAILED"
  exit 1
fi
echo "golangci-plugin-check: all checks passed"
