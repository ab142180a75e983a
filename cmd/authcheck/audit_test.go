package main

import (
	"encoding/pem"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAuditReference is the product's promise: the bundled reference server
// and its code pass every automated checklist item.
func TestAuditReference(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference server and scans the repository")
	}
	r := run(t, repoPath(t), "audit", "--reference", "--format", "json")
	rep := decodeReport(t, r.stdout)
	if r.code != 0 {
		t.Errorf("audit --reference: exit %d\n%s", r.code, r.stderr)
	}
	checklistOut := run(t, t.TempDir(), "checklist", "--format", "json")
	var items []struct {
		ID         string   `json:"id"`
		VerifiedBy []string `json:"verifiedBy"`
	}
	mustUnmarshal(t, checklistOut.stdout, &items)
	verdicts := map[string]string{}
	notes := map[string]string{}
	for _, e := range rep.Checklist {
		verdicts[e.ID], notes[e.ID] = e.Status, e.Note
	}
	for _, it := range items {
		v, ok := verdicts[it.ID]
		switch {
		case !ok:
			t.Errorf("checklist item %s is missing from the audit", it.ID)
		case len(it.VerifiedBy) == 0 && (v != "manual" || notes[it.ID] == ""):
			t.Errorf("%s has no rule: verdict %q, note %q; want manual with a reason", it.ID, v, notes[it.ID])
		case len(it.VerifiedBy) > 0 && v != "pass":
			t.Errorf("%s (%s) is %q on the reference server: %s", it.ID, strings.Join(it.VerifiedBy, ","), v, notes[it.ID])
		}
	}
	for _, c := range rep.Checks {
		if c["status"] == "fail" || c["status"] == "error" {
			t.Errorf("check %v %v on the reference server: %v", c["rule"], c["status"], c["message"])
		}
	}
}

// weakService is a deliberately misconfigured HTTPS service: no HSTS, a
// session cookie without HttpOnly/Secure/SameSite, CORS that echoes any
// origin with credentials, and a protected endpoint open to anyone.
func weakService(t *testing.T) (*httptest.Server, string) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s3cr3t-session-id", Path: "/"})
		w.Write([]byte(`{"ok":true}`))
	})
	mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Get("Origin"); o != "" {
			w.Header().Set("Access-Control-Allow-Origin", o)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		w.Write([]byte(`{"user":"anyone"}`))
	})
	srv := httptest.NewTLSServer(mux)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	ca := filepath.Join(dir, "ca.pem")
	os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: srv.Certificate().Raw}), 0o644)
	prof := filepath.Join(dir, "profile.yaml")
	os.WriteFile(prof, []byte(`baseURL: `+srv.URL+`
ca: ca.pem
serverName: example.com
endpoints:
  login: {method: POST, path: /login}
  me: {method: GET, path: /me}
accounts:
  - {username: a@example.test, password: "irrelevant passphrase"}
  - {username: b@example.test, password: "irrelevant passphrase"}
`), 0o644)
	return srv, prof
}

func TestAuditWeakServiceAndPackage(t *testing.T) {
	srv, prof := weakService(t)
	r := run(t, weakmod(t), "audit", "--target", srv.URL, "--profile", prof, "--only", "AP2,AP3,AP4,AP6", "--format", "json", "./...")
	if r.code != 1 {
		t.Fatalf("audit of a weak service and package: exit %d, want 1\n%s", r.code, r.stderr)
	}
	rep := decodeReport(t, r.stdout)
	verdict := map[string]string{}
	for _, e := range rep.Checklist {
		verdict[e.ID] = e.Status + ": " + e.Note
	}
	for _, item := range []string{"passwords.hashing", "tokens.constant-time-compare", "tokens.jwt-algorithm", "tokens.not-in-urls",
		"transport.hsts", "sessions.cookie-flags", "csrf.cors-allowlist", "authorization.default-deny"} {
		if !strings.HasPrefix(verdict[item], "fail") {
			t.Errorf("%s: %q, want fail", item, verdict[item])
		}
	}
	failed := map[string]bool{}
	for _, c := range rep.Checks {
		if c["status"] == "fail" {
			failed[c["rule"].(string)] = true
			if ev, _ := c["evidence"].(map[string]any); len(ev) == 0 {
				t.Errorf("failed check %v carries no evidence", c["rule"])
			}
		}
	}
	for _, rule := range []string{"AP201", "AP301", "AP302", "AP303", "AP401", "AP603"} {
		if !failed[rule] {
			t.Errorf("%s did not fail against the weak service; failed: %v", rule, failed)
		}
	}
	// The Markdown report names the failing items too.
	md := run(t, weakmod(t), "audit", "--target", srv.URL, "--profile", prof, "--only", "AP2,AP3", "--format", "markdown", "./store/...")
	for _, want := range []string{"transport.hsts", "passwords.hashing", "AP201"} {
		if !strings.Contains(md.stdout, want) {
			t.Errorf("markdown audit lacks %q", want)
		}
	}
}

func TestProbeUnreachableTarget(t *testing.T) {
	r := run(t, t.TempDir(), "probe", "--timeout", "1s", "https://127.0.0.1:1/")
	if r.code != 3 || !strings.Contains(r.stderr, "cannot reach") {
		t.Errorf("unreachable target: exit %d, stderr %q", r.code, r.stderr)
	}
}
