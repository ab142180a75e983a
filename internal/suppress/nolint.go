package suppress

import "strings"

// nolintPrefix starts golangci-lint's directive. Only directives that name
// authcheck are authcheck's: a bare //nolint or //nolint:all written for
// other linters does not silence a security finding in scan or go vet
// (under golangci-lint, golangci-lint's own rules apply to them as usual).
const nolintPrefix = "//nolint:"

// linterName is authcheck's name in //nolint lists (golangci-lint's linter
// name of the plugin).
const linterName = "authcheck"

// parseNolint parses golangci-lint's syntax:
//
//	//nolint:authcheck // reason            every authcheck rule
//	//nolint:authcheck:AC201 // reason      one rule
//	//nolint:authcheck:AC201,AC202          several rules
//	//nolint:gosec,authcheck // reason      a list naming other linters too
//
// The list ends at the first blank; the justification is the text after a
// following "//". ok is false when the list does not name authcheck.
func parseNolint(text string) (d Directive, ok bool) {
	rest := text[len(nolintPrefix):]
	list := rest
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		list, rest = rest[:i], rest[i:]
	} else {
		rest = ""
	}
	if i := strings.Index(rest, "//"); i >= 0 {
		d.Justification = strings.TrimSpace(rest[i+2:])
	}
	d.Kind = Nolint
	inAuthcheck := false // the previous item named authcheck with a rule ID
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		name, id, hasID := strings.Cut(item, ":")
		switch {
		case strings.EqualFold(item, linterName):
			ok, d.AllRules, inAuthcheck = true, true, false
		case hasID && strings.EqualFold(name, linterName):
			ok, inAuthcheck = true, true
			d.addRule(id)
		case inAuthcheck && ruleID.MatchString(strings.ToUpper(item)):
			// //nolint:authcheck:AC201,AC202: AC202 continues the list.
			d.addRule(item)
		default:
			inAuthcheck = false // another linter
		}
	}
	if !ok {
		return Directive{}, false
	}
	if d.AllRules {
		d.Rules = nil
	}
	return d, true
}

func (d *Directive) addRule(id string) {
	u := strings.ToUpper(strings.TrimSpace(id))
	if !ruleID.MatchString(u) {
		d.Malformed = "\"" + id + "\" is not a rule ID (want e.g. //nolint:authcheck:AC201)"
		return
	}
	d.Rules = append(d.Rules, u)
}
