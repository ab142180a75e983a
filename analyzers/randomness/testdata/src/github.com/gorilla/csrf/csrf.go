// Package csrf is a stub of github.com/gorilla/csrf (v1.7) with the real
// Protect signature.
package csrf

import "net/http"

type Option func(any)

func Protect(authKey []byte, opts ...Option) func(http.Handler) http.Handler { return nil }

func Secure(s bool) Option { return nil }
