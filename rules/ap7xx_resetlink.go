package rules

// AP750–AP759: where the reset link points (issue 14 §2). AP751 is
// checked live by probes/lifecycle (reset-link-origin).
func init() {
	Register(
		Rule{
			ID:        "AP751",
			Name:      "reset-link-poisoning",
			Checklist: "reset.link-origin",
			Severity:  High,
			Source:    "reset-link-origin",
			Summary:   "The password-reset mail links to the host the request named (Host, X-Forwarded-Host or Forwarded: host=) instead of the service's own origin.",
			Why:       "An attacker requests a reset for the victim's address with `Host: attacker.example`; the genuine mail then carries a link to the attacker's server, and the victim's click hands over the reset token (password-reset poisoning). Caches and proxies that pass these headers through make it work even behind a load balancer.",
			Fix:       "Build links in mail from a configured public base URL, never from request headers; if the host must come from the request, check it against an allowlist of the service's names and trust forwarded headers only from your own proxies.",
			CWE:       []string{"CWE-640", "CWE-644"},
			Links: []string{
				"https://portswigger.net/web-security/host-header/exploiting/password-reset-poisoning",
				"https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/17-Testing_for_Host_Header_Injection",
				"https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html",
			},
		},
	)
}
