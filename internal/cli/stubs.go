package cli

func runProbe(args []string, e *env) int {
	e.errorf("probe: not available yet")
	return ExitInternal
}

func runAudit(args []string, e *env) int {
	e.errorf("audit: not available yet")
	return ExitInternal
}

func runReference(args []string, e *env) int {
	e.errorf("reference: not available yet")
	return ExitInternal
}
