// Package secretcompare defines an Analyzer that reports secrets (tokens,
// API keys, MACs, signatures, CSRF tokens, OTP codes, password hashes)
// compared with operations whose running time depends on how many leading
// bytes match: ==, !=, bytes.Equal, strings.Compare, strings.EqualFold,
// reflect.DeepEqual, slices.Equal, bytes.Compare and switch statements.
//
// # Analyzer secretcompare
//
// secretcompare: report secrets compared in non-constant time
//
// An operand is a secret when its name says so (identifiers, struct fields,
// the called function or method, string keys of map indexes and of getters
// such as r.Header.Get("X-Api-Key")), or when, within the function, its value
// comes from an HMAC Sum, from a hash of a secret, from a password KDF, from
// the Authorization header or from r.BasicAuth's password, through local
// variables, slicing, conversions and string/bytes/encoding transforms.
//
// Plaintext passwords are secrets too (u.Password == password), and so are
// one-time codes ("pin" anywhere, "code" in a function named for OTP, MFA
// or verification).
//
// Not reported: identifiers (UUID types, names ending in ID, jti, kid,
// parameters of the URL path, except session IDs by name); each result of
// a multi-value call is classified on its own (clientID, clientSecret, err
// := …); comparisons whose operands both come from the request being
// served (a double-submit cookie against its header copy, a password
// against its confirmation); comparisons with constants, nil, "" or lengths; booleans;
// integers (a word-sized == is a single instruction with no early exit, so
// numeric OTP codes compared as integers do not leak; the same code compared
// as a string does); token types, counts and other metadata; values from
// lexers and parsers (go/token, go/scanner, go/ast, text/scanner,
// encoding/json, …); checksums and ETags computed from public data.
//
// Rules:
//
//   - AC201 (medium): a secret compared in non-constant time.
//   - AC202 (high): an HMAC or signature computed in the function compared in
//     non-constant time, the pattern of webhook and request-signature
//     checks, where the leak lets an attacker forge a valid MAC byte by byte.
//
// Where the rewrite is mechanical the diagnostic carries a suggested fix to
// subtle.ConstantTimeCompare (AC201) or hmac.Equal (AC202), adding the
// import when needed.
package secretcompare

// Doc is the analyzer's documentation.
const Doc = `report secrets compared in non-constant time

The secretcompare analyzer reports tokens, API keys, MACs, signatures, CSRF
tokens, OTP codes and password hashes compared with ==, !=, bytes.Equal,
bytes.Compare, strings.Compare, strings.EqualFold, reflect.DeepEqual,
slices.Equal or a switch statement. These return at the first differing
byte, so the time a comparison takes tells an attacker how much of a guess
was right, and a secret can be recovered one byte at a time.

Secrets are recognised by name (identifiers, fields, called functions, map
keys and header names such as "Authorization" or "X-Hub-Signature-256") and
by data flow within a function: HMAC Sum outputs, hashes of secrets,
password KDF outputs, the Authorization header and the BasicAuth password,
followed through local variables, slicing, conversions and string, bytes,
hex and base64 transforms.

AC201 (medium) reports a secret compared in non-constant time; AC202 (high)
reports an HMAC or signature computed in the function, as in webhook
signature checks. Use subtle.ConstantTimeCompare(a, b) == 1 or hmac.Equal(a, b).`
