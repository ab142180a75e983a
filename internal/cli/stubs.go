package cli

func runAudit(args []string, e *env) int {
	e.errorf("audit: not available yet")
	return ExitInternal
}

func runReference(args []string, e *env) int {
	e.errorf("reference: not available yet")
	return ExitInternal
}
