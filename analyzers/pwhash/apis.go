package pwhash

import (
	"go/types"
	"strings"
)

// api names a package-level function ("Sum256") or a method ("Hash.New")
// of a package, independent of how the calling code spells it.
type api struct{ pkg, name string }

// apiOf returns the api of fn; methods are named "Recv.Method" with the
// receiver's type name, pointer or not.
func apiOf(fn *types.Func) api {
	if fn == nil || fn.Pkg() == nil {
		return api{}
	}
	name := fn.Name()
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return api{fn.Pkg().Path(), name}
}

const (
	xcrypto    = "golang.org/x/crypto/"
	pkgBcrypt  = xcrypto + "bcrypt"
	pkgArgon2  = xcrypto + "argon2"
	pkgScrypt  = xcrypto + "scrypt"
	pkgXPBKDF2 = xcrypto + "pbkdf2"
	pkgPBKDF2  = "crypto/pbkdf2"
	pkgArgon2x = "github.com/alexedwards/argon2id"
)

// oneShot is a function that hashes one of its arguments and returns the
// digest, such as sha256.Sum256(data).
type oneShot struct {
	arg  int
	hash string
}

var oneShotHashes = map[api]oneShot{
	{"crypto/md5", "Sum"}:             {0, "MD5"},
	{"crypto/sha1", "Sum"}:            {0, "SHA-1"},
	{"crypto/sha256", "Sum256"}:       {0, "SHA-256"},
	{"crypto/sha256", "Sum224"}:       {0, "SHA-224"},
	{"crypto/sha512", "Sum512"}:       {0, "SHA-512"},
	{"crypto/sha512", "Sum384"}:       {0, "SHA-384"},
	{"crypto/sha512", "Sum512_224"}:   {0, "SHA-512/224"},
	{"crypto/sha512", "Sum512_256"}:   {0, "SHA-512/256"},
	{"crypto/sha3", "Sum224"}:         {0, "SHA3-224"},
	{"crypto/sha3", "Sum256"}:         {0, "SHA3-256"},
	{"crypto/sha3", "Sum384"}:         {0, "SHA3-384"},
	{"crypto/sha3", "Sum512"}:         {0, "SHA3-512"},
	{"crypto/sha3", "SumSHAKE128"}:    {0, "SHAKE128"},
	{"crypto/sha3", "SumSHAKE256"}:    {0, "SHAKE256"},
	{xcrypto + "sha3", "Sum224"}:      {0, "SHA3-224"},
	{xcrypto + "sha3", "Sum256"}:      {0, "SHA3-256"},
	{xcrypto + "sha3", "Sum384"}:      {0, "SHA3-384"},
	{xcrypto + "sha3", "Sum512"}:      {0, "SHA3-512"},
	{xcrypto + "sha3", "ShakeSum128"}: {1, "SHAKE128"},
	{xcrypto + "sha3", "ShakeSum256"}: {1, "SHAKE256"},
	{xcrypto + "blake2b", "Sum256"}:   {0, "BLAKE2b-256"},
	{xcrypto + "blake2b", "Sum384"}:   {0, "BLAKE2b-384"},
	{xcrypto + "blake2b", "Sum512"}:   {0, "BLAKE2b-512"},
	{xcrypto + "blake2s", "Sum256"}:   {0, "BLAKE2s-256"},
	{xcrypto + "blake2b", "New256"}:   {0, "keyed BLAKE2b-256"}, // key argument
	{xcrypto + "blake2b", "New384"}:   {0, "keyed BLAKE2b-384"},
	{xcrypto + "blake2b", "New512"}:   {0, "keyed BLAKE2b-512"},
	{xcrypto + "blake2b", "New"}:      {1, "keyed BLAKE2b"},
	{xcrypto + "blake2s", "New256"}:   {0, "keyed BLAKE2s-256"},
	{xcrypto + "blake2s", "New128"}:   {0, "keyed BLAKE2s-128"},
	{"crypto/hmac", "New"}:            {1, "HMAC"}, // the key; the hash name is refined per call
	{"crypto/hkdf", "Key"}:            {1, "HKDF"}, // HKDF is an HMAC construction, not a password KDF
	{"crypto/hkdf", "Extract"}:        {1, "HKDF"},
	{xcrypto + "hkdf", "New"}:         {1, "HKDF"},
	{xcrypto + "hkdf", "Extract"}:     {1, "HKDF"},
}

// hashConstructors return a streaming hash (hash.Hash or a concrete
// digest type) whose Write method is a fast-hash sink.
var hashConstructors = map[api]string{
	{"crypto/md5", "New"}:                    "MD5",
	{"crypto/sha1", "New"}:                   "SHA-1",
	{"crypto/sha256", "New"}:                 "SHA-256",
	{"crypto/sha256", "New224"}:              "SHA-224",
	{"crypto/sha512", "New"}:                 "SHA-512",
	{"crypto/sha512", "New384"}:              "SHA-384",
	{"crypto/sha512", "New512_224"}:          "SHA-512/224",
	{"crypto/sha512", "New512_256"}:          "SHA-512/256",
	{"crypto/sha3", "New224"}:                "SHA3-224",
	{"crypto/sha3", "New256"}:                "SHA3-256",
	{"crypto/sha3", "New384"}:                "SHA3-384",
	{"crypto/sha3", "New512"}:                "SHA3-512",
	{"crypto/sha3", "NewSHAKE128"}:           "SHAKE128",
	{"crypto/sha3", "NewSHAKE256"}:           "SHAKE256",
	{"crypto/sha3", "NewCSHAKE128"}:          "cSHAKE128",
	{"crypto/sha3", "NewCSHAKE256"}:          "cSHAKE256",
	{xcrypto + "sha3", "New224"}:             "SHA3-224",
	{xcrypto + "sha3", "New256"}:             "SHA3-256",
	{xcrypto + "sha3", "New384"}:             "SHA3-384",
	{xcrypto + "sha3", "New512"}:             "SHA3-512",
	{xcrypto + "sha3", "NewLegacyKeccak256"}: "Keccak-256",
	{xcrypto + "sha3", "NewLegacyKeccak512"}: "Keccak-512",
	{xcrypto + "sha3", "NewShake128"}:        "SHAKE128",
	{xcrypto + "sha3", "NewShake256"}:        "SHAKE256",
	{xcrypto + "blake2b", "New256"}:          "BLAKE2b-256",
	{xcrypto + "blake2b", "New384"}:          "BLAKE2b-384",
	{xcrypto + "blake2b", "New512"}:          "BLAKE2b-512",
	{xcrypto + "blake2b", "New"}:             "BLAKE2b",
	{xcrypto + "blake2s", "New256"}:          "BLAKE2s-256",
	{xcrypto + "blake2s", "New128"}:          "BLAKE2s-128",
	{xcrypto + "md4", "New"}:                 "MD4",
	{xcrypto + "ripemd160", "New"}:           "RIPEMD-160",
	{"crypto/hmac", "New"}:                   "HMAC",
	{"crypto", "Hash.New"}:                   "crypto.Hash",
}

// hashFuncNames names the hash behind a func() hash.Hash value such as
// sha256.New, as passed to hmac.New and PBKDF2: the constructors above
// except those that take arguments or return something else (HMAC itself,
// crypto.Hash.New, the SHAKE and cSHAKE XOFs).
var hashFuncNames = func() map[api]string {
	m := map[api]string{}
	for a, name := range hashConstructors {
		if a.name == "New" && a.pkg == "crypto/hmac" || a.pkg == "crypto" || strings.Contains(a.name, "SHAKE") {
			continue
		}
		m[a] = name
	}
	return m
}()

// cryptoHashNames names crypto.Hash constants by value (crypto.MD5 = 2, …),
// for crypto.SHA256.New passed as a hash function.
var cryptoHashNames = map[int64]string{
	2: "MD5", 3: "SHA-1", 4: "SHA-224", 5: "SHA-256", 6: "SHA-384", 7: "SHA-512",
	10: "SHA3-224", 11: "SHA3-256", 12: "SHA3-384", 13: "SHA3-512",
	14: "SHA-512/224", 15: "SHA-512/256",
}

// streamingHashTypes are concrete (non-hash.Hash) digest types whose Write
// method feeds a fast hash.
var streamingHashTypes = map[api]string{
	{"crypto/sha3", "SHA3"}:         "SHA-3",
	{"crypto/sha3", "SHAKE"}:        "SHAKE",
	{xcrypto + "sha3", "ShakeHash"}: "SHAKE",
	{xcrypto + "blake2b", "XOF"}:    "BLAKE2b XOF",
	{xcrypto + "blake2s", "XOF"}:    "BLAKE2s XOF",
	{"hash", "Hash"}:                "a hash.Hash",
}

// passwordKDFs are the password-hashing functions and the index of their
// password argument. A fast hash whose output flows into one of these in
// the same function is pre-hashing (e.g. SHA-256 before bcrypt's 72-byte
// limit), not password storage.
var passwordKDFs = map[api]int{
	{pkgBcrypt, "GenerateFromPassword"}:    0,
	{pkgBcrypt, "CompareHashAndPassword"}:  1,
	{pkgArgon2, "Key"}:                     0,
	{pkgArgon2, "IDKey"}:                   0,
	{pkgScrypt, "Key"}:                     0,
	{pkgXPBKDF2, "Key"}:                    0,
	{pkgPBKDF2, "Key"}:                     1,
	{pkgArgon2x, "CreateHash"}:             0,
	{pkgArgon2x, "ComparePasswordAndHash"}: 0,
	{pkgArgon2x, "CheckHash"}:              0,
}

// watchedImports are the packages whose presence makes a package worth
// analyzing; without any of them (and without facts from its imports) the
// analyzer returns at once.
var watchedImports = func() map[string]bool {
	m := map[string]bool{"hash": true, "crypto": true}
	for _, table := range []map[api]string{hashConstructors, hashFuncNames, streamingHashTypes} {
		for a := range table {
			m[a.pkg] = true
		}
	}
	for a := range oneShotHashes {
		m[a.pkg] = true
	}
	for a := range passwordKDFs {
		m[a.pkg] = true
	}
	return m
}()

// isHashLibrary reports whether path is a package that implements hashing
// rather than uses it: its parameters legitimately reach fast hashes (PBKDF2
// keys HMAC with the password), so it is neither checked nor given facts.
func isHashLibrary(path string) bool {
	return path == "crypto" || strings.HasPrefix(path, "crypto/") ||
		strings.HasPrefix(path, xcrypto) || strings.HasPrefix(path, "vendor/") ||
		strings.HasPrefix(path, "internal/") || path == pkgArgon2x ||
		strings.HasPrefix(path, "hash/") || path == "hash"
}

// transformPackages hold functions that reshape their arguments without
// hiding them (conversion, trimming, joining, formatting, encoding): a
// password passed through them is still a password.
var transformPackages = map[string]bool{
	"strings": true, "bytes": true, "fmt": true, "strconv": true,
	"unicode": true, "unicode/utf8": true, "unicode/utf16": true,
	"encoding/hex": true, "encoding/base64": true, "encoding/base32": true,
	"golang.org/x/text/unicode/norm": true, "golang.org/x/text/cases": true,
	"golang.org/x/text/secure/precis": true,
	"slices":                          true,
}

// getterNames are functions and methods that look a value up by a
// constant key; the key names the value: r.FormValue("password").
var getterNames = map[string]bool{
	"FormValue": true, "PostFormValue": true, "Get": true, "GetString": true,
	"PostForm": true, "DefaultPostForm": true, "Query": true, "DefaultQuery": true,
	"Param": true, "Value": true, "Getenv": true, "LookupEnv": true,
	"MustGet": true, "String": true, "Lookup": true,
}
