package odd

/*
static int answer(void) { return 42; }
*/
import "C"

import "net/http"

// CgoHeader is in a cgo file: positions come from the original source.
func CgoHeader(w http.ResponseWriter, r *http.Request) {
	_ = C.answer()
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) // want `without an allowlist check \(no credentials`
}
