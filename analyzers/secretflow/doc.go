// Package secretflow defines an Analyzer that reports secrets flowing into
// logs, error strings, mail bodies and plaintext storage.
//
// # Analyzer secretflow
//
// secretflow: report secrets that reach logs, errors, mail and storage
//
// Rules:
//
//	AC901 high  a secret reaches a log call (log, log/slog, fmt.Print* to stdout/stderr, zap, zerolog, logrus, klog, hclog)
//	AC902 high  a secret reaches an error string (fmt.Errorf, errors.New)
//	AC903 high  a struct with a secret field is logged or formatted whole (%v, %+v, %s, Print, slog.Any, zap.Any, zerolog Interface, logrus fields)
//	AC904 high  an httputil.DumpRequest is logged (Authorization and Cookie headers, and the body)
//	AC905 high  a password is mailed (a temporary or initial password; a reset link is fine)
//	AC906 high  a password is stored in plaintext (SQL INSERT/UPDATE, Redis, a file)
//	AC907 high  an API key is stored in plaintext
//	AC908 high  a reset, verification or magic-link token is stored in plaintext
//	AC909 high  a refresh token is stored in plaintext
//
// A value is reported because of where it goes: the sink (a logger, an
// error constructor, a mailer, a SQL write, a Redis write, a file write)
// is recognised by its API, and the value is followed back to a source
// through assignments, struct fields (written by assignment or by a
// literal), conversions, concatenation, fmt.Sprintf and string/bytes and
// encoding functions, function results and parameters. Sources are values
// named as secrets (identifiers, struct fields, map and form keys, header
// and environment-variable names, functions such as newToken or
// GetPassword), and APIs: r.BasicAuth's password, url.UserInfo.Password,
// term.ReadPassword, jwt SignedString, a session cookie's Value, r.Cookies(),
// r.Header.Get("Authorization"), httputil.DumpRequest. Each message names
// the source and its position: "token from newToken (tokens.go:14) logged
// here by log.Printf".
//
// Never reported: constants (hard-coded credentials are AC8xx); names of
// IDs, prefixes, last characters, lengths, hashes, expiries and other
// metadata (tokenID, keyPrefix, passwordHash); values passed through any
// function the analyzer does not know to preserve its text (mask, redact,
// sha256.Sum256, bcrypt): an unknown call ends the flow; short slices
// (s[:8], s[len(s)-4:]); a variable or field that is ever assigned a hash
// or ciphertext; values whose type has a String, Format, LogValue,
// MarshalJSON, MarshalLogObject or MarshalZerologObject method (the logger
// calls it); tokens and reset links in mail (only passwords are reported
// there); CSRF, page and parser tokens; session IDs used as the key of a
// server-side store (only stored values are checked, and the stored kinds
// are passwords, API keys, reset and refresh tokens); writing the new API
// key to its creation response (a response is not a sink); session IDs by
// name (an OIDC "sid" claim or a session row's ID is an identifier; the
// session cookie's value is followed by API instead); values of type error
// (their text is checked where it is built); packages for test support
// (testutil, fixtures, mocks, …), like _test.go files.
//
// Also recognised: a project's own logging package (a package named log,
// logger, logging, logs, …) with leveled functions (Printf, Infof, Errorw);
// json.Marshal of a struct with an exported secret field, which carries
// the field into whatever the JSON reaches (a Redis value, a log line).
// Helpers that put a parameter into an error string are not followed into
// other functions: library parsers quote their input in errors (strconv,
// asn1), and every caller would become a finding.
//
// Across functions and packages the analysis uses two object facts: a
// function that returns a secret (secretResult: newToken, or a getter
// returning cfg.APIKey), and a function whose parameters reach a sink
// (sinkParams: a logSecret(v) helper, also through other helpers). A
// helper whose parameter is itself named as a secret is reported inside the
// helper, once, rather than at each call.
//
// # Bounds
//
// Flags: -max-depth (default 10, at most 50) sets the flow depth below;
// -files=false stops reporting plaintext secrets written to files (for
// CLI tools that keep a credential file on purpose).
//
// Following a value back stops after maxDepth (10) steps of assignment,
// field, call or return, and after maxSteps (400) nodes per traced
// argument; helper summaries are iterated at most maxRounds (4) times per
// package; struct fields are searched two levels deep. Calls through
// interfaces and function values are not followed (no finding rather than
// a guess), reflection is not modelled, and calls in generated files
// (// Code generated … DO NOT EDIT.) are indexed but not reported. Every
// finding therefore has a source the message names.
//
// # Why not buildssa
//
// The flow is computed on the syntax tree with a flow-insensitive def-use
// index rather than on SSA (golang.org/x/tools/go/analysis/passes/buildssa).
// Measured with a multichecker over ./reference/... (254 packages with
// dependencies, all analysed because the analyzers carry facts; CPU time,
// one run each on a shared 2-core machine, 2026-12-03):
//
//	floor (inspect only, a no-op Run)   16.5 s user   1.84 GB peak RSS
//	buildssa alone (a no-op Run)        26.5 s user   2.86 GB peak RSS
//	secretflow (this analyzer)          15.3 s user   1.86 GB peak RSS
//
// Building SSA alone costs about 10 s of CPU (+60 %, ≈ 40 ms per package)
// and 1 GB more memory than the floor, while this analyzer is within the
// noise of the floor. SSA would make the flow sensitive to order and give
// phi nodes for free, but for this question order buys little (a secret
// logged on any path is a finding) and the AST index already follows
// fields, parameters and results. buildssa does not pay for itself here.
package secretflow

// Doc is the analyzer's documentation.
const Doc = `report secrets that reach logs, errors, mail and plaintext storage

Follows passwords, tokens, API keys, client secrets, Authorization headers,
session cookie values and reset tokens through assignments, fields, calls
and helper functions (also across packages, with facts) into log calls
(AC901), error strings (AC902), whole-struct formatting (AC903), logged
request dumps (AC904), mail bodies (AC905, passwords only) and plaintext
storage in SQL, Redis or files (AC906 passwords, AC907 API keys, AC908
reset tokens, AC909 refresh tokens).`
