package reference

import (
	"net/http"
	"net/url"
)

// maxNextLength bounds the next parameter; a longer value is ignored.
const maxNextLength = 2048

// finishLogout answers a completed logout. A browser form may name where
// to go afterwards with ?next=/path: when next is a path on this site the
// answer is 303 See Other to it, so the browser lands there with a GET;
// otherwise, and for API clients that name none, it is 204 No Content.
// A value that could lead to another site (an absolute URL, //host, /\host,
// a control character) is ignored, never followed: an open redirect on the
// real domain is the phishing page users trust most (CWE-601, ASVS 3.7.2).
func finishLogout(w http.ResponseWriter, r *http.Request) {
	if next, ok := sameSiteNext(r.URL.Query().Get("next")); ok {
		w.Header().Set("Location", next)
		w.WriteHeader(http.StatusSeeOther)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// sameSiteNext returns v when a browser can only read it as a path on this
// site: it starts with one "/" (not "//" or "/\", which browsers read as
// another host), holds no backslash, control character or space that
// browsers strip or rewrite, and parses with neither scheme nor host. The
// value is used exactly as checked, never decoded again.
func sameSiteNext(v string) (string, bool) {
	if v == "" || len(v) > maxNextLength || v[0] != '/' {
		return "", false
	}
	if len(v) > 1 && (v[1] == '/' || v[1] == '\\') {
		return "", false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c <= ' ' || c == 0x7f || c == '\\' {
			return "", false
		}
	}
	u, err := url.Parse(v)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || u.Opaque != "" {
		return "", false
	}
	return v, true
}
