// Package oauth2 is a stub of golang.org/x/oauth2 with the real Config
// fields.
package oauth2

type Endpoint struct {
	AuthURL  string
	TokenURL string
}

type Config struct {
	ClientID     string
	ClientSecret string
	Endpoint     Endpoint
	RedirectURL  string
	Scopes       []string
}

type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
}
