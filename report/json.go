package report

import (
	"encoding/json"
	"io"
)

// renderJSON writes the schema-version-1 document described in docs/design.md: indented,
// findings and checks always arrays, checklist only when non-empty. r is
// already normalised, so the output is deterministic (encoding/json sorts
// map keys).
func renderJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Messages quote code ("<-", "&&"); HTML escaping would only obscure them.
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
