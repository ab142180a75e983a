package secretname

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"userAPIKey":     {"user", "api", "key"},
		"user_api_key":   {"user", "api", "key"},
		"x-api-key":      {"x", "api", "key"},
		"HMACSignature":  {"hmac", "signature"},
		"HTTPServer":     {"http", "server"},
		"sha256Sum":      {"sha256", "sum"},
		"":               nil,
		"__":             nil,
		"resetTokenHash": {"reset", "token", "hash"},
	} {
		if got := Words(in); !cmp.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsPassword(t *testing.T) {
	yes := []string{"password", "Password", "pwd", "newPassword", "plainPassword", "req.Passphrase", "user_password", "passwd"}
	no := []string{"passwordHash", "hashedPassword", "passwordLength", "passwordPolicy", "showPassword", "resetPassword", "passwordResetToken", "bypass", "isPassword", "compass", "token", "passThrough", "passwordMinLen"}
	for _, n := range yes {
		if !IsPassword(n) {
			t.Errorf("IsPassword(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if IsPassword(n) {
			t.Errorf("IsPassword(%q) = true, want false", n)
		}
	}
}

func TestIsSecret(t *testing.T) {
	yes := []string{"token", "apiKey", "api_key", "expectedMAC", "signature", "sig", "csrfToken", "otpCode", "totpCode", "nonce", "passwordHash", "bearerToken", "credentials", "webhookSecret", "sessionID", "expectedDigest", "resetCode", "authHeader", "hmacSum"}
	no := []string{"tokenType", "token_type", "tokenizer", "tokenCount", "tokenLen", "tokenKind", "secretName", "macAddress", "signatureAlgorithm", "nonceSize", "isSecret", "tokenURL", "tokenExpiry", "user", "name", "id", "nextToken", "cancelToken", "tok", "digestSize", "keyID", "key"}
	for _, n := range yes {
		if !IsSecret(n) {
			t.Errorf("IsSecret(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if IsSecret(n) {
			t.Errorf("IsSecret(%q) = true, want false", n)
		}
	}
}

func TestIsURLCredential(t *testing.T) {
	yes := []string{"token", "access_token", "api_key", "apikey", "password", "session_id", "sid", "jwt", "auth", "id_token", "refresh_token", "client_secret", "X-Api-Key"}
	no := []string{"page_token", "pageToken", "next_token", "state", "csrf_token", "q", "id", "user", "redirect_uri", "token_type", "continuationToken"}
	for _, n := range yes {
		if !IsURLCredential(n) {
			t.Errorf("IsURLCredential(%q) = false, want true", n)
		}
	}
	for _, n := range no {
		if IsURLCredential(n) {
			t.Errorf("IsURLCredential(%q) = true, want false", n)
		}
	}
}

func TestIsOneTimeLink(t *testing.T) {
	for _, n := range []string{"resetToken", "verifyEmailToken", "magicLink", "inviteCode", "password_reset"} {
		if !IsOneTimeLink(n) {
			t.Errorf("IsOneTimeLink(%q) = false", n)
		}
	}
	for _, n := range []string{"token", "accessToken", "apiKey"} {
		if IsOneTimeLink(n) {
			t.Errorf("IsOneTimeLink(%q) = true", n)
		}
	}
}
