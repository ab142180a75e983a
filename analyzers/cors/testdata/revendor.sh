#!/bin/sh
# Re-creates vendor/ for the analyzer's test module: the real libraries at
# the versions in go.mod, trimmed to the packages the testdata imports (on
# linux, darwin and windows, amd64 and arm64) so the repository does not
# carry gin's optional codecs and the like. Run it after changing go.mod or
# the testdata's imports; it needs the Go module proxy once.
set -eu
cd "$(dirname "$0")"
go mod tidy
go mod vendor
keep=$(mktemp)
trap 'rm -f "$keep"' EXIT
# The exact files each target compiles (Go, assembly, headers, embedded).
for os in linux darwin windows; do
	for arch in amd64 arm64; do
		GOOS=$os GOARCH=$arch go list -deps -f '{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .CgoFiles}}{{$d}}/{{.}}
{{end}}{{range .SFiles}}{{$d}}/{{.}}
{{end}}{{range .HFiles}}{{$d}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}
{{end}}' ./...
	done
done | grep "^$PWD/vendor/" | sed "s,^$PWD/,," | sort -u >"$keep"
find vendor -type f ! -name modules.txt ! -name 'LICENSE*' ! -name 'NOTICE*' ! -name 'COPYING*' | sort | comm -23 - "$keep" | xargs -r rm -f
find vendor -type d -empty -delete
go build ./...
