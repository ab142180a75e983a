package tlscheck

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

var (
	legacyVersions = []uint16{versionSSL2, versionSSL3, versionTLS10, versionTLS11}
	modernVersions = []uint16{versionTLS12, versionTLS13}
)

// probeVersions sends one hello per protocol version, all at once, each
// offering every suite the hello format allows so that the version alone
// decides. AP101 reports the legacy versions, AP102 the modern ones.
func probeVersions(ctx context.Context, t *probes.Target) []report.Check {
	all := append(append([]uint16{}, legacyVersions...), modernVersions...)
	name := serverName(t)
	outs := inParallel(len(all), func(i int) outcome {
		spec := helloSpec{version: all[i], suites: legacySuiteIDs, serverName: name}
		if spec.version == versionTLS13 {
			spec.suites = suiteIDs(classTLS13)
		}
		return tryHello(ctx, t, spec, true)
	}, func(err error) outcome { return outcome{err: err} })

	byVersion := map[uint16]outcome{}
	answered := false
	for i, o := range outs {
		o.offered = all[i]
		byVersion[all[i]] = o
		answered = answered || o.answered
	}
	// Servers that do not know SSLv2 at all may read its two-byte header
	// as the start of a longer record and wait: when the same server
	// answers TLS hellos, that silence is a refusal.
	if o := byVersion[versionSSL2]; errors.Is(o.err, errSilent) && answered {
		o.err = nil
		o.refusal = "no answer to an SSLv2 hello while TLS hellos are answered"
		byVersion[versionSSL2] = o
	}
	return []report.Check{
		legacyVerdict(t, byVersion, answered),
		modernVerdict(t, byVersion, answered),
	}
}

func legacyVerdict(t *probes.Target, byVersion map[uint16]outcome, answered bool) report.Check {
	const rule = "AP101"
	ev, accepted, undecided, firstErr := tally(legacyVersions, byVersion)
	switch {
	case len(accepted) > 0:
		msg := "accepts " + joinAnd(accepted) + "; accept only TLS 1.2 and 1.3"
		if len(undecided) > 0 {
			msg += " (" + joinAnd(undecided) + " could not be tested)"
		}
		return t.Fail(rule, msg, ev)
	case len(undecided) > 0:
		return t.Result(rule, report.StatusError, fmt.Sprintf("could not test %s: %v", joinAnd(undecided), firstErr), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	default:
		return t.Pass(rule, "refuses SSLv2, SSLv3, TLS 1.0 and TLS 1.1", ev)
	}
}

func modernVerdict(t *probes.Target, byVersion map[uint16]outcome, answered bool) report.Check {
	const rule = "AP102"
	ev, accepted, undecided, firstErr := tally(modernVersions, byVersion)
	switch {
	case len(accepted) > 0:
		return t.Pass(rule, "offers "+joinAnd(accepted), ev)
	case len(undecided) > 0:
		return t.Result(rule, report.StatusError, fmt.Sprintf("could not test %s: %v", joinAnd(undecided), firstErr), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	default:
		return t.Fail(rule, "offers neither TLS 1.2 nor TLS 1.3", ev)
	}
}

// tally sorts the outcomes for versions into accepted and undecided, and
// describes each as evidence keyed by version name.
func tally(versions []uint16, byVersion map[uint16]outcome) (ev map[string]string, accepted, undecided []string, firstErr error) {
	ev = map[string]string{}
	for _, v := range versions {
		o := byVersion[v]
		ev[versionName(v)] = o.describe()
		switch {
		case o.accepted:
			accepted = append(accepted, versionName(v))
		case o.err != nil:
			undecided = append(undecided, versionName(v))
			if firstErr == nil {
				firstErr = o.err
			}
		}
	}
	return ev, accepted, undecided, firstErr
}

// notTLSMessage: every hello was met by a bare close, so there is no sign
// that the port speaks TLS at all, and "refused everything" would mislead.
const notTLSMessage = "the server closed every connection without a TLS answer (no ServerHello, no alert): is this port a TLS service?"

// joinAnd joins names as "A, B and C".
func joinAnd(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
