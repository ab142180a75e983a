package rules

// AC8xx: randomness and key material (analyzer randomness; checklist
// items tokens.random and tokens.signing-keys).
func init() {
	randAPIs := []string{"math/rand", "math/rand/v2", "crypto/rand"}
	Register(
		Rule{
			ID:        "AC801",
			Name:      "secret-from-math-rand",
			Checklist: "tokens.random",
			Severity:  High,
			Source:    "randomness",
			Summary:   "A session ID, token, API key, reset token, nonce, OTP code, salt, password or CSRF token is made from math/rand.",
			Why: "math/rand (and math/rand/v2's non-cryptographic generators) is predictable: its state can be recovered from a few outputs, " +
				"and older code seeds it with the time, so an attacker can compute the tokens other users get and take over their sessions, " +
				"reset links or API access. The analyzer reports a math/rand value only when it flows into a secret (returned from a " +
				"generator named for one, assigned to such a variable, field or parameter, set as a cookie or put into a token link), so " +
				"jitter, backoff, sampling, shuffling and load balancing are not reported.",
			Fix:   "Use crypto/rand: rand.Text() (Go 1.24+, 26 base32 characters, 128 bits) or rand.Read into a 32-byte slice and encode it with base64.RawURLEncoding; for digits, crypto/rand.Int.",
			CWE:   []string{"CWE-338", "CWE-330"},
			ASVS:  []string{"7.2.3", "11.5.1"},
			Links: []string{"https://pkg.go.dev/crypto/rand#Text", "https://cwe.mitre.org/data/definitions/338.html"},
			APIs:  randAPIs,
		},
		Rule{
			ID:        "AC802",
			Name:      "secret-too-few-random-bytes",
			Checklist: "tokens.random",
			Severity:  Medium,
			Source:    "randomness",
			Summary:   "A token, session ID, API key, salt, password or CSRF token is made from fewer than 16 bytes of crypto/rand.",
			Why: "The checklist and ASVS ask for at least 128 bits of entropy in session IDs and tokens: fewer bits make online guessing " +
				"and offline search feasible, especially for long-lived tokens and API keys. OTP codes, PINs and AEAD nonces have sizes " +
				"fixed by their protocol and are not reported.",
			Fix:   "Read at least 16 bytes (32 is common) from crypto/rand, or use rand.Text().",
			CWE:   []string{"CWE-330", "CWE-331"},
			ASVS:  []string{"7.2.3"},
			Links: []string{"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#session-id-entropy"},
			APIs:  randAPIs,
		},
		Rule{
			ID:        "AC803",
			Name:      "hard-coded-credential",
			Checklist: "tokens.signing-keys",
			Severity:  High,
			Source:    "randomness",
			Summary:   "A string literal in the code is used as a credential: a password, API key, client secret or session/CSRF key.",
			Why: "A credential in the source is in every clone, every build artefact and every binary (strings(1) finds it), cannot be " +
				"rotated without a release, and is usually the same in every environment. The analyzer reports a literal only when it flows " +
				"into authentication: compared with a submitted password or key, passed to smtp.PlainAuth, SetBasicAuth or an Authorization " +
				"or API-key header, hashed as the password of an account the code creates, used as a gorilla/sessions, securecookie or " +
				"gorilla/csrf key, or set as ClientSecret/Password/APIKey in a third-party client config. However harmless the literal " +
				"looks (\"changeme\"), it is a finding; names of environment variables, headers and form fields, JSON tags and error " +
				"messages are not. JWT signing keys are reported by AC309.",
			Fix: "Read credentials from the environment or a secret store at start-up and refuse to start without them; generate initial admin passwords at random and force a change on first login.",
			CWE: []string{"CWE-798", "CWE-259"},
			// The sinks it follows literals into: HTTP requests and headers,
			// SMTP auth, OAuth2 client configs, cookie and CSRF keys.
			APIs: []string{"net/http", "net/smtp", "golang.org/x/oauth2", "github.com/gorilla/sessions",
				"github.com/gorilla/securecookie", "github.com/gorilla/csrf", "github.com/gin-gonic/gin",
				"github.com/labstack/echo/v4", "google.golang.org/grpc"},
			ASVS:  []string{"13.3.1"},
			Links: []string{"https://cwe.mitre.org/data/definitions/798.html", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html"},
		},
	)
}
