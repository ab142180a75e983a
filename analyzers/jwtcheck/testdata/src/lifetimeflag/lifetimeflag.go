// Package lifetimeflag is analysed with -max-access-lifetime=2h.
package lifetimeflag

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func OneHour(now time.Time) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour))}
}

func ThreeHours(now time.Time) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{ExpiresAt: jwt.NewNumericDate(now.Add(3 * time.Hour))} // want `access token lifetime is 3h, longer than 2h`
}
