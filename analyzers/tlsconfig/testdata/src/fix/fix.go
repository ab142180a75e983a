package fix

import "crypto/tls"

func legacy() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS10} // want `MinVersion is TLS 1.0`
}

func assigned(c *tls.Config) {
	c.MinVersion = tls.VersionTLS11 // want `MinVersion is TLS 1.1`
}
