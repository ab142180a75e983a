// Package zaplog logs with go.uber.org/zap.
package zaplog

import (
	"go.uber.org/zap"
)

type Session struct {
	UserID       int64
	RefreshToken string
}

func Login(logger *zap.Logger, email, password, userID string) { // want Login:`sinks\(1→zap\.Info\ at\ zaplog\.go:14,\ 3→zap\.Info\ at\ zaplog\.go:14\)`
	logger.Info("login", zap.String("email", email), zap.String("user_id", userID))
	logger.Info("login", zap.String("email", email), zap.String("password", password)) // want `\[AC901\] password from password \(zaplog.go:\d+\) logged here by zap.Info`
	logger.Debug("password policy", zap.Int("length", len(password)))
}

func Issue(logger *zap.Logger, s Session, accessToken string) { // want Issue:`sinks\(1→zap\.Info\ \(Any\)\ at\ zaplog\.go:23\)`
	sugar := logger.Sugar()
	sugar.Infow("issued", "user", s.UserID, "token", accessToken) // want `\[AC901\] token from accessToken`
	sugar.Infof("issued for user %d", s.UserID)
	logger.Info("session", zap.Any("session", s)) // want `\[AC903\] s \(Session\) holds the refresh token field RefreshToken`
	logger.Info("session", zap.Int("user", int(s.UserID)))
}
