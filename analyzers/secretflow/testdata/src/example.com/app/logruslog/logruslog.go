// Package logruslog logs with github.com/sirupsen/logrus.
package logruslog

import (
	"github.com/sirupsen/logrus"
)

type OAuthConfig struct {
	ClientID     string
	ClientSecret string `json:"-"`
	RedirectURL  string
}

func Start(cfg OAuthConfig, userEmail, refreshToken string) { // want Start:`sinks\(0→logrus\.Infof\ at\ logruslog\.go:19,\ 1→logrus\.Infof\ at\ logruslog\.go:18\)`
	logrus.WithField("client_id", cfg.ClientID).Info("oauth configured")
	logrus.WithFields(logrus.Fields{"redirect": cfg.RedirectURL, "secret": cfg.ClientSecret}).Info("oauth") // want `\[AC901\] client secret from cfg.ClientSecret`
	logrus.WithField("refresh", refreshToken).Info("refreshing")                                            // want `\[AC901\] refresh token from refreshToken`
	logrus.Infof("password reset requested for %s", userEmail)
	logrus.Infof("config: %v", cfg) // want `\[AC903\] cfg \(OAuthConfig\) holds the client secret field ClientSecret`
}
