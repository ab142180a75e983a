package tlscheck

import (
	"bytes"
	"context"
	"crypto/x509"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

// The --tls-profile checks (AP110–AP114) grade the server against one of
// Mozilla's Server Side TLS 5.7 configurations, the way sslyze's
// --mozilla_config does. Under the custom profile (the default) they skip
// and the checklist's own lines (AP101–AP109) are the only TLS grade.
var profileRules = []string{"AP110", "AP111", "AP112", "AP113", "AP114"}

func init() {
	probes.Register(&probes.Probe{
		Name:          "tls-profile",
		Area:          Area,
		Rules:         profileRules,
		NoVerifiedTLS: true,
		Run: func(ctx context.Context, t *probes.Target) []report.Check {
			// Without a profile the rules skip, even on plain HTTP (AP101
			// and the others already fail there).
			if _, ok := tlsProfiles[t.Thresholds.TLSProfileOrDefault()]; !ok {
				return skipProfile(t)
			}
			return overTLS(probeProfile, profileRules...)(ctx, t)
		},
	})
}

// tlsProfile is one Mozilla configuration.
type tlsProfile struct {
	name     string
	versions []uint16 // versions the profile allows
	suites   []uint16 // suites the profile allows (TLS 1.2 and 1.3)
}

// MaxCertLifespan is the longest certificate validity AP113 accepts (the
// CA/Browser Forum limit since 2020, which Mozilla's profiles assume).
const MaxCertLifespan = 398 * 24 * time.Hour

// mozillaTLS13Suites are the TLS 1.3 suites both profiles allow.
var mozillaTLS13Suites = []uint16{0x1301, 0x1302, 0x1303}

var tlsProfiles = map[string]tlsProfile{
	probes.TLSProfileMozillaIntermediate: {
		name:     probes.TLSProfileMozillaIntermediate,
		versions: []uint16{versionTLS12, versionTLS13},
		suites: append(slices.Clone(mozillaTLS13Suites),
			0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, // ECDHE AES-GCM and ChaCha20-Poly1305
			0x009E, 0x009F, 0xCCAA, // DHE-RSA AES-GCM and ChaCha20-Poly1305 (with ≥ 2048-bit groups)
		),
	},
	probes.TLSProfileMozillaModern: {
		name:     probes.TLSProfileMozillaModern,
		versions: []uint16{versionTLS13},
		suites:   slices.Clone(mozillaTLS13Suites),
	},
}

// profileVersions are the versions AP110 tests.
var profileVersions = []uint16{versionSSL2, versionSSL3, versionTLS10, versionTLS11, versionTLS12, versionTLS13}

// profileResults is everything one profile run learns.
type profileResults struct {
	versions map[uint16]outcome
	// suites: per version the profile allows, the suites outside the
	// profile offered at it (TLS 1.2 suites under modern are AP110's).
	suites  []enumeration
	kex     []kexTry
	certs   []*x509.Certificate
	certErr error
}

// kexTry is one hello of the key-exchange check and its answer.
type kexTry struct {
	label string
	spec  helloSpec
	out   outcome
	kex   *kexParams
}

func probeProfile(ctx context.Context, t *probes.Target) []report.Check {
	prof, ok := tlsProfiles[t.Thresholds.TLSProfileOrDefault()]
	if !ok {
		return skipProfile(t)
	}
	name := serverName(t)
	var r profileResults
	r.versions = map[uint16]outcome{}
	r.kex = kexTries(name)
	outside := func(v uint16) []uint16 {
		var ids []uint16
		for _, s := range suites {
			if (s.class&classTLS13 != 0) == (v == versionTLS13) && !slices.Contains(prof.suites, s.id) {
				ids = append(ids, s.id)
			}
		}
		return ids
	}
	var jobs []func()
	vouts := make([]outcome, len(profileVersions))
	for i, v := range profileVersions {
		jobs = append(jobs, func() {
			spec := helloSpec{version: v, suites: legacySuiteIDs, serverName: name}
			if v == versionTLS13 {
				spec.suites = suiteIDs(classTLS13)
			}
			vouts[i] = tryHello(ctx, t, spec, true)
		})
	}
	r.suites = make([]enumeration, len(prof.versions))
	for i, v := range prof.versions {
		jobs = append(jobs, func() { r.suites[i] = enumerate(ctx, t, v, outside(v), true) })
	}
	jobs = append(jobs, func() { r.certs, _, _, r.certErr = fetchChain(ctx, t) })
	for i := range r.kex {
		jobs = append(jobs, func() {
			k := &r.kex[i]
			a, params, err := exchangeKex(ctx, t, buildClientHello(k.spec))
			k.out = judge(k.spec, true, a, err)
			k.kex = params
		})
	}
	inParallel(len(jobs), func(i int) struct{} { jobs[i](); return struct{}{} }, func(error) struct{} { return struct{}{} })
	for i, v := range profileVersions {
		o := vouts[i]
		o.offered = v
		r.versions[v] = o
	}
	checks := []report.Check{
		profileVersionVerdict(t, prof, r),
		profileSuiteVerdict(t, prof, r),
		kexVerdict(t, prof, r.kex),
	}
	if r.certErr != nil || len(r.certs) == 0 {
		err := r.certErr
		if err == nil {
			err = fmt.Errorf("no certificate")
		}
		return append(checks,
			t.Error("AP113", fmt.Errorf("could not read the certificate: %w", err)),
			t.Error("AP114", fmt.Errorf("could not read the certificate: %w", err)))
	}
	base := leafEvidence(r.certs[0])
	base["tlsProfile"] = prof.name
	return append(checks, lifespanCheck(t, r.certs[0], base), sha1Check(t, r.certs, base))
}

func skipProfile(t *probes.Target) []report.Check {
	var cs []report.Check
	for _, id := range profileRules {
		cs = append(cs, t.Skip(id, "no --tls-profile (custom): the checklist's own TLS lines (AP101–AP109) apply; use mozilla-intermediate or mozilla-modern to grade against a Mozilla profile"))
	}
	return cs
}

// kexTries are the hellos of the key-exchange check: what the server picks
// for ECDHE, whether it agrees to a curve below 256 bits when offered
// nothing else, the size of its DHE group (offered no FFDHE group, as
// older clients do, so that the server's own parameters show), and the
// TLS 1.3 group.
func kexTries(name string) []kexTry {
	var ecdhe, dhe []uint16
	for _, s := range suites {
		if s.class&(classTLS13|classAnon|classNULL|classEXPORT) != 0 {
			continue
		}
		switch kexKind(s.id) {
		case "ECDHE":
			ecdhe = append(ecdhe, s.id)
		case "DHE":
			dhe = append(dhe, s.id)
		}
	}
	var ecGroups []uint16
	for _, g := range supportedGroups {
		if g < 0x0100 {
			ecGroups = append(ecGroups, g)
		}
	}
	return []kexTry{
		{label: "TLS1.2 ECDHE", spec: helloSpec{version: versionTLS12, suites: ecdhe, serverName: name}},
		{label: "TLS1.2 ECDHE, curves below 256 bits only", spec: helloSpec{version: versionTLS12, suites: ecdhe, serverName: name, groups: weakGroups}},
		{label: "TLS1.2 DHE", spec: helloSpec{version: versionTLS12, suites: dhe, serverName: name, groups: ecGroups}},
		{label: "TLS1.3", spec: helloSpec{version: versionTLS13, suites: suiteIDs(classTLS13), serverName: name}},
	}
}

func profileVersionVerdict(t *probes.Target, prof tlsProfile, r profileResults) report.Check {
	const rule = "AP110"
	ev, _, undecided, firstErr := tally(profileVersions, r.versions)
	ev["tlsProfile"] = prof.name
	var allowedNames []string
	for _, v := range prof.versions {
		allowedNames = append(allowedNames, versionName(v))
	}
	var outside, inside []string
	answered := false
	for _, v := range profileVersions {
		o := r.versions[v]
		answered = answered || o.answered
		if !o.accepted {
			continue
		}
		if slices.Contains(prof.versions, v) {
			inside = append(inside, versionName(v))
		} else {
			outside = append(outside, versionName(v))
		}
	}
	switch {
	case len(outside) > 0:
		return t.Fail(rule, fmt.Sprintf("accepts %s, which %s does not allow; accept only %s", joinAnd(outside), prof.name, joinAnd(allowedNames)), ev)
	case len(undecided) > 0:
		return t.Result(rule, report.StatusError, fmt.Sprintf("could not test %s: %v", joinAnd(undecided), firstErr), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	case len(inside) == 0:
		return t.Fail(rule, fmt.Sprintf("offers none of the versions %s allows (%s)", prof.name, joinAnd(allowedNames)), ev)
	default:
		return t.Pass(rule, fmt.Sprintf("accepts only %s, as %s allows", joinAnd(inside), prof.name), ev)
	}
}

func profileSuiteVerdict(t *probes.Target, prof tlsProfile, r profileResults) report.Check {
	const rule = "AP111"
	ev := map[string]string{"tlsProfile": prof.name}
	var names []string
	var undecided []string
	var firstErr error
	answered := false
	for _, e := range r.suites {
		ev["hello "+versionName(e.offered)+", suites outside the profile"] = e.describe()
		answered = answered || e.answered
		for _, a := range e.accepted {
			n := suiteName(a.id)
			if strings.Contains(n, "_CBC_") {
				n += " (CBC)"
			}
			names = append(names, n)
			ev[suiteName(a.id)] = "accepted at " + versionName(a.version)
		}
		if e.end.err != nil {
			undecided = append(undecided, versionName(e.offered))
			if firstErr == nil {
				firstErr = e.end.err
			}
		}
	}
	var allowed []string
	for _, id := range prof.suites {
		allowed = append(allowed, suiteName(id))
	}
	ev["allowed"] = strings.Join(allowed, ", ")
	switch {
	case len(names) > 0:
		return t.Fail(rule, fmt.Sprintf("accepts %d cipher suite(s) outside %s: %s; offer only its AEAD suites", len(names), prof.name, strings.Join(names, ", ")), ev)
	case len(undecided) > 0:
		return t.Result(rule, report.StatusError, fmt.Sprintf("could not test suites at %s: %v", joinAnd(undecided), firstErr), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	default:
		return t.Pass(rule, "refuses every cipher suite outside "+prof.name, ev)
	}
}

func kexVerdict(t *probes.Target, prof tlsProfile, tries []kexTry) report.Check {
	const rule = "AP112"
	ev := map[string]string{"tlsProfile": prof.name}
	var problems, seen []string
	var firstErr error
	answered := false
	for _, k := range tries {
		answered = answered || k.out.answered
		desc := k.out.describe()
		switch {
		case k.out.err != nil:
			if firstErr == nil {
				firstErr = fmt.Errorf("%s: %w", k.label, k.out.err)
			}
		case !k.out.accepted:
		case k.out.answer.group != 0:
			bits, known := groupBits(k.out.answer.group)
			desc += "; group " + groupName(k.out.answer.group)
			seen = append(seen, groupName(k.out.answer.group))
			if known && bits < 256 {
				problems = append(problems, fmt.Sprintf("%s: %s (%d bits)", k.label, groupName(k.out.answer.group), bits))
			}
		case k.kex != nil && k.kex.group != 0:
			bits, known := groupBits(k.kex.group)
			desc += "; curve " + groupName(k.kex.group)
			seen = append(seen, groupName(k.kex.group))
			if !known || bits < 256 {
				problems = append(problems, fmt.Sprintf("%s: curve %s (want ≥ 256 bits)", k.label, groupName(k.kex.group)))
			}
		case k.kex != nil && k.kex.dhBits != 0:
			desc += fmt.Sprintf("; DH group of %d bits", k.kex.dhBits)
			seen = append(seen, fmt.Sprintf("DH-%d", k.kex.dhBits))
			if k.kex.dhBits < 2048 {
				problems = append(problems, fmt.Sprintf("%s: DH group of %d bits (want ≥ 2048)", k.label, k.kex.dhBits))
			}
		}
		ev["hello "+k.label] = desc
	}
	switch {
	case len(problems) > 0:
		return t.Fail(rule, "weak key exchange: "+strings.Join(problems, "; ")+"; offer X25519, P-256 or P-384 (and ffdhe2048 or larger for DHE)", ev)
	case firstErr != nil:
		return t.Result(rule, report.StatusError, "could not test the key exchange: "+firstErr.Error(), ev)
	case !answered:
		return t.Result(rule, report.StatusError, notTLSMessage, ev)
	case len(seen) == 0:
		return t.Pass(rule, "no ECDHE or DHE key exchange below the profile's sizes was accepted", ev)
	default:
		return t.Pass(rule, "key exchange groups are large enough ("+strings.Join(slices.Compact(seen), ", ")+")", ev)
	}
}

// lifespanCheck (AP113): the leaf's validity period is at most
// MaxCertLifespan.
func lifespanCheck(t *probes.Target, leaf *x509.Certificate, base map[string]string) report.Check {
	const rule = "AP113"
	life := leaf.NotAfter.Sub(leaf.NotBefore)
	days := int(life.Hours() / 24)
	ev := with(base, "notBefore", leaf.NotBefore.UTC().Format(time.RFC3339), "lifespanDays", fmt.Sprint(days), "maxDays", fmt.Sprint(int(MaxCertLifespan.Hours()/24)))
	if life > MaxCertLifespan {
		return t.Fail(rule, fmt.Sprintf("the certificate is valid for %d days (%s to %s); %s allows at most 398: reissue a shorter one and automate renewal", days, day(leaf.NotBefore), day(leaf.NotAfter), base["tlsProfile"]), ev)
	}
	return t.Pass(rule, fmt.Sprintf("the certificate is valid for %d days (at most 398)", days), ev)
}

// weakSignature says whether a certificate signature algorithm uses SHA-1
// (or worse).
func weakSignature(alg x509.SignatureAlgorithm) bool {
	switch alg {
	case x509.SHA1WithRSA, x509.DSAWithSHA1, x509.ECDSAWithSHA1, x509.MD5WithRSA, x509.MD2WithRSA:
		return true
	}
	return false
}

// sha1Check (AP114): no presented certificate, except a self-signed root
// (whose signature nobody checks), is signed with SHA-1.
func sha1Check(t *probes.Target, certs []*x509.Certificate, base map[string]string) report.Check {
	const rule = "AP114"
	ev := with(base, "signature", certs[0].SignatureAlgorithm.String())
	var weak []string
	for i, c := range certs {
		if i > 0 {
			ev[fmt.Sprintf("cert[%d] signature", i)] = c.SignatureAlgorithm.String()
			if bytes.Equal(c.RawIssuer, c.RawSubject) {
				continue
			}
		}
		if weakSignature(c.SignatureAlgorithm) {
			weak = append(weak, fmt.Sprintf("%s is signed with %s", certLabel(i, c), c.SignatureAlgorithm))
		}
	}
	if len(weak) > 0 {
		return t.Fail(rule, strings.Join(weak, "; ")+"; reissue with a SHA-256 (or stronger) signature", ev)
	}
	return t.Pass(rule, "no presented certificate is signed with SHA-1 (leaf: "+certs[0].SignatureAlgorithm.String()+")", ev)
}
