package lifecycle

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/profile"
)

// flaws are the deliberate mistakes a test server can make, one per check.
type flaws struct {
	Fixation            bool // login upgrades the anonymous session it was given
	FixationAdopt       bool // login adopts any session ID the client presents
	LogoutCookieOnly    bool // logout clears the cookie but keeps the session
	NoIdle, NoAbsolute  bool // session timeouts not enforced
	ChangeKeepsSessions bool // password change leaves other sessions alive
	ChangeKeepsRefresh  bool // password change leaves refresh tokens alive
	LongTokens          bool // 24 h access tokens
	AlgNone             bool // accepts alg none, any casing
	AlgConfusion        bool // verifies HS256 with the public key's PEM
	NoSigCheck          bool // reads claims without verifying the signature
	NoAudience          bool // issues and checks no iss/aud
	RefreshReuse        bool // refresh tokens are not retired
	NoFamilyRevoke      bool // reuse is refused but does not revoke the family
	LogoutKeepsRefresh  bool // logout leaves refresh tokens alive
	TokenInLocation     bool // login points at a URL carrying the token
	TokenInQuery        bool // ?access_token= authenticates
	Cacheable           bool // no Cache-Control: no-store on credentials
	EnumMessage         bool // "no such user" for unknown accounts
	EnumTiming          bool // no dummy hash for unknown accounts
	ResetEnum           bool // reset request answers 404 for unknown addresses
	ResetReusable       bool // reset tokens work more than once
	ResetKeepsSessions  bool // a reset leaves sessions and refresh tokens alive
	ShortResetToken     bool // six-digit reset codes
	ShortPasswords      bool // minimum length 4
	Composition         bool // requires a capital and a digit
	Truncate72          bool // hashes only the first 72 bytes (bcrypt)
	BreachedAccepted    bool // no breached-password check
	KeyShownTwice       bool // listings include the key
	KeyNoPrefix         bool // keys are bare hex
	KeyRevokeIgnored    bool // revocation answers 204 and does nothing
	KeyInQuery          bool // ?api_key= authenticates
	KeysCreateKeys      bool // API keys may create keys
	KeyNoExpiry         bool // keys never expire and state no expiry
	KeyExpiryIgnored    bool // keys state an expiry that is never enforced
	ResetLongLived      bool // reset tokens work for 24 h (the mail still says 15 minutes)
	ExpireOnClockMove   bool // every clock move ends every session

	// The account lifecycle (credential-events, account-lock, email-change,
	// reauthentication, registration, dev-endpoints).
	NoVerification     bool // unverified accounts log in
	VerifyHint         bool // unverified accounts are told to verify (403)
	RegisterEnum       bool // a taken address gets 409
	ResetKeepsKeys     bool // a reset leaves API keys working
	KeyFlagIgnored     bool // keys are marked for review but still authenticate
	ChangeKeepsKeys    bool // a password change leaves API keys working
	LogoutAllKeepsKeys bool // logout-all leaves API keys working
	LoginRace          bool // a login does not re-check the password it verified before creating the session
	ChangeNoCurrent    bool // the password change works without the current password
	EmailNoReauth      bool // the e-mail change needs no current password
	EmailEnum          bool // the e-mail change answers 409 for a taken address
	EmailNoNotice      bool // the old address is not told of a change
	LockLoginAllowed   bool // locked accounts log in
	LockLoginHint      bool // locked accounts are told so (423)
	LockKeepsSessions  bool // a lock leaves sessions and refresh tokens alive
	LockKeepsKeys      bool // a lock leaves API keys working
	LockKeepsResets    bool // reset links survive a lock, and a reset unlocks
	DebugExposed       bool // /debug/pprof/ answers
	EnvExposed         bool // /.env answers
	MetricsAuth        bool // /metrics carries e-mail addresses in labels
}

const (
	testIssuer   = "test-issuer"
	testAudience = "test-aud"
	testKeyPfx   = "tk_"
)

// testServer is a compact auth service: argon2id passwords with a dummy
// hash for unknown users, cookie sessions with idle and absolute timeouts,
// EdDSA access tokens bound to their session, rotating refresh tokens with
// family revocation, reset through an outbox, scoped expiring API keys.
// With no flaws set it passes every check.
type testServer struct {
	flaws
	anonCookie     bool // GET / hands out an anonymous session
	idle, absolute time.Duration
	hashMemKiB     uint32        // argon2id memory per hash
	minKeySecs     int           // shortest key lifetime accepted (the reference's is 60)
	loginDelay     time.Duration // between checking the password and creating the session
	catchAll       bool          // every unknown GET answers 200 with the app's page

	// clock is how far POST /dev/clock moved the server's clock forward.
	clock atomic.Int64
	// firstClockMove and lastFailedLogin (wall clock) show whether the
	// probes that move the clock ran after those that fail logins.
	firstClockMove, lastFailedLogin time.Time

	mu       sync.Mutex
	users    map[string]*tUser // by e-mail
	byID     map[string]*tUser
	sessions map[string]*tSession // by cookie value
	refresh  map[string]*tRefresh
	revoked  map[string]bool // refresh families
	resets   map[string]*tReset
	keys     map[string]*tKey // by key
	verifies map[string]*tVerify
	outbox   []map[string]string
	priv     ed25519.PrivateKey
	srv      *httptest.Server
}

type tUser struct {
	id, email               string
	salt, hash              []byte
	verified, locked, admin bool
}

// tVerify is a mailed link that confirms an address: a registration's
// (newEmail "") or an e-mail change's.
type tVerify struct {
	email, newEmail string
	used            bool
}

type tSession struct {
	id, user          string // user "" is anonymous
	created, lastSeen time.Time
}

type tRefresh struct {
	family, sid, user string
	used              bool
}

type tReset struct {
	email   string
	used    bool
	expires time.Time
}

type tKey struct {
	id, key, user string
	scopes        []string
	expires       time.Time // zero: never
	revoked       bool
	flagged       bool // suspended for review by a credential event
}

var dummySalt = []byte("dummy-salt-16byt")

// now is the server's time: the wall clock moved forward by /dev/clock.
func (s *testServer) now() time.Time {
	return time.Now().Add(time.Duration(s.clock.Load()))
}

// moveClock serves POST /dev/clock {"advance": "16m"}, as the reference
// server's --dev-clock does.
func (s *testServer) moveClock(w http.ResponseWriter, r *http.Request) {
	var in struct{ Advance string }
	if !decode(w, r, &in) {
		return
	}
	d, err := time.ParseDuration(in.Advance)
	if err != nil || d <= 0 || d > 48*time.Hour {
		fail(w, http.StatusBadRequest, "advance must be a positive Go duration of at most 48h")
		return
	}
	s.clock.Add(int64(d))
	s.mu.Lock()
	if s.firstClockMove.IsZero() {
		s.firstClockMove = time.Now()
	}
	if s.ExpireOnClockMove {
		clear(s.sessions)
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]string{"now": s.now().UTC().Format(time.RFC3339)})
}

func newTestServer(t testing.TB, f flaws, opts ...func(*testServer)) *testServer {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	s := &testServer{flaws: f, idle: 30 * time.Minute, absolute: 12 * time.Hour, hashMemKiB: 256, loginDelay: 50 * time.Millisecond,
		users: map[string]*tUser{}, byID: map[string]*tUser{}, sessions: map[string]*tSession{}, refresh: map[string]*tRefresh{},
		revoked: map[string]bool{}, resets: map[string]*tReset{}, keys: map[string]*tKey{}, verifies: map[string]*tVerify{}, priv: priv}
	for _, o := range opts {
		o(s)
	}
	for _, a := range testAccounts {
		u := s.addUser(a.Username, a.Password)
		u.verified, u.admin = true, a.Admin
	}
	s.srv = httptest.NewServer(s.routes())
	t.Cleanup(s.srv.Close)
	return s
}

var testAccounts = []profile.Account{
	{Username: "alice@example.com", Password: "alice test passphrase 1"},
	{Username: "bob@example.com", Password: "bob test passphrase 2"},
	{Username: "carol@example.com", Password: "carol test passphrase 3", Burnable: true},
	{Username: "root@example.com", Password: "root test passphrase 4", Admin: true},
}

// testProfile describes s the way a user would.
func (s *testServer) testProfile(t testing.TB) *profile.Profile {
	ep := func(method, path string, fields, response map[string]string) *profile.Endpoint {
		return &profile.Endpoint{Method: method, Path: path, Fields: fields, Response: response}
	}
	tokens := map[string]string{"accessToken": "access_token", "refreshToken": "refresh_token"}
	p := &profile.Profile{
		BaseURL: s.srv.URL,
		Endpoints: profile.Endpoints{
			Login:        ep("POST", "/api/login", map[string]string{"username": "email"}, tokens),
			Logout:       ep("POST", "/api/logout", nil, nil),
			Refresh:      ep("POST", "/api/refresh", map[string]string{"refreshToken": "refresh_token"}, tokens),
			Me:           ep("GET", "/api/me", nil, nil),
			Register:     ep("POST", "/api/register", map[string]string{"username": "email"}, nil),
			ChangePass:   ep("POST", "/api/password", map[string]string{"currentPassword": "current_password", "newPassword": "new_password"}, nil),
			ResetRequest: ep("POST", "/api/reset/request", nil, nil),
			ResetConfirm: ep("POST", "/api/reset/confirm", map[string]string{"newPassword": "new_password"}, nil),
			APIKeys: &profile.Endpoint{Method: "POST", Path: "/api/keys",
				Fields:   map[string]string{"name": "name", "scopes": "scopes", "expiresIn": "expires_in"},
				Extra:    map[string]any{"scopes": []string{"profile:read"}, "expires_in": 3600},
				Response: map[string]string{"apiKey": "key", "id": "id"}},
			APIKey:        ep("DELETE", "/api/keys/{id}", nil, nil),
			LogoutAll:     ep("POST", "/api/logout-all", nil, nil),
			VerifyEmail:   ep("POST", "/api/verify", nil, nil),
			ChangeEmail:   ep("POST", "/api/email", map[string]string{"newEmail": "new_email", "currentPassword": "current_password"}, nil),
			LockAccount:   ep("POST", "/api/admin/lock", map[string]string{"reason": "reason"}, nil),
			UnlockAccount: ep("POST", "/api/admin/unlock", nil, nil),
		},
		Outbox:          ep("GET", "/dev/outbox", nil, nil),
		JWKS:            "/jwks.json",
		ForwardedHeader: "X-Forwarded-For",
		Session:         profile.Session{Cookie: "sid"},
		Tokens: profile.Tokens{Algorithms: []string{"EdDSA"}, Issuer: testIssuer, Audience: testAudience,
			MaxLifetime: profile.Duration{Duration: 15 * time.Minute}, APIKeyPrefix: testKeyPfx},
		Accounts: testAccounts,
	}
	p.Session.IdleTimeout.Duration = s.idle
	p.Session.AbsoluteTimeout.Duration = s.absolute
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	return p
}

func (s *testServer) hash(pw string, salt []byte) []byte {
	if s.Truncate72 && len(pw) > 72 {
		pw = pw[:72]
	}
	return argon2.IDKey([]byte(pw), salt, 1, s.hashMemKiB, 1, 32)
}

func (s *testServer) addUser(email, pw string) *tUser {
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	h := s.hash(pw, salt)
	s.mu.Lock()
	defer s.mu.Unlock()
	if u := s.users[email]; u != nil {
		return u
	}
	u := &tUser{id: strconv.Itoa(len(s.users) + 1), email: email, salt: salt, hash: h}
	s.users[email], s.byID[u.id] = u, u
	return u
}

func randToken(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func fail(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		fail(w, http.StatusBadRequest, "invalid json")
		return false
	}
	return true
}

func (s *testServer) credentialHeaders(w http.ResponseWriter) {
	if !s.Cacheable {
		w.Header().Set("Cache-Control", "no-store")
	}
}

func (s *testServer) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		if s.anonCookie {
			id := randToken(24)
			s.mu.Lock()
			s.sessions[id] = &tSession{id: id, created: s.now(), lastSeen: s.now()}
			s.mu.Unlock()
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true})
		}
		_, _ = w.Write([]byte("ok"))
	})
	mux.HandleFunc("POST /api/login", s.login)
	mux.HandleFunc("POST /api/logout", s.logout)
	mux.HandleFunc("POST /api/refresh", s.refreshToken)
	mux.HandleFunc("GET /api/me", func(w http.ResponseWriter, r *http.Request) {
		p, ok := s.authenticate(w, r, "profile:read", false)
		if ok {
			writeJSON(w, http.StatusOK, map[string]string{"email": p.user.email, "via": p.via})
		}
	})
	mux.HandleFunc("POST /api/register", s.register)
	mux.HandleFunc("POST /api/password", s.changePassword)
	mux.HandleFunc("POST /api/reset/request", s.resetRequest)
	mux.HandleFunc("POST /api/reset/confirm", s.resetConfirm)
	mux.HandleFunc("GET /dev/outbox", func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Query().Get("to")
		s.mu.Lock()
		msgs := []map[string]string{}
		for _, m := range s.outbox {
			if to == "" || m["to"] == to {
				msgs = append(msgs, m)
			}
		}
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]any{"messages": msgs})
	})
	mux.HandleFunc("GET /jwks.json", func(w http.ResponseWriter, r *http.Request) {
		pub := s.priv.Public().(ed25519.PublicKey)
		writeJSON(w, http.StatusOK, map[string]any{"keys": []map[string]string{{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "kid": "k1", "x": base64.RawURLEncoding.EncodeToString(pub)}}})
	})
	mux.HandleFunc("POST /dev/clock", s.moveClock)
	mux.HandleFunc("POST /api/keys", s.createKey)
	mux.HandleFunc("GET /api/keys", s.listKeys)
	mux.HandleFunc("GET /api/keys/{id}", s.getKey)
	mux.HandleFunc("DELETE /api/keys/{id}", s.revokeKey)
	s.lifecycleRoutes(mux)
	return mux
}

// --- sessions and tokens ---

func (s *testServer) issue(u *tUser, sid string) (string, int) {
	life := 5 * time.Minute
	if s.LongTokens {
		life = 24 * time.Hour
	}
	now := s.now()
	hdr := map[string]any{"alg": "EdDSA", "typ": "JWT", "kid": "k1"}
	claims := map[string]any{"sub": u.id, "sid": sid, "iat": now.Unix(), "exp": now.Add(life).Unix(), "jti": randToken(8)}
	if !s.NoAudience {
		claims["iss"], claims["aud"] = testIssuer, testAudience
	}
	input := encodeSegment(hdr) + "." + encodeSegment(claims)
	sig := ed25519.Sign(s.priv, []byte(input))
	return input + "." + base64.RawURLEncoding.EncodeToString(sig), int(life.Seconds())
}

// newSessionLocked creates a session with a first refresh token.
func (s *testServer) newSessionLocked(u *tUser, id string) (*tSession, string) {
	if id == "" {
		id = randToken(24)
	}
	sess := &tSession{id: id, user: u.email, created: s.now(), lastSeen: s.now()}
	s.sessions[id] = sess
	rt := randToken(24)
	s.refresh[rt] = &tRefresh{family: randToken(8), sid: id, user: u.email}
	return sess, rt
}

func (s *testServer) sessionOut(w http.ResponseWriter, u *tUser, sess *tSession, rt string, setCookie bool) {
	access, life := s.issue(u, sess.id)
	if setCookie {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: sess.id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
	}
	s.credentialHeaders(w)
	if s.TokenInLocation {
		w.Header().Set("Content-Location", "/welcome?access_token="+access)
	}
	writeJSON(w, http.StatusOK, map[string]any{"access_token": access, "refresh_token": rt, "token_type": "Bearer", "expires_in": life})
}

func (s *testServer) login(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if !decode(w, r, &in) {
		return
	}
	s.mu.Lock()
	u := s.users[strings.ToLower(in.Email)]
	var salt, want []byte
	if u != nil {
		salt, want = u.salt, u.hash
	}
	s.mu.Unlock()
	ok := false
	if u != nil {
		ok = subtle.ConstantTimeCompare(s.hash(in.Password, salt), want) == 1
	} else if !s.EnumTiming {
		s.hash(in.Password, dummySalt)
	}
	if ok && s.loginDelay > 0 {
		time.Sleep(s.loginDelay)
	}
	if ok {
		s.mu.Lock()
		stale := !s.LoginRace && subtle.ConstantTimeCompare(u.hash, want) != 1
		unverified := !u.verified && !s.NoVerification
		locked := u.locked && !s.LockLoginAllowed
		s.mu.Unlock()
		switch {
		case unverified && s.VerifyHint:
			fail(w, http.StatusForbidden, "verify your e-mail address first")
			return
		case locked && s.LockLoginHint:
			fail(w, http.StatusLocked, "account locked")
			return
		}
		ok = !stale && !unverified && !locked
	}
	if !ok {
		s.mu.Lock()
		s.lastFailedLogin = time.Now()
		s.mu.Unlock()
		msg := "invalid e-mail or password"
		if u == nil && s.EnumMessage {
			msg = "no such user"
		}
		fail(w, http.StatusUnauthorized, msg)
		return
	}
	s.mu.Lock()
	var sess *tSession
	var rt string
	setCookie := true
	if c, err := r.Cookie("sid"); err == nil {
		old := s.sessions[c.Value]
		switch {
		case s.Fixation && old != nil && old.user == "":
			old.user = u.email
			sess, setCookie = old, false
			rt = randToken(24)
			s.refresh[rt] = &tRefresh{family: randToken(8), sid: old.id, user: u.email}
		case s.FixationAdopt:
			sess, rt = s.newSessionLocked(u, c.Value)
			setCookie = false
		default:
			delete(s.sessions, c.Value)
		}
	}
	if sess == nil {
		sess, rt = s.newSessionLocked(u, "")
	}
	s.mu.Unlock()
	s.sessionOut(w, u, sess, rt, setCookie)
}

// principal is who a request authenticated as.
type principal struct {
	user *tUser
	via  string
	sid  string
	key  *tKey
}

// authenticate finds the caller. API keys need scope ("" refuses keys),
// unless anyKey (the KeysCreateKeys flaw).
func (s *testServer) authenticate(w http.ResponseWriter, r *http.Request, scope string, anyKey bool) (*principal, bool) {
	s.mu.Lock()
	p := s.authenticateLocked(r)
	s.mu.Unlock()
	if p == nil {
		fail(w, http.StatusUnauthorized, "unauthenticated")
		return nil, false
	}
	if p.key != nil && !anyKey && (scope == "" || !slices.Contains(p.key.scopes, scope)) {
		fail(w, http.StatusForbidden, "forbidden")
		return nil, false
	}
	return p, true
}

func (s *testServer) authenticateLocked(r *http.Request) *principal {
	cred, kind := "", ""
	switch {
	case strings.HasPrefix(r.Header.Get("Authorization"), "Bearer "):
		cred, kind = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), "bearer"
	case r.Header.Get("X-API-Key") != "":
		cred, kind = r.Header.Get("X-API-Key"), "key"
	case s.TokenInQuery && r.URL.Query().Get("access_token") != "":
		cred, kind = r.URL.Query().Get("access_token"), "bearer"
	case s.KeyInQuery && r.URL.Query().Get("api_key") != "":
		cred, kind = r.URL.Query().Get("api_key"), "key"
	}
	now := s.now()
	if kind == "bearer" || kind == "key" {
		if k := s.keys[cred]; k != nil {
			if (k.revoked && !s.KeyRevokeIgnored) || (k.flagged && !s.KeyFlagIgnored) || (!k.expires.IsZero() && now.After(k.expires) && !s.KeyExpiryIgnored) {
				return nil
			}
			return &principal{user: s.users[k.user], via: "key", key: k}
		}
		if kind == "key" {
			return nil
		}
		sub, sid, ok := s.verify(cred)
		if !ok {
			return nil
		}
		sess := s.sessions[sid]
		u := s.byID[sub]
		if sess == nil || u == nil || (!s.NoAbsolute && now.Sub(sess.created) > s.absolute) {
			return nil
		}
		return &principal{user: u, via: "token", sid: sid}
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return nil
	}
	sess := s.sessions[c.Value]
	if sess == nil || sess.user == "" {
		return nil
	}
	if (!s.NoIdle && now.Sub(sess.lastSeen) > s.idle) || (!s.NoAbsolute && now.Sub(sess.created) > s.absolute) {
		delete(s.sessions, c.Value)
		return nil
	}
	sess.lastSeen = now
	return &principal{user: s.users[sess.user], via: "session", sid: sess.id}
}

func (s *testServer) pubPEM() []byte {
	der, _ := x509.MarshalPKIXPublicKey(s.priv.Public())
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

func (s *testServer) verify(tok string) (sub, sid string, ok bool) {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return "", "", false
	}
	hdr, err := decodeSegment(parts[0])
	if err != nil {
		return "", "", false
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return "", "", false
	}
	input := []byte(parts[0] + "." + parts[1])
	alg, _ := hdr["alg"].(string)
	switch {
	case s.AlgNone && strings.EqualFold(alg, "none"):
	case s.AlgConfusion && alg == "HS256":
		mac := hmac.New(sha256.New, s.pubPEM())
		mac.Write(input)
		if !hmac.Equal(mac.Sum(nil), sig) {
			return "", "", false
		}
	case alg == "EdDSA":
		if !s.NoSigCheck && !ed25519.Verify(s.priv.Public().(ed25519.PublicKey), input, sig) {
			return "", "", false
		}
	default:
		return "", "", false
	}
	claims, err := decodeSegment(parts[1])
	if err != nil {
		return "", "", false
	}
	exp, err := claims["exp"].(json.Number).Int64()
	if err != nil || s.now().Unix() >= exp {
		return "", "", false
	}
	if !s.NoAudience && (claims["iss"] != testIssuer || claims["aud"] != testAudience) {
		return "", "", false
	}
	sub, _ = claims["sub"].(string)
	sid, _ = claims["sid"].(string)
	return sub, sid, true
}

func (s *testServer) logout(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return
	}
	if p.via == "key" {
		fail(w, http.StatusBadRequest, "keys have no session")
		return
	}
	s.mu.Lock()
	if !s.LogoutCookieOnly {
		delete(s.sessions, p.sid)
		if !s.LogoutKeepsRefresh {
			s.revokeFamiliesLocked(func(rt *tRefresh) bool { return rt.sid == p.sid })
		}
	}
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func (s *testServer) revokeFamiliesLocked(match func(*tRefresh) bool) {
	for _, rt := range s.refresh {
		if match(rt) {
			s.revoked[rt.family] = true
		}
	}
}

func (s *testServer) endSessionsLocked(email, keep string, sessions, refresh bool) {
	if sessions {
		for id, sess := range s.sessions {
			if sess.user == email && id != keep {
				delete(s.sessions, id)
			}
		}
	}
	if refresh {
		s.revokeFamiliesLocked(func(rt *tRefresh) bool { return rt.user == email && rt.sid != keep })
	}
}

func (s *testServer) refreshToken(w http.ResponseWriter, r *http.Request) {
	var in struct {
		RefreshToken string `json:"refresh_token"`
	}
	if !decode(w, r, &in) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rt := s.refresh[in.RefreshToken]
	if rt == nil || s.revoked[rt.family] {
		fail(w, http.StatusUnauthorized, "invalid refresh token")
		return
	}
	if rt.used && !s.RefreshReuse {
		if !s.NoFamilyRevoke {
			s.revoked[rt.family] = true
		}
		fail(w, http.StatusUnauthorized, "invalid refresh token")
		return
	}
	rt.used = true
	next := randToken(24)
	s.refresh[next] = &tRefresh{family: rt.family, sid: rt.sid, user: rt.user}
	u := s.users[rt.user]
	access, life := s.issue(u, rt.sid)
	s.credentialHeaders(w)
	writeJSON(w, http.StatusOK, map[string]any{"access_token": access, "refresh_token": next, "expires_in": life})
}

// --- passwords ---

var breachedList = []string{"password", "password123", "P@ssw0rd", "12345678", "qwerty123"}

func (s *testServer) policy(pw string) string {
	min := 8
	if s.ShortPasswords {
		min = 4
	}
	switch {
	case len([]rune(pw)) < min:
		return "password too short"
	case len(pw) > 256:
		return "password too long"
	case s.Composition && (!strings.ContainsAny(pw, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !strings.ContainsAny(pw, "0123456789")):
		return "password needs a capital letter and a digit"
	case !s.BreachedAccepted && slices.Contains(breachedList, pw):
		return "password appears in a breach"
	}
	return ""
}

func (s *testServer) register(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email, Password string }
	if !decode(w, r, &in) {
		return
	}
	if !strings.Contains(in.Email, "@") {
		fail(w, http.StatusBadRequest, "invalid e-mail")
		return
	}
	if why := s.policy(in.Password); why != "" {
		fail(w, http.StatusBadRequest, why)
		return
	}
	email := strings.ToLower(in.Email)
	s.mu.Lock()
	taken := s.users[email] != nil
	s.mu.Unlock()
	if taken && s.RegisterEnum {
		fail(w, http.StatusConflict, "address already registered")
		return
	}
	if !taken {
		s.addUser(email, in.Password)
		s.mailLink(email, "", "Confirm your address")
	}
	writeJSON(w, http.StatusCreated, map[string]string{"status": "ok"})
}

func (s *testServer) setPassword(u *tUser, pw string) {
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	h := s.hash(pw, salt)
	s.mu.Lock()
	u.salt, u.hash = salt, h
	s.mu.Unlock()
}

func (s *testServer) changePassword(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return
	}
	if p.via == "key" {
		fail(w, http.StatusForbidden, "keys cannot change passwords")
		return
	}
	var in struct {
		Current string `json:"current_password"`
		New     string `json:"new_password"`
	}
	if !decode(w, r, &in) {
		return
	}
	if in.Current == "" && !s.ChangeNoCurrent {
		fail(w, http.StatusBadRequest, "current_password is required")
		return
	}
	if !(in.Current == "" && s.ChangeNoCurrent) && !s.passwordIs(p.user, in.Current) {
		fail(w, http.StatusForbidden, "wrong current password")
		return
	}
	if why := s.policy(in.New); why != "" {
		fail(w, http.StatusBadRequest, why)
		return
	}
	s.setPassword(p.user, in.New)
	s.mu.Lock()
	s.endSessionsLocked(p.user.email, p.sid, !s.ChangeKeepsSessions, !s.ChangeKeepsRefresh)
	if !s.ChangeKeepsKeys {
		s.flagKeysLocked(p.user.email)
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *testServer) resetRequest(w http.ResponseWriter, r *http.Request) {
	var in struct{ Email string }
	if !decode(w, r, &in) {
		return
	}
	email := strings.ToLower(in.Email)
	s.mu.Lock()
	u := s.users[email]
	if u != nil && (!u.locked || s.LockKeepsResets) {
		tok := randToken(32)
		if s.ShortResetToken {
			n := make([]byte, 3)
			_, _ = rand.Read(n)
			tok = strconv.Itoa((int(n[0])<<16|int(n[1])<<8|int(n[2]))%900000 + 100000)
		}
		life := 15 * time.Minute
		if s.ResetLongLived {
			life = 24 * time.Hour
		}
		s.resets[tok] = &tReset{email: email, expires: s.now().Add(life)}
		link := s.srv.URL + "/reset#token=" + tok
		s.outbox = append(s.outbox, map[string]string{"to": email, "subject": "Reset your password",
			"body": "Open this link within 15 minutes: " + link, "link": link, "token": tok})
	}
	s.mu.Unlock()
	if u == nil && s.ResetEnum {
		fail(w, http.StatusNotFound, "unknown address")
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "if the address has an account, we sent a link"})
}

func (s *testServer) resetConfirm(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Token string `json:"token"`
		New   string `json:"new_password"`
	}
	if !decode(w, r, &in) {
		return
	}
	if why := s.policy(in.New); why != "" {
		fail(w, http.StatusBadRequest, why)
		return
	}
	// The new hash is computed first, so that the password, the sessions
	// and the token change in one step: a login that checked the old
	// password cannot slip a session in between.
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	h := s.hash(in.New, salt)
	s.mu.Lock()
	rs := s.resets[in.Token]
	valid := rs != nil && !rs.used && s.now().Before(rs.expires) && s.users[rs.email] != nil
	var u *tUser
	if valid {
		u = s.users[rs.email]
		valid = !u.locked || s.LockKeepsResets
	}
	if valid {
		rs.used = !s.ResetReusable
		u.locked = false
		u.salt, u.hash = salt, h
		s.endSessionsLocked(rs.email, "", !s.ResetKeepsSessions, !s.ResetKeepsSessions)
		if !s.ResetKeepsKeys {
			s.flagKeysLocked(rs.email)
		}
	}
	s.mu.Unlock()
	if !valid {
		fail(w, http.StatusBadRequest, "invalid or used token")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "password changed"})
}

// --- API keys ---

func (s *testServer) keyView(k *tKey) map[string]any {
	status := "active"
	if k.flagged {
		status = "suspended_for_review"
	}
	v := map[string]any{"id": k.id, "prefix": k.key[:7], "scopes": k.scopes, "status": status}
	if !k.expires.IsZero() {
		v["expires_at"] = k.expires.UTC().Format(time.RFC3339)
	}
	if s.KeyShownTwice {
		v["key"] = k.key
	}
	return v
}

func (s *testServer) createKey(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authenticate(w, r, "", s.KeysCreateKeys)
	if !ok {
		return
	}
	var in struct {
		Name      string   `json:"name"`
		Scopes    []string `json:"scopes"`
		ExpiresIn int      `json:"expires_in"`
	}
	if !decode(w, r, &in) {
		return
	}
	if in.Name == "" || len(in.Scopes) == 0 || in.ExpiresIn < 1 {
		fail(w, http.StatusBadRequest, "name, scopes and expires_in are required")
		return
	}
	if in.ExpiresIn < s.minKeySecs {
		fail(w, http.StatusBadRequest, fmt.Sprintf("expires_in must be between %d seconds and one year", s.minKeySecs))
		return
	}
	raw := make([]byte, 24)
	_, _ = rand.Read(raw)
	key := testKeyPfx + base64.RawURLEncoding.EncodeToString(raw)
	if s.KeyNoPrefix {
		key = hex.EncodeToString(raw)
	}
	k := &tKey{id: randToken(8), key: key, user: p.user.email, scopes: in.Scopes}
	if !s.KeyNoExpiry {
		k.expires = s.now().Add(time.Duration(in.ExpiresIn) * time.Second)
	}
	s.mu.Lock()
	s.keys[key] = k
	s.mu.Unlock()
	v := s.keyView(k)
	v["key"] = key
	s.credentialHeaders(w)
	writeJSON(w, http.StatusCreated, v)
}

func (s *testServer) ownKey(w http.ResponseWriter, r *http.Request) *tKey {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return nil
	}
	if p.via == "key" {
		fail(w, http.StatusForbidden, "keys cannot manage keys")
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range s.keys {
		if k.id == r.PathValue("id") && k.user == p.user.email {
			return k
		}
	}
	fail(w, http.StatusNotFound, "no such key")
	return nil
}

func (s *testServer) listKeys(w http.ResponseWriter, r *http.Request) {
	p, ok := s.authenticate(w, r, "", false)
	if !ok {
		return
	}
	s.mu.Lock()
	out := []map[string]any{}
	for _, k := range s.keys {
		if k.user == p.user.email {
			out = append(out, s.keyView(k))
		}
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"keys": out})
}

func (s *testServer) getKey(w http.ResponseWriter, r *http.Request) {
	if k := s.ownKey(w, r); k != nil {
		s.mu.Lock()
		v := s.keyView(k)
		s.mu.Unlock()
		writeJSON(w, http.StatusOK, v)
	}
}

func (s *testServer) revokeKey(w http.ResponseWriter, r *http.Request) {
	if k := s.ownKey(w, r); k != nil {
		s.mu.Lock()
		k.revoked = true
		s.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}
}

// newTarget builds a probe target for s, with the profile changed by mod.
func newTarget(t testing.TB, s *testServer, mod ...func(*profile.Profile)) *probes.Target {
	p := s.testProfile(t)
	for _, m := range mod {
		m(p)
	}
	tg, err := probes.NewTarget(probes.Options{URL: s.srv.URL, Profile: p, ProbeTimeout: 45 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return tg
}
