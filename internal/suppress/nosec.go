package suppress

import (
	"regexp"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/rules"
)

// nosecMarker is gosec's annotation. gosec finds it anywhere in a comment:
//
//	// #nosec G401 -- MD5 is a cache key here
//	//#nosec G401 G505 -- legacy interop
//	/* #nosec G404 */
const nosecMarker = "#nosec"

var gosecRuleID = regexp.MustCompile(`^G[0-9]{3}$`)

// parseNosec parses a comment that carries a #nosec annotation. Rules
// holds the gosec rule IDs it names; the justification is the text after
// "--", as gosec writes it.
func parseNosec(text string) (d Directive, ok bool) {
	i := strings.Index(text, nosecMarker)
	if i < 0 || !strings.HasPrefix(text, "//") && !strings.HasPrefix(text, "/*") {
		return Directive{}, false
	}
	rest := strings.TrimSuffix(text[i+len(nosecMarker):], "*/")
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != ':' {
		return Directive{}, false // e.g. #nosecurity
	}
	d.Kind = Nosec
	if j := strings.Index(rest, "--"); j >= 0 {
		d.Justification = strings.TrimSpace(rest[j+2:])
		rest = rest[:j]
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == ':' }) {
		if id := strings.ToUpper(f); gosecRuleID.MatchString(id) {
			d.Rules = append(d.Rules, id)
		}
	}
	return d, true
}

// nosecTarget selects the authcheck rules one gosec rule stands for. Rules
// are selected by checklist item and ID prefix rather than listed one by
// one, so that rules added later in an area are covered without editing
// this table.
type nosecTarget struct {
	IDs       []string // exact rule IDs
	Prefix    string   // rule ID prefix, e.g. "AC6"; with Items, both must match
	Items     []string // checklist items; empty: any item
	NotItems  []string // checklist items excluded
	Rationale string
}

// NosecMapping maps gosec rule IDs to the authcheck rules whose findings a
// reviewed "#nosec Gxxx" also accepts. It is documented in
// docs/suppressing.md; keep the two in step.
var NosecMapping = map[string]nosecTarget{
	// Weak hash primitives: MD5, SHA-1, MD4, RIPEMD-160. authcheck reports
	// them only where a password is hashed (AC101).
	"G401": {IDs: []string{"AC101"}, Rationale: "use of MD5/SHA-1"},
	"G406": {IDs: []string{"AC101"}, Rationale: "use of MD4/RIPEMD-160"},
	"G501": {IDs: []string{"AC101"}, Rationale: "import of crypto/md5"},
	"G505": {IDs: []string{"AC101"}, Rationale: "import of crypto/sha1"},
	"G506": {IDs: []string{"AC101"}, Rationale: "import of golang.org/x/crypto/md4"},
	"G507": {IDs: []string{"AC101"}, Rationale: "import of golang.org/x/crypto/ripemd160"},
	// Hard-coded credentials: the hard-coded JWT key rule and the AC8xx
	// hard-coded credential rules (AC8xx rules that are not about
	// randomness).
	"G101": {IDs: []string{"AC309"}, Prefix: "AC8", NotItems: []string{"tokens.random"}, Rationale: "hard-coded credentials"},
	// TLS configuration: the AC6xx rules on versions, ciphers and peer
	// verification (not the HSTS-in-code rules).
	"G402": {Prefix: "AC6", Items: []string{"transport.tls-versions", "transport.tls-ciphers", "transport.verify-peers", "transport.certificate"}, Rationale: "bad TLS settings"},
	"G123": {Prefix: "AC6", Items: []string{"transport.verify-peers"}, Rationale: "VerifyPeerCertificate bypassed by session resumption"},
	// Weak random numbers: the AC8xx randomness rules.
	"G404": {Prefix: "AC8", Items: []string{"tokens.random"}, Rationale: "math/rand instead of crypto/rand"},
	// Cookies without Secure/HttpOnly/SameSite: the AC5xx cookie rules.
	"G124": {Prefix: "AC5", Rationale: "insecure cookie attributes"},
}

// NosecCovers reports whether a #nosec naming gosecRules accepts a finding
// of rule. A bare #nosec (no rule named) accepts nothing: it records no
// decision about any particular risk, and gosec itself recommends naming
// the rule.
func NosecCovers(gosecRules []string, rule string) bool {
	r, known := rules.Lookup(rule)
	for _, g := range gosecRules {
		t, ok := NosecMapping[g]
		if !ok {
			continue
		}
		if slices.Contains(t.IDs, rule) {
			return true
		}
		if t.Prefix == "" || !strings.HasPrefix(rule, t.Prefix) || !known {
			continue
		}
		if len(t.Items) > 0 && !slices.Contains(t.Items, r.Checklist) {
			continue
		}
		if slices.Contains(t.NotItems, r.Checklist) {
			continue
		}
		return true
	}
	return false
}
