// Package jwtcheck defines an Analyzer that checks how JSON Web Tokens are
// verified and issued: accepted algorithms, unverified parsing, unchecked
// parse errors, claim validation, access-token lifetime and hard-coded
// signing keys.
//
// It understands github.com/golang-jwt/jwt/v5 (fully), golang-jwt/jwt/v4
// and github.com/dgrijalva/jwt-go (v3 API), and the main parse,
// claim-validation, "none" and key APIs of github.com/lestrrat-go/jwx (v2
// and v3: jwt, jwk) and github.com/go-jose/go-jose (v3, v4). See Doc for
// the rules and their limits.
package jwtcheck

// Doc is the analyzer's documentation, shown by `go vet help jwtcheck` and
// `authcheck explain`.
const Doc = `check JWT verification and issuance

jwtcheck reports these problems (rule IDs in brackets):

[AC301] The "none" algorithm: any use of jwt.SigningMethodNone (signing
with it, registering it) other than comparing a token's method with it to
reject it, any use of jwt.UnsafeAllowNoneSignatureType, "none" in a list
of valid methods, jwx's jwa.NoSignature and jwt.WithInsecureNoSignature().

[AC302] A golang-jwt Parse, ParseWithClaims, Parser method or
request.ParseFromRequest whose parser has no jwt.WithValidMethods (v3/v4:
Parser.ValidMethods) and whose keyfunc
never looks at the algorithm (a type assertion or type switch on
token.Method, a comparison of token.Method, token.Method.Alg() or
token.Header["alg"]). The keyfunc is followed when it is a function
literal, a function or method of the same package, a variable assigned
only such values, or a same-package call returning one; a keyfunc that
cannot be resolved (a parameter, a JWKS client from another module), or
that hands the token to such code, is assumed to check, and nothing is
reported. Likewise a Parser whose construction cannot be traced (injected
from another package, options built by a helper) is assumed to be
configured. Parsers are traced through variables, struct fields and
same-package constructor functions to their jwt.NewParser call, Parser
literal or new(jwt.Parser).

[AC303] Unverified parsing — golang-jwt Parser.ParseUnverified, jwx
jwt.ParseInsecure or jwt.Parse(..., jwt.WithVerify(false)), go-jose
UnsafeClaimsWithoutVerification / UnsafePayloadWithoutVerification — whose
claims are used as identity. Within the enclosing function the token and
claims are followed through assignments, type assertions, field and map
reads and calls; it is a finding when they reach a return value, a context
value (context.WithValue), a struct field, map entry or struct literal, or
when the subject ("sub", Subject, GetSubject) is read other than for
logging. Reads of the header (kid, alg), of iss, aud, exp, nbf, iat and
jti, logging, presence checks (sub != "", len(aud) == 0), uses inside a
keyfunc literal, and values returned from a keyfunc do not count: looking
at kid, iss or a tenant claim to choose the verification key is what
unverified parsing is for. When an unverified value reaches the key of a
verifying parse in the same function (iss and sub select a client whose
keys then verify the token), reading the subject and passing looked-up
values on are key selection and not reported. A variable passed as the
claims of a later verifying parse holds verified claims from there on, and
uses of it before that parse (a wrapper that fills the claims for its
keyfunc, then verifies them in place) are not reported. Decoding a token
the same code has just signed (SignedString, Serialize, jwx Sign) is not
reported either. Calls into the same
package are followed; values passed to other packages come back tainted
(a user looked up by an unverified ID), except a whole *jwt.Token.
Comparisons of other claims in if conditions are not reported.

[AC304] A verifying parse whose error is discarded (assigned to _ or the
call used as a statement), or whose token or claims are used in a
statement before any statement reads the error or token.Valid. In
golang-jwt every generation fills the claims even when verification fails,
so using them unchecked trusts forged tokens. A statement that both uses
the token and reads the error (return tok, err; if c, ok := ...; ok &&
tok.Valid) counts as checking; nil comparisons and printing or logging the
token do not count as use. An "if err != nil { … }" whose body only logs
(no return, no else; log.Fatal and Panic stop) does not count as a check:
the error is reported as only logged when the claims are used after it.
Only the statements after the parse in the same block are examined, in
source order; other error branches are assumed to stop the request.

[AC305, AC306, AC307] golang-jwt v5 parsing without jwt.WithIssuer, without
jwt.WithAudience (or WithAllAudiences), or without
jwt.WithExpirationRequired (v5 checks exp only when the token carries
one); options of a jwt.NewValidator in the same function (its keyfunc
included) count. Reported at the package-level Parse/ParseWithClaims or
request.ParseFromRequest call, or at the jwt.NewParser call whose parser
is used to verify (a parser used only for ParseUnverified is not
reported; one whose uses cannot be found is). AC307 carries a suggested
fix that appends jwt.WithExpirationRequired(). Beyond v5: golang-jwt v4
and jwt-go parses get AC305/AC306 when nothing in the package calls
VerifyIssuer / VerifyAudience or reads the claims' issuer / audience
(which check belongs to which parse cannot be told, so any counts), and
the keyfunc is one the analyzer can see; jwx jwt.Parse with readable
options that name no jwt.WithIssuer / jwt.WithAudience, unless it passes
jwt.WithValidate(false) or the function calls jwt.Validate; go-jose
JSONWebToken.Claims whose claims are read but never validated (AC305,
AC306 and AC307: go-jose checks only the signature) or validated with a
jwt.Expected literal that lacks Issuer or AnyAudience — claims handed to
other code are assumed validated there. Switching claim validation off —
jwt.WithoutClaimsValidation, or Parser{SkipClaimsValidation: true} — is
reported under AC307 in every golang-jwt generation.

[AC308] Access tokens issued with a constant lifetime above
-max-access-lifetime (default 15m): expiry set in jwt.RegisteredClaims,
StandardClaims or go-jose Claims literals, in jwt.MapClaims{"exp": ...},
by assigning ExpiresAt or claims["exp"], or with jwx Builder.Expiration.
The lifetime is read from now.Add(d), now.AddDate(y, m, d) and
now.Unix() + seconds, where now is time.Now(), a clock's Now() or a
variable named now, and d is a constant or a variable assigned one
constant. Refresh tokens are exempt: nothing is reported when the
enclosing function, the variables or fields involved, the claims type, the
duration's name or a string in the claims literal mentions "refresh". So
are JWTs that are not access tokens, told by words in the same names:
state, handshake, assertion, client secret, magic (links), verification /
verify, confirm, invite, reset, ID token, and mock / fake / dummy / stub
(test providers) — unless the names or the signed token's use (the cookie
it is set as, with that cookie's name; the field it is returned in) say
access, bearer or session. A JWT issued with no expiry at all is reported
too: claims given to NewWithClaims or a go-jose builder's Claims that are
a literal (directly or through a local variable) of RegisteredClaims,
StandardClaims, MapClaims, go-jose Claims or a struct embedding one,
setting no ExpiresAt / Expiry / "exp", with no later assignment of it in
the function and not handed to other code first.

[AC309] Hard-coded signing or verification keys: a string or []byte
literal — directly, through a named constant, or through a variable or
field assigned only such a value — passed to Token.SignedString, returned
from a keyfunc (any function shaped func(*jwt.Token) (any, error)), given
to jwx jwt.WithKey or jwk.FromRaw / jwk.Import, go-jose SigningKey.Key or
JSONWebToken.Claims, or a private key parsed from such a literal PEM. Keys from os.Getenv, files or
configuration are not reported; neither is a variable with several
assignments (e.g. a literal fallback when the environment is empty).

Assignments in _test.go files to variables and fields that the package's
own files declare (a test plugging a keyfunc or options into a library's
hook) are not taken as the values those hooks hold.

The analyzer returns at once for packages that import none of the
supported JWT libraries.`
