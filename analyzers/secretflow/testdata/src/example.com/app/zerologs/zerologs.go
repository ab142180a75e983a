// Package zerologs logs with github.com/rs/zerolog.
package zerologs

import (
	"net/http"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

type Request struct {
	Path         string
	ClientID     string
	ClientSecret string
}

func Call(logger zerolog.Logger, apiKey, endpoint string) { // want Call:`sinks\(2→zerolog\ Str\ at\ zerologs\.go:18\)`
	log.Info().Str("endpoint", endpoint).Str("api_key", apiKey).Msg("calling") // want `\[AC901\] API key from apiKey`
	logger.Info().Str("key_prefix", apiKey[:8]).Msg("calling")
	logger.Info().Int("key_len", len(apiKey)).Msg("calling")
}

func Token(r *http.Request, req Request) { // want Token:`sinks\(1→zerolog\ Interface\ at\ zerologs\.go:24\)`
	log.Info().Interface("request", req).Msg("token request") // want `\[AC903\] req \(Request\) holds the client secret field ClientSecret`
	log.Info().Str("client_id", req.ClientID).Msg("token request")
	log.Info().Msgf("auth %s", r.Header.Get("Authorization")) // want `\[AC901\] Authorization header from r.Header.Get`
	log.Error().Msgf("bad request from %s", r.RemoteAddr)
}
