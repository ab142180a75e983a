// Package request is a stub of github.com/golang-jwt/jwt/v5/request with
// the real signatures.
package request

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// Extractor is an interface for extracting a token from an HTTP request.
type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

// HeaderExtractor extracts a token from request headers.
type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

// ArgumentExtractor extracts a token from request arguments (Request.Form).
type ArgumentExtractor []string

func (e ArgumentExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

// MultiExtractor tries extractors in order until one returns a token.
type MultiExtractor []Extractor

func (e MultiExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

// PostExtractionFilter wraps an Extractor.
type PostExtractionFilter struct {
	Extractor
	Filter func(string) (string, error)
}

// AuthorizationHeaderExtractor extracts a bearer token from the Authorization header.
var AuthorizationHeaderExtractor = &PostExtractionFilter{HeaderExtractor{"Authorization"}, nil}

// OAuth2Extractor is an Extractor for OAuth2 access tokens: the
// Authorization header, then the access_token argument.
var OAuth2Extractor = &MultiExtractor{
	AuthorizationHeaderExtractor,
	ArgumentExtractor{"access_token"},
}

// ParseFromRequestOption configures ParseFromRequest.
type ParseFromRequestOption func(*fromRequestParser)

type fromRequestParser struct{}

// ParseFromRequest extracts and parses a JWT token from an HTTP request.
func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	return nil, nil
}

// ParseFromRequestWithClaims is an alias for ParseFromRequest with claims.
func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (token *jwt.Token, err error) {
	return nil, nil
}
