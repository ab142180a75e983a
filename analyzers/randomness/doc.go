// Package randomness defines an Analyzer that checks where secrets come
// from: tokens, session IDs, API keys, salts, nonces, OTP codes, passwords
// and CSRF tokens made from math/rand, or from too few bytes of
// crypto/rand, and credentials written into the source as string literals
// that flow into authentication.
//
// # Rules
//
//	AC801 (high)    math/rand or math/rand/v2 output becomes a secret.
//	AC802 (medium)  a crypto/rand read of fewer than 16 bytes becomes a
//	                token, session ID, API key, salt, password or CSRF
//	                token (OTP codes, PINs and nonces are short by design
//	                and are not reported).
//	AC803 (high)    a non-empty string literal is used as a credential:
//	                compared with a submitted password or key, passed to
//	                smtp.PlainAuth, SetBasicAuth or an Authorization / API
//	                key header, hashed or stored as the password of an
//	                account the code creates, used as a gorilla/sessions,
//	                securecookie or gorilla/csrf key, or written into a
//	                third-party client's config (ClientSecret, Password,
//	                APIKey, …).
//
// A value is a secret because of where it goes, not because of its name
// alone: it is returned from a function named for a secret (newToken,
// generateSessionID, randomPassword), assigned to a variable or field so
// named, passed to a parameter so named (of any package: parameter names
// come from the callee's signature), set as a cookie value, or written
// after "token=", "reset" or "key=" in a URL. math/rand used for jitter,
// backoff, sampling, shuffling, load balancing or display never reaches
// such a place and is not reported; neither are uuid.New() request IDs.
//
// # Flow and its limits
//
// Values are followed, within one package, through assignments (x := …,
// x = …, x += …, b[i] = …), struct fields, slices and indexing
// (letters[rand.Intn(n)]), conversions, string building (+, fmt.Sprint*,
// strings.Builder and bytes.Buffer writes), encoders (hex, base64,
// base32, strconv), hashes (sha256, …), arguments into the parameters of
// the package's functions, and results out of them. The propagation
// makes at most four passes over the package in source order: a flow that
// runs forward through the file is followed to any length in one pass,
// but one that goes backwards (a use above the function that produces
// the value) more than four times is not (a documented recall limit that
// keeps the work linear in the package size whatever the call graph,
// recursion included). Expressions are followed at most eight levels
// deep.
// Literals are resolved through constants and through variables whose
// every assignment in the package is a literal, at most four steps deep.
//
// Not reported: environment-variable and header names, form-field names,
// JSON tags, error messages, empty strings, sentinel values compared with
// a token ("null", "undefined"), a config value compared with a default in
// order to refuse it, numeric constants such as MinPasswordLength, and JWT
// signing keys (AC309 in jwtcheck). Packages named like test helpers
// (…test, testutil, mock, fake) are skipped.
package randomness

// Doc is the analyzer's documentation, shown by go vet help and authcheck
// explain.
const Doc = `report secrets made from math/rand or too few random bytes, and hard-coded credentials

AC801 reports math/rand or math/rand/v2 output that becomes a session ID,
token, API key, reset token, nonce, OTP code, salt, password or CSRF
token: returned from a generator named for a secret, assigned to a
variable, field or parameter so named, set as a cookie value, or put into
a token or reset link. The message shows the path ("math/rand value from
randString (util.go:14) becomes sessionID"). Jitter, backoff, sampling,
shuffling and load balancing never reach such a place.

AC802 reports crypto/rand reads of fewer than 16 bytes (make([]byte, 8),
[8]byte) that become such a secret; 16 bytes (128 bits) is the minimum.
OTP codes, PINs and nonces are short by design and are not reported.

AC803 reports a non-empty string literal that flows into authentication:
compared with a submitted password or key, smtp.PlainAuth, SetBasicAuth,
an Authorization or API-key header, bcrypt/argon2 hashing or the password
of a created account, gorilla/sessions, securecookie and gorilla/csrf
keys, and ClientSecret/Password/APIKey fields of third-party client
configs. JWT signing keys are AC309 (jwtcheck).

Values are followed within the package through assignments, fields,
parameters and results, for at most four rounds (see the package doc).`
