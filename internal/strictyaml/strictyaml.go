// Package strictyaml decodes the YAML files users write (.authcheck.yml,
// probe profiles, the checklist) strictly: an unknown key is an error that
// names the key and its line, because a misspelt setting that is silently
// ignored is worse than none.
package strictyaml

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// ErrEmpty is returned for a document with no content.
var ErrEmpty = errors.New("empty document")

// Decode decodes b into v, rejecting unknown keys.
func Decode(b []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return ErrEmpty
		}
		return Clean(err)
	}
	return nil
}

// Clean rewrites yaml.v3's "line 3: field colour not found in type x.y"
// as "line 3: unknown key \"colour\"", and leaves other errors as they are.
func Clean(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err
	}
	msgs := make([]string, 0, len(te.Errors))
	for _, m := range te.Errors {
		if i := strings.Index(m, ": field "); i >= 0 {
			if j := strings.Index(m[i:], " not found in type"); j >= 0 {
				m = m[:i] + ": unknown key \"" + m[i+len(": field "):i+j] + "\""
			}
		}
		msgs = append(msgs, m)
	}
	return errors.New(strings.Join(msgs, "; "))
}
