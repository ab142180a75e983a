package reference_test

import (
	"testing"

	"github.com/authcheck/authcheck/reference/internal/pgtest"
)

// TestAttacksOnPostgres reruns, on the Postgres store, the attack tests
// whose outcome depends on the store's transactions: a login racing a
// reset or lock, pre-takeover keys, lock bypass, unauthenticated growth,
// reset, refresh rotation and reuse, a lock from the command line, TOTP
// replay races, MFA re-enrolment on unlock, revoked-token alerts (raised
// once across two replicas too). The whole suite runs on Postgres with
// AUTHCHECK_TEST_REFERENCE_STORE=postgres.
func TestAttacksOnPostgres(t *testing.T) {
	pgtest.Admin(t) // skip without a server
	for name, test := range map[string]func(*testing.T){
		"Hole1LoginInFlight":        TestHole1LoginInFlightDoesNotSurviveResetOrLock,
		"Hole2PreTakeover":          TestHole2PreTakeoverAndAPIKeys,
		"Hole5LockCannotBeUndone":   TestHole5LockCannotBeUndoneByTheAttacker,
		"Hole7NoUnauthenticated":    TestHole7UnauthenticatedGrowthFromOneIP,
		"ResetFlow":                 TestResetFlow,
		"RefreshRotationAndReuse":   TestRefreshRotationAndReuseRevokesFamily,
		"LockFromCLIWhileServing":   TestLockAccountFromCLIWhileServing,
		"MFAConcurrentReplay":       TestMFAConcurrentReplay,
		"MFAReenrolmentAfterUnlock": TestMFAReenrolmentAfterUnlock,
		"AlertRevokedTokenUse":      TestAlertRevokedTokenUse,
		"AlertOnceAcrossReplicas":   TestAlertOnceAcrossReplicas,
	} {
		t.Run(name, func(t *testing.T) {
			t.Setenv(storeEnv, "postgres")
			test(t)
		})
	}
}
