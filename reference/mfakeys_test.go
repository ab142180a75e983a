package reference

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMFAKeysAtRest(t *testing.T) {
	dir := t.TempDir()
	k1, err := loadMFAKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(filepath.Join(dir, mfaKeyFile))
	if err != nil || info.Mode().Perm() != 0o600 || info.Size() != 32 {
		t.Fatalf("key file: %v %v", info, err)
	}
	secret := []byte("0123456789abcdefghij")
	enc, err := k1.seal(7, secret)
	if err != nil || bytes.Contains(enc, secret) {
		t.Fatalf("seal: %x %v", enc, err)
	}
	// A restart reads the same key; the ciphertext is bound to its account.
	k2, err := loadMFAKeys(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := k2.open(7, enc); err != nil || !bytes.Equal(got, secret) {
		t.Fatalf("open after reload: %q %v", got, err)
	}
	if _, err := k2.open(8, enc); err == nil {
		t.Fatal("a secret moved to another account decrypted")
	}
	for _, bad := range [][]byte{nil, {1}, {2, 0, 0}, append([]byte{1}, enc[1:len(enc)-1]...)} {
		if _, err := k2.open(7, bad); err == nil {
			t.Fatalf("malformed ciphertext %x opened", bad)
		}
	}
	if !bytes.Equal(k1.recoveryDigest(7, "ABCD"), k2.recoveryDigest(7, "ABCD")) || bytes.Equal(k1.recoveryDigest(7, "ABCD"), k1.recoveryDigest(8, "ABCD")) {
		t.Fatal("recovery digests must be stable and per account")
	}
	// A damaged key file is refused, never replaced.
	if err := os.WriteFile(filepath.Join(dir, mfaKeyFile), []byte("short"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadMFAKeys(dir); err == nil || !strings.Contains(err.Error(), "32 bytes") {
		t.Fatalf("short key: %v", err)
	}
	codes, digests, err := k1.newRecoveryCodes(7)
	if err != nil || len(codes) != recoveryCodeCount || len(digests) != recoveryCodeCount {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i, c := range codes {
		n := normalizeRecoveryCode(c)
		if len(c) != 19 || n == "" || seen[n] || !bytes.Equal(k1.recoveryDigest(7, n), digests[i]) {
			t.Fatalf("code %q", c)
		}
		seen[n] = true
		if normalizeRecoveryCode(strings.ToLower(c)) != n || normalizeRecoveryCode(strings.ReplaceAll(c, "-", " ")) != n {
			t.Fatalf("normalisation of %q", c)
		}
	}
	for _, bad := range []string{"", "AAAA-AAAA-AAAA-AAA", "AAAA-AAAA-AAAA-AAAA-A", "AAAA-AAAA-AAAA-AAA0", "AAAA-AAAA-AAAA-AAAÄ", strings.Repeat("A", 100)} {
		if normalizeRecoveryCode(bad) != "" {
			t.Errorf("%q accepted", bad)
		}
	}
}
