package tlscheck

import (
	"bytes"
	"context"
	"crypto/dsa" //nolint:staticcheck // only to recognise (and flag) DSA keys
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/report"
)

var certRules = []string{"AP105", "AP106", "AP107", "AP108", "AP109"}

// probeCertificate fetches the chain with one crypto/tls handshake and
// checks it failure by failure.
func probeCertificate(ctx context.Context, t *probes.Target) []report.Check {
	certs, version, herr, err := fetchChain(ctx, t)
	if err != nil {
		var cs []report.Check
		for _, id := range certRules {
			cs = append(cs, t.Error(id, fmt.Errorf("could not read the certificate: %w", err)))
		}
		return cs
	}
	now := time.Now()
	base := leafEvidence(certs[0])
	base["protocol"] = versionName(version)
	if herr != nil {
		base["handshake"] = "failed after the certificate arrived: " + herr.Error()
	}
	return []report.Check{
		chainCheck(t, certs, now, base),
		hostnameCheck(t, certs[0], base),
		validityCheck(t, certs, now, base),
		expirySoonCheck(t, certs, now, base),
		keyCheck(t, certs, base),
	}
}

// fetchChain runs a full handshake that accepts any certificate: the
// checks below verify it themselves, one property at a time. Legacy
// versions and suites are allowed so that the certificate of a badly
// configured server can be read too. handshakeErr reports a handshake
// that failed after the chain arrived.
func fetchChain(ctx context.Context, t *probes.Target) (certs []*x509.Certificate, version uint16, handshakeErr, err error) {
	conn, err := t.DialTCP(ctx)
	if err != nil {
		return nil, 0, nil, fmt.Errorf("connect to %s: %w", t.Host(), err)
	}
	defer conn.Close()
	cfg := t.TLSConfig()
	cfg.InsecureSkipVerify = true // verified by hand, failure by failure, in the checks below
	//authcheck:ignore AC601 -- the probe grades legacy servers, so it must be able to talk to them
	cfg.MinVersion = tls.VersionTLS10
	for _, s := range tls.CipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID)
	}
	for _, s := range tls.InsecureCipherSuites() {
		cfg.CipherSuites = append(cfg.CipherSuites, s.ID)
	}
	// Keep the chain even if the handshake fails after it arrived (a
	// server that demands a client certificate, in TLS 1.2).
	var raw [][]byte
	cfg.VerifyPeerCertificate = func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
		raw = rawCerts
		return nil
	}
	tc := tls.Client(conn, cfg)
	herr := tc.HandshakeContext(ctx)
	if herr != nil && len(raw) == 0 {
		return nil, 0, nil, fmt.Errorf("TLS handshake: %w", herr)
	}
	if len(raw) == 0 {
		return nil, 0, nil, errors.New("the server sent no certificate")
	}
	for i, der := range raw {
		c, err := x509.ParseCertificate(der)
		if err != nil {
			return nil, 0, nil, fmt.Errorf("certificate %d of the chain does not parse: %w", i, err)
		}
		certs = append(certs, c)
	}
	return certs, tc.ConnectionState().Version, herr, nil
}

func leafEvidence(leaf *x509.Certificate) map[string]string {
	key, _ := describeKey(leaf.PublicKey)
	sum := sha256.Sum256(leaf.Raw)
	return map[string]string{
		"subject":  leaf.Subject.String(),
		"issuer":   leaf.Issuer.String(),
		"notAfter": leaf.NotAfter.UTC().Format(time.RFC3339),
		"key":      key,
		"sha256":   fmt.Sprintf("%x", sum),
	}
}

func with(base map[string]string, kv ...string) map[string]string {
	ev := make(map[string]string, len(base)+len(kv)/2)
	for k, v := range base {
		ev[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		ev[kv[i]] = kv[i+1]
	}
	return ev
}

// chainCheck (AP105) verifies the chain against the target's roots at a
// moment inside the leaf's validity period, so that an expired leaf is
// AP107's finding and not this one's.
func chainCheck(t *probes.Target, certs []*x509.Certificate, now time.Time, base map[string]string) report.Check {
	const rule = "AP105"
	leaf := certs[0]
	// Outside the leaf's validity, verify as of its nearest end, then as
	// of its start (an issuer that expired before the leaf did).
	moments := []time.Time{now}
	if now.Before(leaf.NotBefore) || now.After(leaf.NotAfter) {
		moments = []time.Time{leaf.NotAfter, leaf.NotBefore}
		if now.Before(leaf.NotBefore) {
			moments[0], moments[1] = moments[1], moments[0]
		}
	}
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	roots := "system roots"
	if t.Roots != nil {
		roots = "system roots and the CA from --ca / the profile"
	}
	ev := with(base, "roots", roots, "presented", fmt.Sprintf("%d certificate(s)", len(certs)))
	var firstErr error
	for _, at := range moments {
		chains, err := leaf.Verify(x509.VerifyOptions{
			Roots:         t.Roots,
			Intermediates: inter,
			CurrentTime:   at,
			KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		})
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		var path []string
		for _, c := range chains[0] {
			path = append(path, c.Subject.String())
		}
		ev["chain"] = strings.Join(path, " → ")
		if !at.Equal(now) {
			ev["verifiedAsOf"] = at.UTC().Format(time.RFC3339) + " (outside the validity period now: see AP107)"
		}
		return t.Pass(rule, "the chain verifies against the "+roots, ev)
	}
	return t.Fail(rule, describeChainError(leaf, firstErr), with(ev, "error", firstErr.Error()))
}

func describeChainError(leaf *x509.Certificate, err error) string {
	var unknown x509.UnknownAuthorityError
	if errors.As(err, &unknown) {
		if bytes.Equal(leaf.RawIssuer, leaf.RawSubject) && leaf.CheckSignature(leaf.SignatureAlgorithm, leaf.RawTBSCertificate, leaf.Signature) == nil {
			return "the certificate is self-signed and not trusted; use one from a trusted CA (or pass a private CA with --ca)"
		}
		return fmt.Sprintf("the chain does not lead to a trusted root (issuer %q unknown: a private CA needs --ca, a public one its intermediates served)", leaf.Issuer.String())
	}
	return "the chain does not verify: " + err.Error()
}

// hostnameCheck (AP106) matches the leaf against the name the target was
// reached by (or the profile's serverName).
func hostnameCheck(t *probes.Target, leaf *x509.Certificate, base map[string]string) report.Check {
	const rule = "AP106"
	name := serverName(t)
	var ips []string
	for _, ip := range leaf.IPAddresses {
		ips = append(ips, ip.String())
	}
	ev := with(base, "serverName", name, "dnsNames", strings.Join(leaf.DNSNames, ", "), "ipAddresses", strings.Join(ips, ", "))
	if err := leaf.VerifyHostname(name); err != nil {
		return t.Fail(rule, fmt.Sprintf("the certificate does not cover %q: %v", name, err), ev)
	}
	return t.Pass(rule, fmt.Sprintf("the certificate covers %q", name), ev)
}

// validityCheck (AP107) checks every certificate the server presents.
func validityCheck(t *probes.Target, certs []*x509.Certificate, now time.Time, base map[string]string) report.Check {
	const rule = "AP107"
	ev := with(base, "notBefore", certs[0].NotBefore.UTC().Format(time.RFC3339))
	var problems []string
	for i, c := range certs {
		switch {
		case now.After(c.NotAfter):
			problems = append(problems, fmt.Sprintf("%s expired on %s (%d days ago)", certLabel(i, c), day(c.NotAfter), int(now.Sub(c.NotAfter).Hours()/24)))
		case now.Before(c.NotBefore):
			problems = append(problems, fmt.Sprintf("%s is not valid before %s", certLabel(i, c), day(c.NotBefore)))
		}
		if i > 0 {
			ev[fmt.Sprintf("cert[%d] validity", i)] = day(c.NotBefore) + " to " + day(c.NotAfter)
		}
	}
	if len(problems) > 0 {
		return t.Fail(rule, strings.Join(problems, "; "), ev)
	}
	return t.Pass(rule, fmt.Sprintf("every presented certificate is within its validity period (leaf until %s)", day(certs[0].NotAfter)), ev)
}

// expirySoonCheck (AP108) warns when the first presented certificate to
// expire does so within the target's CertExpiryWarning threshold.
func expirySoonCheck(t *probes.Target, certs []*x509.Certificate, now time.Time, base map[string]string) report.Check {
	const rule = "AP108"
	soonest := 0
	for i, c := range certs {
		if now.After(c.NotAfter) || now.Before(c.NotBefore) {
			return t.Skip(rule, "a presented certificate is expired or not yet valid (see AP107)")
		}
		if c.NotAfter.Before(certs[soonest].NotAfter) {
			soonest = i
		}
	}
	c := certs[soonest]
	left := c.NotAfter.Sub(now)
	days := int(left.Hours() / 24)
	threshold := t.Thresholds.CertExpiryWarningOrDefault()
	ev := with(base, "daysLeft", fmt.Sprint(days), "warnBelowDays", fmt.Sprint(int(threshold.Hours()/24)))
	if left < threshold {
		return t.Warn(rule, fmt.Sprintf("%s expires in %d days (%s); renew it and automate renewal", certLabel(soonest, c), days, day(c.NotAfter)), ev)
	}
	return t.Pass(rule, fmt.Sprintf("%s expires in %d days", certLabel(soonest, c), days), ev)
}

// keyCheck (AP109) checks the key of every presented certificate.
func keyCheck(t *probes.Target, certs []*x509.Certificate, base map[string]string) report.Check {
	const rule = "AP109"
	ev := with(base)
	var weak []string
	for i, c := range certs {
		desc, ok := describeKey(c.PublicKey)
		if i > 0 {
			ev[fmt.Sprintf("cert[%d] key", i)] = desc
		}
		if !ok {
			weak = append(weak, certLabel(i, c)+" has a "+desc+" key")
		}
	}
	if len(weak) > 0 {
		return t.Fail(rule, strings.Join(weak, "; ")+" (want RSA ≥ 2048 bits or EC ≥ 256 bits)", ev)
	}
	return t.Pass(rule, "every presented key is strong (leaf: "+base["key"]+")", ev)
}

// describeKey names a public key's type and size and says whether it is
// strong enough: RSA ≥ 2048 bits, EC ≥ 256 bits, Ed25519. DSA is weak
// whatever its size.
func describeKey(pub any) (string, bool) {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		return fmt.Sprintf("RSA %d", k.N.BitLen()), k.N.BitLen() >= 2048
	case *ecdsa.PublicKey:
		bits := k.Curve.Params().BitSize
		return fmt.Sprintf("ECDSA %d (%s)", bits, k.Curve.Params().Name), bits >= 256
	case ed25519.PublicKey:
		return "Ed25519", true
	case *dsa.PublicKey:
		return fmt.Sprintf("DSA %d", k.P.BitLen()), false
	default:
		return fmt.Sprintf("%T", pub), true
	}
}

func certLabel(i int, c *x509.Certificate) string {
	if i == 0 {
		return "the certificate"
	}
	return fmt.Sprintf("intermediate %q", c.Subject.String())
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }
