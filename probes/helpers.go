package probes

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/authcheck/authcheck/probes/profile"
	"github.com/authcheck/authcheck/report"
)

// LoginAccount is the account for probes that log in without changing
// anything: the first one not marked burnable, else the first. ok is false
// when there is no profile or it lists no account.
func LoginAccount(p *profile.Profile) (acct profile.Account, ok bool) {
	if p == nil {
		return profile.Account{}, false
	}
	for _, a := range p.Accounts {
		if !a.Burnable {
			return a, true
		}
	}
	return p.Account(0)
}

// Evidence builds an evidence map from key, value pairs, leaving out empty
// values (so that callers can pass optional facts unconditionally). A
// trailing key without a value is ignored.
func Evidence(kv ...string) map[string]string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			m[kv[i]] = kv[i+1]
		}
	}
	return m
}

// RandomHex returns n random bytes in hex: names, paths and origins no
// target can have prepared for.
func RandomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b)
}

// Truncate shortens s to at most n bytes, marking a cut with "…", for
// messages and evidence.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// SkipAll reports the same skip reason for every rule in ids.
func SkipAll(t *Target, reason string, ids ...string) []report.Check {
	out := make([]report.Check, 0, len(ids))
	for _, id := range ids {
		out = append(out, t.Skip(id, reason))
	}
	return out
}
