// Package secrets holds values shared by the services: constants of
// another package.
package secrets

// PartnerAPIKey is the key for the partner API.
const PartnerAPIKey = "pk_live_51Hx9"

// PasswordEnv names the environment variable that holds the SMTP password.
const PasswordEnv = "SMTP_PASSWORD"

// MinPasswordLength is the checklist's minimum.
const MinPasswordLength = 8
