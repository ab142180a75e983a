package cli

import (
	"context"
	"errors"
)

func runReference(args []string, e *env) int {
	e.errorf("reference: not available yet")
	return ExitInternal
}

type referenceInstance struct {
	url, profilePath string
	close            func()
}

func startReference(ctx context.Context, e *env) (*referenceInstance, error) {
	return nil, errors.New("not available yet")
}
