package urlcreds

import (
	"reflect"
	"testing"
)

func TestParamBefore(t *testing.T) {
	for _, tc := range []struct {
		text string
		name string
		sep  byte
		ok   bool
	}{
		{"https://api.example.com/me?access_token=", "access_token", '?', true},
		{"/items?page=2&api_key=", "api_key", '&', true},
		{"#id_token=", "id_token", '#', true},
		{"token=", "token", 0, true},
		{"ids[]=", "ids[]", 0, true},
		{" session_id=", "", 0, false},
		{"/path/token=", "", 0, false},
		{"?token", "", 0, false},
		{"?=", "", 0, false},
		{"", "", 0, false},
		{"WHERE token=", "", 0, false},
	} {
		name, sep, ok := paramBefore(tc.text)
		if name != tc.name || sep != tc.sep || ok != tc.ok {
			t.Errorf("paramBefore(%q) = %q, %q, %v; want %q, %q, %v", tc.text, name, sep, ok, tc.name, tc.sep, tc.ok)
		}
	}
}

func TestParseVerbs(t *testing.T) {
	for _, tc := range []struct {
		format string
		want   []fmtVerb
	}{
		{"%s?token=%s", []fmtVerb{{"", "", 0}, {"?token=", "?token=", 1}}},
		{"100%% of %d?k=%v", []fmtVerb{{"100% of ", "100% of ", 0}, {"?k=", "100% of ?k=", 1}}},
		{"%[2]s?a=%[1]s", []fmtVerb{{"", "", 1}, {"?a=", "?a=", 0}}},
		{"%*d|%-8.3f", []fmtVerb{{"", "", 1}, {"|", "|", 2}}},
		{"héllo %s", []fmtVerb{{"héllo ", "héllo ", 0}}},
		{"%", nil},
		{"%[", nil},
		{"%[x]s", nil},
		{"trailing %-", nil},
	} {
		if got := parseVerbs(tc.format); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("parseVerbs(%q) = %+v, want %+v", tc.format, got, tc.want)
		}
	}
}

func TestCredentialName(t *testing.T) {
	for _, tc := range []struct {
		param, value string
		want         string
		ok           bool
	}{
		{"access_token", "tok", "access_token", true},
		{"session", "sid", "session", true},
		{"key", "apiKey", "apiKey", true},
		{"key", "cacheKey", "", false},
		{"key", "", "", false},
		{"page_token", "tok", "", false},
		{"state", "state", "", false},
		{"code", "code", "", false},
		{"token_type", "t", "", false},
		{"client_id", "id", "", false},
	} {
		got, ok := credentialName(tc.param, tc.value)
		if got != tc.want || ok != tc.ok {
			t.Errorf("credentialName(%q, %q) = %q, %v; want %q, %v", tc.param, tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

func TestClassify(t *testing.T) {
	for param, want := range map[string]string{
		"access_token":  "access token",
		"jwt":           "access token",
		"auth":          "access token",
		"refresh_token": "refresh token",
		"id_token":      "ID token",
		"api_key":       "API key",
		"apiKey":        "API key",
		"password":      "password",
		"session_id":    "session ID",
		"sid":           "session ID",
		"client_secret": "client secret",
		"secret":        "secret",
		"token":         "token",
		"credentials":   "credential",
	} {
		if got := classify(param).what; got != want {
			t.Errorf("classify(%q) = %q, want %q", param, got, want)
		}
	}
}

func TestOneTimeLink(t *testing.T) {
	for _, tc := range []struct {
		param, value string
		context      []string
		kind         string
		ok           bool
	}{
		{"token", "tok", []string{"SendPasswordReset"}, "password-reset", true},
		{"token", "t", []string{"GET /verify-email"}, "verification", true},
		{"invite_token", "code", nil, "invitation", true},
		{"token", "resetToken", nil, "password-reset", true},
		{"token", "tok", []string{"https://app.example.com/login/magic?token="}, "magic", true},
		// Specific credentials stay credentials in a reset flow.
		{"access_token", "tok", []string{"ResetPassword"}, "", false},
		{"api_key", "key", []string{"/orders/confirm?api_key="}, "", false},
		{"token", "sessionID", []string{"ConfirmOrder"}, "", false},
		{"token", "tok", []string{"Profile", "/me?token="}, "", false},
	} {
		kind, ok := oneTimeLink(tc.param, tc.value, tc.context)
		if kind != tc.kind || ok != tc.ok {
			t.Errorf("oneTimeLink(%q, %q, %q) = %q, %v; want %q, %v", tc.param, tc.value, tc.context, kind, ok, tc.kind, tc.ok)
		}
	}
}

func TestOneTimeModeSet(t *testing.T) {
	var m oneTimeMode
	for _, v := range []string{"info", "FLAG", " ignore "} {
		if err := m.Set(v); err != nil {
			t.Errorf("Set(%q): %v", v, err)
		}
	}
	if m != oneTimeIgnore {
		t.Errorf("after Set(\" ignore \"): %q", m)
	}
	if err := m.Set("high"); err == nil {
		t.Error("Set(high) accepted")
	}
}
