package rules

// AP6xx: default deny and object ownership, checked live by
// probes/httpcheck (default-deny, ownership).
func init() {
	Register(
		Rule{
			ID:        "AP601",
			Name:      "unknown-route-served",
			Checklist: "authorization.default-deny",
			Severity:  Medium,
			Source:    "default-deny",
			Summary:   "A random, unknown path answers 2xx instead of 401/403/404.",
			Why:       "A router that serves anything it does not know (a catch-all handler, a static directory, a framework default) suggests routes exist without an explicit policy, and hides real 404s from scanners and monitoring.",
			Fix:       "Make the router's fallback answer 404 (or 401/403 behind authentication); register every route with an explicit policy.",
			CWE:       []string{"CWE-862", "CWE-276"},
			ASVS:      []string{"8.2.1"},
			Links:     []string{"https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html#deny-by-default"},
		},
		Rule{
			ID:        "AP602",
			Name:      "unusual-method-served",
			Checklist: "authorization.default-deny",
			Severity:  Medium,
			Source:    "default-deny",
			Summary:   "An unusual method (PATCH, DELETE, TRACE or a made-up one) on the target URL answers 2xx.",
			Why:       "Handlers that ignore the method run their logic for verbs nobody meant to allow; TRACE echoes the request, including credentials, back (cross-site tracing).",
			Fix:       "Route by method (Go 1.22 patterns like \"GET /path\") so other methods get 405, and disable TRACE.",
			CWE:       []string{"CWE-650", "CWE-862"},
			ASVS:      []string{"4.1.4", "13.4.4"},
			Links:     []string{"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/02-Configuration_and_Deployment_Management_Testing/06-Test_HTTP_Methods"},
		},
		Rule{
			ID:        "AP603",
			Name:      "protected-endpoint-without-credentials",
			Checklist: "authorization.default-deny",
			Severity:  High,
			Source:    "default-deny",
			Summary:   "An endpoint that needs authentication answers 2xx without credentials.",
			Why:       "Anyone can call it: the authentication check is missing or fails open.",
			Fix:       "Put authentication in a middleware that every protected route passes through and that answers 401 when no valid session or token is present.",
			CWE:       []string{"CWE-306", "CWE-862"},
			ASVS:      []string{"8.2.1"},
			Links:     []string{"https://cheatsheetseries.owasp.org/cheatsheets/Authorization_Cheat_Sheet.html"},
		},
		Rule{
			ID:        "AP604",
			Name:      "cross-account-access",
			Checklist: "authorization.ownership",
			Severity:  Critical,
			Source:    "ownership",
			Summary:   "One account can read a resource another account created (insecure direct object reference).",
			Why:       "Anyone with an account can read other users' data by trying IDs; sequential or leaked IDs make it trivial.",
			Fix:       "Look resources up by (id, owner) from the authenticated session, never by id alone, and answer 404 (or 403) when the owner differs.",
			CWE:       []string{"CWE-639"},
			ASVS:      []string{"8.2.2"},
			Links:     []string{"https://cheatsheetseries.owasp.org/cheatsheets/Insecure_Direct_Object_Reference_Prevention_Cheat_Sheet.html"},
		},
	)
}
