// Package pwhash defines an Analyzer that checks how passwords are hashed:
// fast hashes applied to passwords, and password-hashing functions
// (bcrypt, Argon2, scrypt, PBKDF2) configured below the checklist's and
// OWASP's parameters.
//
// # Analyzer pwhash
//
// pwhash: check password hashing algorithms and parameters
//
// Rules (checklist item passwords.hashing):
//
//	AC101 high    a password reaches a fast hash (MD5, SHA-1, SHA-2, SHA-3, BLAKE2, HMAC, HKDF)
//	AC102 high    bcrypt cost below -bcrypt-weak-cost (10)
//	AC103 medium  bcrypt cost below -bcrypt-min-cost (12)
//	AC104 low     argon2.Key (Argon2i) where argon2.IDKey (Argon2id) is meant; suggested fix
//	AC105 high    Argon2 memory below -argon2-weak-ratio (½) of OWASP's line for its t
//	AC106 medium  Argon2 memory/time below OWASP's line (-argon2-line)
//	AC107 high    scrypt N below -scrypt-weak-n (2^15)
//	AC108 medium  scrypt N below -scrypt-min-n (2^17)
//	AC109 high    PBKDF2 iterations below -pbkdf2-weak-ratio (¼) of the line for its hash
//	AC110 medium  PBKDF2 iterations below the line (-pbkdf2-sha256-min-iter, …)
//
// Whether a value is a password is decided by name (secretname.IsPassword)
// on the identifiers, struct fields, form keys and getter names it comes
// from, followed through conversions, concatenation, string and encoding
// functions, and local and package variables; a named type (type Password
// string) names its values too. SHA-256 of a token or API key is therefore
// not reported. Two uses of a fast hash on a password are not storage and
// are not reported either: pre-hashing, where the digest flows into bcrypt,
// Argon2, scrypt or PBKDF2 in the same function (to get past bcrypt's 72
// bytes), and k-anonymity breach checks (Have I Been Pwned's range API),
// where the digest is cut into a short prefix [:k] (k ≤ 8) and the suffix
// [k:] is used as well, or the function, its receiver or its package is
// named for the purpose (breach, pwned, HIBP, compromised, leaked).
//
// A function whose parameter reaches a fast hash is recorded with an object
// fact, so passing a password to it is reported at the call site, in the
// same package or another one; the hash inside the helper is also reported
// when the helper's name says it handles passwords (HashPassword,
// checkPassword, …) or its parameter is named like one.
//
// Parameter checks apply to every bcrypt, Argon2, scrypt and PBKDF2 call,
// whatever the input's name: these functions are password hashing by
// construction. Parameters are resolved through constants, named constants,
// arithmetic, conversions, variables and struct fields assigned exactly
// once, and struct literals (including argon2id.Params). Values that cannot
// be resolved are not reported.
package pwhash

// Doc is the analyzer's documentation.
const Doc = `check password hashing algorithms and parameters

Reports passwords hashed with fast hashes (MD5, SHA-1, SHA-2, SHA-3, BLAKE2,
plain HMAC), directly or through helper functions in any package (AC101);
bcrypt costs below 12 (AC102, AC103); argon2.Key (Argon2i) instead of
argon2.IDKey (AC104); Argon2 memory/time below OWASP's line (AC105, AC106);
scrypt N below 2^17 (AC107, AC108); and PBKDF2 iteration counts below
OWASP's minimum for the hash (AC109, AC110). Each threshold is a flag.`
