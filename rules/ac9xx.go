package rules

// AC9xx: secrets in logs, error strings, mail and plaintext storage,
// produced by analyzers/secretflow. Every rule is high; the split follows
// where the secret goes (and, for storage, which checklist item it breaks).
func init() {
	const (
		source   = "secretflow"
		logs     = "logging.no-secrets"
		plain    = "passwords.no-plaintext"
		owaspLog = "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude"
		owaspPw  = "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"
		cwe532   = "CWE-532"
	)
	flow := " The analyzer reports a value because of where it goes: it follows the value from its source (a field, variable, form or header " +
		"lookup, or a function such as newToken) through assignments, fields, conversions, formatting and helper functions, also across packages, " +
		"and names the source in the message. IDs, prefixes, last characters, lengths, hashes and values passed through a redacting function are not reported."
	storageAPIs := []string{"database/sql", "github.com/jmoiron/sqlx", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4",
		"github.com/jackc/pgx/v5/pgxpool", "github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8", "os", "fmt", "io"}
	Register(
		Rule{
			ID: "AC901", Name: "secret-in-log", Checklist: logs, Severity: High, Source: source,
			Summary: "A password, token, API key, client secret, Authorization header, session cookie or reset token is written to a log.",
			Why: "Logs are copied to aggregators, backups, support tickets and developers' laptops, and are read by far more people than the credential " +
				"store; a credential in a log is a credential handed to all of them, valid until rotated. Loggers covered: log, log/slog, " +
				"fmt.Print* to stdout/stderr, zap, zerolog, logrus, klog, hclog." + flow,
			Fix: "Log a non-secret identifier instead: the user ID, the key's prefix or ID, the token's ID or the last four characters. " +
				"If a value must appear, log it through a function that redacts it, or give its type a String/LogValue method that does.",
			CWE: []string{cwe532}, ASVS: []string{"16.2.5"}, Links: []string{owaspLog},
		},
		Rule{
			ID: "AC902", Name: "secret-in-error", Checklist: logs, Severity: High, Source: source,
			Summary: "A password, token, API key or other credential is put into an error string (fmt.Errorf, errors.New).",
			Why: "Errors are logged, wrapped, returned to clients and shown in dashboards by code that has no idea they carry a credential; " +
				"\"invalid token %q\" puts the token everywhere the error goes." + flow,
			Fix: "Name the failure without the value (\"invalid token\", \"token for user 42 expired\"); attach a token ID or prefix if the error " +
				"must be traced.",
			CWE: []string{"CWE-209", cwe532}, ASVS: []string{"16.2.5"}, Links: []string{owaspLog},
		},
		Rule{
			ID: "AC903", Name: "struct-with-secret-logged", Checklist: logs, Severity: High, Source: source,
			Summary: "A struct with a password, token or key field is logged or formatted whole (%v, %+v, Print, slog.Any, zap.Any, zerolog Interface, logrus fields).",
			Why: "fmt prints every field of a struct, unexported ones included, and JSON-encoding loggers print every exported field: logging a " +
				"User, Config or request struct whole logs the secret field in it, however careful the rest of the code is. " +
				"Types with a String, Format, LogValue or MarshalJSON method are not reported: that method decides what is shown.",
			Fix: "Log the fields that identify the object (ID, e-mail, name), or give the type a LogValue/String method that redacts " +
				"the secret field, or tag it json:\"-\" when the logger encodes JSON.",
			CWE: []string{cwe532}, ASVS: []string{"16.2.5"}, Links: []string{owaspLog, "https://pkg.go.dev/log/slog#LogValuer"},
		},
		Rule{
			ID: "AC904", Name: "request-dump-logged", Checklist: logs, Severity: High, Source: source,
			Summary: "An httputil.DumpRequest or DumpRequestOut is written to a log.",
			Why: "A request dump holds the Authorization and Cookie headers (bearer tokens, session IDs, basic-auth passwords) and, with body=true, " +
				"the login or reset form with its password: debugging output that turns every logged request into a leaked credential.",
			Fix: "Log the method, path, status and request ID; if headers are needed, log an allowlist of harmless ones. Keep full dumps " +
				"behind a debug build tag, never in production logs.",
			CWE: []string{cwe532}, ASVS: []string{"16.2.5"}, Links: []string{owaspLog},
			APIs: []string{"net/http/httputil"},
		},
		Rule{
			ID: "AC905", Name: "password-mailed", Checklist: plain, Severity: High, Source: source,
			Summary: "A password (a temporary or initial password) is sent in an e-mail body.",
			Why: "E-mail is stored in clear on servers, in mailbox backups and on every device the user reads mail on, and is often forwarded; " +
				"a mailed password stays readable long after it should have been changed. Reset and verification links are fine and not reported: " +
				"they carry a one-time, expiring token, not the password.",
			Fix: "Mail a one-time set-password link (a random token stored hashed, expiring within 15 minutes) instead of a password, and let the " +
				"user choose the password on your site.",
			CWE: []string{"CWE-256", "CWE-319"}, ASVS: []string{"6.4.1"}, Links: []string{"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html"},
		},
		Rule{
			ID: "AC906", Name: "plaintext-password-stored", Checklist: plain, Severity: High, Source: source,
			Summary: "A password (not its hash) is written to a database, a cache or a file.",
			Why: "A plaintext password in storage is exposed by every SQL injection, backup leak or read replica, and users reuse passwords across sites. " +
				"Only a slow, salted hash may be stored. A variable or field that is ever assigned a hash is not reported, whatever its name." + flow,
			Fix: "Store argon2id (or scrypt, or bcrypt with cost ≥ 12) of the password and verify with the library's compare function.",
			CWE: []string{"CWE-256", "CWE-312"}, ASVS: []string{"11.4.2"}, Links: []string{owaspPw},
			APIs: storageAPIs,
		},
		Rule{
			ID: "AC907", Name: "plaintext-api-key-stored", Checklist: "apikeys.hashed", Severity: High, Source: source,
			Summary: "An API key (not its hash) is written to a database, a cache or a file.",
			Why: "Stored keys are live credentials: a read of the key table (SQL injection, backup, replica, support tool) hands out every customer's key. " +
				"API keys are random and high-entropy, so SHA-256 of the key is enough to make the table useless to a reader, and lookup by hash stays fast." + flow,
			Fix: "Store SHA-256 of the key (and a short, non-secret prefix for display), look keys up by their hash, and show the key only once, " +
				"in the response that creates it.",
			CWE: []string{"CWE-256", "CWE-522"}, ASVS: []string{"11.2.3"}, Links: []string{"https://cheatsheetseries.owasp.org/cheatsheets/REST_Security_Cheat_Sheet.html#api-keys"},
			APIs: storageAPIs,
		},
		Rule{
			ID: "AC908", Name: "plaintext-reset-token-stored", Checklist: "reset.token", Severity: High, Source: source,
			Summary: "A password-reset, verification or magic-link token (not its hash) is written to a database, a cache or a file.",
			Why: "A reset or magic-link token is a password for as long as it is valid: whoever reads the token table can take over the accounts " +
				"with pending resets or log in as them." + flow,
			Fix: "Store SHA-256 of the token, look it up by hash, and delete it on use or expiry; send the token itself only in the link.",
			CWE: []string{"CWE-640", "CWE-256"}, ASVS: []string{"11.5.1"}, Links: []string{"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html"},
			APIs: storageAPIs,
		},
		Rule{
			ID: "AC909", Name: "plaintext-refresh-token-stored", Checklist: "sessions.stored-hashed", Severity: High, Source: source,
			Summary: "A refresh token (not its hash) is written to a database, a cache or a file.",
			Why: "Refresh tokens are long-lived session credentials: a read of the token table hands out sessions that outlive password changes " +
				"until each token is revoked." + flow,
			Fix: "Store SHA-256 of the refresh token, look it up by hash, rotate it on each use and revoke the family on reuse.",
			CWE: []string{"CWE-522", "CWE-256"}, ASVS: []string{"7.2.4"}, Links: []string{"https://datatracker.ietf.org/doc/html/rfc9700#name-refresh-token-protection"},
			APIs: storageAPIs,
		},
	)
}
