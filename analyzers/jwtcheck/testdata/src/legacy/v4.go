package legacy

import (
	"log"
	"os"

	jwtv4 "github.com/golang-jwt/jwt/v4"
)

var keyFromEnvBytes = []byte(os.Getenv("LEGACY_KEY"))

func keyFromEnv(*jwtv4.Token) (interface{}, error) { return keyFromEnvBytes, nil }

// RoleOf reads the claims before checking the error.
func RoleOf(raw string) (string, error) {
	token, err := jwtv4.Parse(raw, keyFromEnv, jwtv4.WithValidMethods([]string{"HS256"})) // want `the token or claims from jwt.Parse are used \(line \d+\) before err or token.Valid is checked`
	claims := token.Claims.(jwtv4.MapClaims)
	role, _ := claims["role"].(string)
	if err != nil {
		return "", err
	}
	return role, nil
}

// IsValid ignores the error but checks token.Valid, which v4 sets only
// when verification succeeded.
func IsValid(raw string) (string, bool) {
	token, _ := jwtv4.Parse(raw, keyFromEnv, jwtv4.WithValidMethods([]string{"HS256"}))
	if !token.Valid {
		return "", false
	}
	claims := token.Claims.(jwtv4.MapClaims)
	sub, _ := claims["sub"].(string)
	return sub, true
}

// Printed follows the v4 README example.
func Printed(raw string) {
	token, err := jwtv4.Parse(raw, keyFromEnv, jwtv4.WithValidMethods([]string{"HS256"}))
	if claims, ok := token.Claims.(jwtv4.MapClaims); ok && token.Valid {
		log.Println(claims["foo"], claims["nbf"])
	} else {
		log.Println(err)
	}
}

// insecureKeyfunc accepts unsigned tokens from an old client.
func insecureKeyfunc(t *jwtv4.Token) (interface{}, error) {
	if t.Method == jwtv4.SigningMethodNone {
		return jwtv4.UnsafeAllowNoneSignatureType, nil // want `jwt.UnsafeAllowNoneSignatureType makes the parser accept`
	}
	return keyFromEnvBytes, nil
}

// ParseOldClient uses the insecure keyfunc.
func ParseOldClient(raw string) (*jwtv4.Token, error) {
	return jwtv4.Parse(raw, insecureKeyfunc)
}

// Service tokens use a key embedded in the binary.
const servicePEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
-----END RSA PRIVATE KEY-----`

// SignService signs with the embedded key.
func SignService(claims jwtv4.RegisteredClaims) (string, error) {
	key, err := jwtv4.ParseRSAPrivateKeyFromPEM([]byte(servicePEM))
	if err != nil {
		return "", err
	}
	return jwtv4.NewWithClaims(jwtv4.SigningMethodRS256, claims).SignedString(key) // want `comes from variable key, which is a private key parsed from PEM text that is the constant servicePEM`
}

// batchParser skips claim validation for a batch job.
var batchParser = &jwtv4.Parser{ValidMethods: []string{"HS256"}, SkipClaimsValidation: true} // want `claim validation is switched off`

// BatchSubject verifies with the batch parser.
func BatchSubject(raw string) (string, error) {
	claims := jwtv4.MapClaims{}
	if _, err := batchParser.ParseWithClaims(raw, claims, keyFromEnv); err != nil {
		return "", err
	}
	sub, _ := claims["sub"].(string)
	return sub, nil
}
