package reference_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/authcheck/authcheck/reference"
	"github.com/authcheck/authcheck/reference/cli"
)

// Child modes: the test binary re-executes itself to run a server in a
// separate process that a test can kill (crash safety) or signal (CLI).
const (
	childModeEnv = "REFERENCE_TEST_CHILD"
	childDataEnv = "REFERENCE_TEST_DATA"
	childDBEnv   = "REFERENCE_TEST_DB" // a Postgres URL, for a server on Postgres
)

func TestMain(m *testing.M) {
	switch os.Getenv(childModeEnv) {
	case "":
		os.Exit(m.Run())
	case "server":
		runChildServer()
	case "cli":
		os.Exit(cli.Main(os.Args[len(os.Args)-1-countCLIArgs():], os.Stdout, os.Stderr))
	default:
		fmt.Fprintln(os.Stderr, "unknown child mode")
		os.Exit(2)
	}
}

// countCLIArgs: the CLI arguments follow a "--" separator.
func countCLIArgs() int {
	for i, a := range os.Args {
		if a == "--" {
			return len(os.Args) - i - 2
		}
	}
	return len(os.Args) - 2
}

// runChildServer serves the test configuration on the data directory and
// prints "URL CAFILE" when ready; it runs until killed.
func runChildServer() {
	cfg := reference.Config{
		DataDir: os.Getenv(childDataEnv), Addr: "127.0.0.1:0", Argon2: fastArgon2, Limits: relaxedLimits,
		Logger: devNull(), DevOutbox: true, DatabaseURL: os.Getenv(childDBEnv),
	}
	srv, err := reference.Start(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		os.Exit(3)
	}
	fmt.Printf("%s %s\n", srv.URL(), srv.CAFile())
	select {}
}

func devNull() *os.File {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		panic(err)
	}
	return f
}
