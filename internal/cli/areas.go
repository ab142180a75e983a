package cli

// The probe areas register their probes when imported.
import (
	_ "github.com/authcheck/authcheck/probes/httpcheck"
	_ "github.com/authcheck/authcheck/probes/tlscheck"
)
