// Package cookiehelper encrypts cookies with keys given by the caller
// (like zitadel's httphelper.NewCookieHandler).
package cookiehelper

type Handler struct{ hashKey, encryptKey []byte }

func NewCookieHandler(hashKey, encryptKey []byte, opts ...func(*Handler)) *Handler {
	return &Handler{hashKey: hashKey, encryptKey: encryptKey}
}

// NewKeyedCache takes a cache key, not a secret.
func NewKeyedCache(key string) *Handler { return nil }
