package reference

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxBodyBytes bounds every request body. Long passphrases (256
// characters, up to 1 KiB in UTF-8) fit many times over.
const maxBodyBytes = 16 << 10

// apiError is the body of every error response.
type apiError struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	if v != nil {
		_ = json.NewEncoder(w).Encode(v)
	}
}

func writeError(w http.ResponseWriter, status int, code, message string) {
	writeJSON(w, status, apiError{Error: code, Message: message})
}

// decodeJSON reads a JSON object into dst, refusing (with a JSON error and
// false) a missing or wrong Content-Type, bodies over maxBodyBytes, invalid
// UTF-8 (encoding/json would silently replace it), syntax errors, unknown
// fields, wrong types and trailing data.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) bool {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		writeError(w, http.StatusBadRequest, "missing_content_type", "Content-Type: application/json is required")
		return false
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "send the body as application/json")
		return false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "body_too_large", fmt.Sprintf("the body must be at most %d bytes", maxBodyBytes))
			return false
		}
		writeError(w, http.StatusBadRequest, "unreadable_body", "the request body could not be read")
		return false
	}
	if !utf8.Valid(body) {
		writeError(w, http.StatusBadRequest, "invalid_utf8", "the body is not valid UTF-8")
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_json", describeJSONError(err))
		return false
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		writeError(w, http.StatusBadRequest, "invalid_json", "the body must hold exactly one JSON object")
		return false
	}
	return true
}

// describeJSONError explains a decoding error without echoing values.
func describeJSONError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var field *fieldError
	switch {
	case errors.As(err, &field):
		return field.msg
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("field %q must be a %s", typ.Field, jsonKind(typ.Type.Kind().String()))
		}
		return "the body must be a JSON object"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "the body is empty or truncated"
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	default:
		return "the body could not be decoded"
	}
}

func jsonKind(k string) string {
	switch k {
	case "string", "struct":
		if k == "struct" {
			return "JSON object"
		}
		return "string"
	case "slice":
		return "list"
	case "bool":
		return "boolean"
	default:
		return "number"
	}
}

// scopeList accepts scopes as a JSON list or a space-separated string.
type scopeList []string

func (s *scopeList) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err == nil {
		*s = list
		return nil
	}
	var one string
	if err := json.Unmarshal(b, &one); err != nil {
		return &fieldError{"scopes must be a list of strings"}
	}
	*s = strings.Fields(one)
	return nil
}

// lifetime accepts a number of seconds or a Go duration string ("720h").
type lifetime time.Duration

func (l *lifetime) UnmarshalJSON(b []byte) error {
	var secs int64
	if err := json.Unmarshal(b, &secs); err == nil {
		*l = lifetime(time.Duration(secs) * time.Second)
		return nil
	}
	var text string
	if err := json.Unmarshal(b, &text); err != nil {
		return &fieldError{"expiresIn must be seconds or a duration such as \"720h\""}
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		*l = lifetime(time.Duration(n) * time.Second)
		return nil
	}
	d, err := time.ParseDuration(text)
	if err != nil {
		return &fieldError{"expiresIn must be seconds or a duration such as \"720h\""}
	}
	*l = lifetime(d)
	return nil
}

// fieldError is a decoding error whose message is safe to show.
type fieldError struct{ msg string }

func (e *fieldError) Error() string { return e.msg }
