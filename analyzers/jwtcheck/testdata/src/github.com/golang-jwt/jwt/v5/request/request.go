// Package request is a stub of github.com/golang-jwt/jwt/v5/request.
package request

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}

type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

var AuthorizationHeaderExtractor Extractor = HeaderExtractor{"Authorization"}

type fromRequestParser struct {
	claims jwt.Claims
	parser *jwt.Parser
}

type ParseFromRequestOption func(*fromRequestParser)

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (token *jwt.Token, err error) {
	return nil, nil
}

func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (token *jwt.Token, err error) {
	return nil, nil
}

func WithClaims(claims jwt.Claims) ParseFromRequestOption { return nil }

func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }
