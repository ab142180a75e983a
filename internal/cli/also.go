package cli

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/authcheck/authcheck/report"
)

// alsoFlag collects --also FORMAT=FILE: the same report written in more
// formats from one run, e.g. text to the job log, SARIF for code scanning
// and Markdown for the step summary, without probing a target three times.
type alsoFlag []alsoOutput

type alsoOutput struct{ format, path string }

func (a *alsoFlag) String() string {
	var parts []string
	for _, o := range *a {
		parts = append(parts, o.format+"="+o.path)
	}
	return strings.Join(parts, ",")
}

func (a *alsoFlag) Set(v string) error {
	format, path, ok := strings.Cut(v, "=")
	format = strings.ToLower(strings.TrimSpace(format))
	if !ok || path == "" {
		return fmt.Errorf("want FORMAT=FILE, e.g. sarif=authcheck.sarif")
	}
	switch format {
	case "text", "json", "sarif", "markdown", "md", "html":
	default:
		return fmt.Errorf("format %q: want text, json, sarif, markdown or html", format)
	}
	*a = append(*a, alsoOutput{format, path})
	return nil
}

// writeAlso renders the report once more for every --also. Text written
// to a file is never coloured.
func (o *outputFlags) writeAlso(r *report.Report, opts report.RenderOptions, e *env) int {
	for _, a := range o.also {
		opts := opts
		opts.Color = false
		var buf bytes.Buffer
		if err := report.Render(&buf, r, a.format, opts); err != nil {
			e.errorf("--also %s: %v", a.format, err)
			return ExitInternal
		}
		if err := os.WriteFile(a.path, buf.Bytes(), 0o644); err != nil {
			e.errorf("--also: %v", err)
			return ExitInternal
		}
	}
	return ExitOK
}
