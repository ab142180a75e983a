// Package etag serves conditional GETs and verifies downloads. Digests of
// public data are checksums, not secrets.
package etag

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
)

// Serve answers If-None-Match with 304.
func Serve(w http.ResponseWriter, r *http.Request, body []byte) {
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Write(body)
}

// VerifyDownload checks a published SHA-256: an integrity check.
func VerifyDownload(data []byte, expectedDigest string) error {
	digest := sha256.Sum256(data)
	if hex.EncodeToString(digest[:]) != expectedDigest {
		return errors.New("download corrupted")
	}
	return nil
}

// VerifyStream hashes a stream and compares with the published MD5.
func VerifyStream(r io.Reader, wantSum []byte) error {
	h := md5.New()
	if _, err := io.Copy(h, r); err != nil {
		return err
	}
	if !bytes.Equal(h.Sum(nil), wantSum) {
		return errors.New("download corrupted")
	}
	return nil
}

// WeakMatch compares a hashed body with the client's weak validator.
func WeakMatch(r *http.Request, body []byte) bool {
	h := sha256.New()
	h.Write(body)
	digest := hex.EncodeToString(h.Sum(nil))
	return "W/\""+digest+"\"" == r.Header.Get("If-None-Match")
}
