// Package assets serves static files with ETags, verifies uploads by
// checksum and computes git object IDs: fast hashes used correctly.
package assets

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"

	"example.com/shop/hashutil"
)

// ETag is the quoted MD5 of a response body.
func ETag(body []byte) string { // want ETag:`fast-hashes\(body→MD5\)`
	return fmt.Sprintf(`"%x"`, md5.Sum(body))
}

// Serve writes a file with its ETag.
func Serve(w http.ResponseWriter, r *http.Request, body []byte) { // want Serve:`fast-hashes\(body→MD5\)`
	etag := ETag(body)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	_, _ = w.Write(body)
}

// GitBlobID is the SHA-1 object ID git gives a blob.
func GitBlobID(content []byte) string { // want GitBlobID:`fast-hashes\(content→SHA-1\)`
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(content))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// FileSHA256 checksums an uploaded file.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// VerifyUpload compares an upload's checksum with the manifest, reusing the
// shared helpers.
func VerifyUpload(contents []byte, manifest map[string]string, name string) bool { // want VerifyUpload:`fast-hashes\(contents→SHA-256\)`
	passwordFile := manifest["password_file"] // a file name, not a password
	_ = hashutil.Digest(passwordFile)
	return hashutil.Digest(string(contents)) == manifest[name]
}
