#!/usr/bin/env bash
# render-html-report.sh — render an authcheck HTML report and screenshot it.
#
# Usage:
#   scripts/render-html-report.sh [--sample]            sample audit (scripts/samplereport)
#   scripts/render-html-report.sh REPORT.json           a report written with --format json
#   scripts/render-html-report.sh --audit [FLAGS...]    run `authcheck audit FLAGS` now
#
# Options (before the source argument):
#   -o FILE       PNG to write (default docs/img/audit-report.png)
#   --html FILE   also keep the HTML report there
#
# Environment:
#   WINDOW=1280,2400     browser window (the screenshot's size)
#   REPORT_DATE=…        date printed in the header (default today, UTC)
#   REPORT_COMMAND=…     scan, probe or audit, for a JSON report (default: guessed)
#   CHROMIUM=path        browser binary (default: chromium, chromium-browser, google-chrome)
#
# Builds authcheck, renders the report to HTML, then takes a screenshot with
# headless Chromium, installing the Debian package first when it is missing
# and the script runs as root. The page loads nothing from the network; the
# browser flags keep Chromium itself from phoning home as well.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

out=docs/img/audit-report.png
keep_html=
while [[ $# -gt 0 ]]; do
	case $1 in
	-o) out=$2; shift 2 ;;
	--html) keep_html=$2; shift 2 ;;
	-h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) break ;;
	esac
done
mode=sample
source_json=
case ${1:-} in
'' | --sample) mode=sample ;;
--audit) mode=audit; shift ;;
-*) echo "render-html-report: unknown option $1 (see --help)" >&2; exit 2 ;;
*) mode=json; source_json=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
date=${REPORT_DATE:-$(date -u +%F)}

echo "render-html-report: building authcheck" >&2
go build -o "$work/authcheck" ./cmd/authcheck
go build -o "$work/samplereport" ./scripts/samplereport

case $mode in
sample)
	"$work/samplereport" -date "$date" -out "$html"
	;;
json)
	"$work/samplereport" -in "$source_json" -command "${REPORT_COMMAND:-}" -date "$date" -out "$html"
	;;
audit)
	# audit exits 1 when it finds something: that is a report, not an error.
	set +e
	"$work/authcheck" audit --format html --out "$html" "$@" 2>"$work/audit.log"
	rc=$?
	if [[ $rc -eq 2 ]] && grep -q -- '--format' "$work/audit.log"; then
		# This authcheck does not offer --format html yet: go through JSON.
		"$work/authcheck" audit --format json --out "$work/report.json" "$@" 2>"$work/audit.log"
		rc=$?
		if [[ $rc -le 1 ]]; then
			"$work/samplereport" -in "$work/report.json" -command audit -date "$date" -out "$html"
		fi
	fi
	set -e
	if [[ $rc -gt 1 ]]; then
		cat "$work/audit.log" >&2
		echo "render-html-report: authcheck audit failed (exit $rc)" >&2
		exit "$rc"
	fi
	;;
esac

find_browser() {
	if [[ -n ${CHROMIUM:-} ]]; then
		command -v "$CHROMIUM"
		return
	fi
	command -v chromium || command -v chromium-browser || command -v google-chrome || true
}
browser=$(find_browser)
if [[ -z $browser ]]; then
	if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
		echo "render-html-report: installing chromium (apt-get)" >&2
		apt-get update -qq
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
		browser=$(find_browser)
	fi
	if [[ -z $browser ]]; then
		echo "render-html-report: no Chromium found; install it (Debian: apt-get install chromium) or set CHROMIUM" >&2
		exit 1
	fi
fi

mkdir -p "$(dirname "$out")"
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
profile=$(mktemp -d)
trap 'rm -rf "$work" "$profile"' EXIT
rm -f "$out_abs"
timeout_cmd=()
command -v timeout >/dev/null && timeout_cmd=(timeout 120)
if ! "${timeout_cmd[@]}" "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
	--user-data-dir="$profile" --screenshot="$out_abs" --window-size="${WINDOW:-1280,2400}" \
	"file://$html" >"$work/chromium.log" 2>&1 || [[ ! -s $out_abs ]]; then
	cat "$work/chromium.log" >&2
	echo "render-html-report: screenshot failed" >&2
	exit 1
fi
if [[ -n $keep_html ]]; then
	cp "$html" "$keep_html"
	echo "render-html-report: HTML in $keep_html" >&2
fi
echo "render-html-report: wrote $out" >&2
