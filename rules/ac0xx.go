package rules

// AC0xx: rules about authcheck's own directives rather than the code's
// security. They live outside the security areas (AC1xx–AC9xx) on purpose.
func init() {
	Register(Rule{
		ID:        "AC001",
		Name:      "unjustified-suppression",
		Checklist: "review.justified-exceptions",
		Severity:  Low,
		Source:    "suppression",
		Summary:   "An //authcheck:ignore directive gives no justification.",
		Why:       "A waiver without a reason cannot be reviewed: nobody can tell later whether it is still safe. Reported only with --require-justification.",
		Fix:       "Add the reason after \"--\": //authcheck:ignore AC201 -- value is a public ETag, not a secret.",
	})
}
