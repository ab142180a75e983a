package tlscheck

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// weakSuiteVersions are the versions at which weak suites are enumerated,
// each separately: servers restrict some suites by version (EXPORT suites
// are forbidden from TLS 1.1 on). TLS 1.3 has no weak suites.
var weakSuiteVersions = []uint16{versionTLS12, versionTLS11, versionTLS10, versionSSL3}

// enumeration is what offering a set of suites again and again, minus the
// one accepted each time, found out.
type enumeration struct {
	offered  uint16 // highest version offered
	accepted []acceptedSuite
	end      outcome // the hello that stopped the enumeration
	answered bool    // some hello got a TLS answer
}

type acceptedSuite struct{ id, version uint16 }

// enumerate offers ids at version until the server refuses: one hello if
// it accepts none of them, one more per suite it accepts. With exact, an
// answer for a lower version ends the enumeration (that version has its
// own).
func enumerate(ctx context.Context, t *probes.Target, version uint16, ids []uint16, exact bool) enumeration {
	e := enumeration{offered: version}
	name := serverName(t)
	remaining := slices.Clone(ids)
	for len(remaining) > 0 {
		o := tryHello(ctx, t, helloSpec{version: version, suites: remaining, serverName: name}, exact)
		e.answered = e.answered || o.answered
		if !o.accepted {
			e.end = o
			return e
		}
		e.accepted = append(e.accepted, acceptedSuite{o.answer.suite, o.answer.version})
		remaining = slices.DeleteFunc(remaining, func(id uint16) bool { return id == o.answer.suite })
	}
	e.end = outcome{offered: version, answered: true, refusal: "every offered suite was accepted"}
	return e
}

// describe summarises an enumeration as one evidence value.
func (e enumeration) describe() string {
	if len(e.accepted) == 0 {
		return e.end.describe()
	}
	var names []string
	for _, a := range e.accepted {
		names = append(names, suiteName(a.id)+" at "+versionName(a.version))
	}
	return "accepted " + strings.Join(names, ", ") + "; then " + e.end.describe()
}

// probeCiphers enumerates the weak suites at each version up to TLS 1.2
// (AP103) and the suites without forward secrecy at the server's best
// version up to TLS 1.2 (AP104), all enumerations at once.
func probeCiphers(ctx context.Context, t *probes.Target) []report.Check {
	weakIDs := suiteIDs(classWeak)
	noFSIDs := suiteIDs(classNoFS)
	n := len(weakSuiteVersions)
	es := inParallel(n+1, func(i int) enumeration {
		if i == n {
			return enumerate(ctx, t, versionTLS12, noFSIDs, false)
		}
		return enumerate(ctx, t, weakSuiteVersions[i], weakIDs, true)
	}, func(err error) enumeration { return enumeration{end: outcome{err: err}} })
	answered := false
	for _, e := range es {
		answered = answered || e.answered
	}
	return []report.Check{
		weakVerdict(t, es[:n], answered),
		forwardSecrecyVerdict(t, es[n], answered),
	}
}

func weakVerdict(t *probes.Target, es []enumeration, answered bool) report.Check {
	const rule = "AP103"
	ev := map[string]string{}
	versionsOf := map[uint16][]string{} // weak suite → versions it was accepted at
	var order []uint16
	var undecided []string
	var firstErr error
	for i, e := range es {
		v := weakSuiteVersions[i]
		ev["hello "+versionName(v)] = e.describe()
		for _, a := range e.accepted {
			if _, seen := versionsOf[a.id]; !seen {
				order = append(order, a.id)
			}
			versionsOf[a.id] = append(versionsOf[a.id], versionName(a.version))
		}
		if e.end.err != nil {
			undecided = append(undecided, versionName(v))
			if firstErr == nil {
				firstErr = e.end.err
			}
		}
	}
	var classesAccepted []string
	for _, wc := range weakClasses {
		var names []string
		for _, id := range order {
			if suiteByID[id].class&wc.class != 0 {
				names = append(names, suiteName(id))
			}
		}
		if len(names) > 0 {
			ev[wc.name] = "accepted: " + strings.Join(names, ", ")
			classesAccepted = append(classesAccepted, wc.name)
		} else {
			ev[wc.name] = "refused"
		}
	}
	for _, id := range order {
		ev[suiteName(id)] = classNames(suiteByID[id].class) + "; accepted at " + strings.Join(versionsOf[id], ", ")
	}
	switch {
	case len(order) > 0:
		msg := fmt.Sprintf("accepts %d weak cipher suite(s) (%s); remove them from the server's list", len(order), strings.Join(classesAccepted, ", "))
		if len(undecided) > 0 {
			msg += " (" + joinAnd(undecided) + " could not be tested)"
		}
		return t.Fail(rule, msg, ev)
	case len(undecided) > 0:
		return t.Result(rule, report.StatusError, fmt.Sprintf("could not test weak suites at %s: %v", joinAnd(undecided), firstErr), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	default:
		return t.Pass(rule, "refuses RC4, 3DES, DES, NULL, EXPORT and anonymous suites at every version up to TLS 1.2", ev)
	}
}

func forwardSecrecyVerdict(t *probes.Target, e enumeration, answered bool) report.Check {
	const rule = "AP104"
	ev := map[string]string{"hello TLS1.2 or lower": e.describe()}
	var names []string
	for _, a := range e.accepted {
		names = append(names, suiteName(a.id))
		ev[suiteName(a.id)] = "accepted at " + versionName(a.version)
	}
	switch {
	case len(names) > 0:
		return t.Warn(rule, "accepts key exchange without forward secrecy: "+strings.Join(names, ", ")+"; offer only ECDHE/DHE suites", ev)
	case e.end.err != nil:
		return t.Result(rule, report.StatusError, "could not test suites without forward secrecy: "+e.end.err.Error(), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	default:
		return t.Pass(rule, "refuses RSA key exchange and static (EC)DH suites", ev)
	}
}
