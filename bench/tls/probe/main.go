// Command probe runs authcheck's TLS probes (package probes/tlscheck)
// against one target and prints the results, so that bench/tls/run.sh can
// time exactly the TLS part of `authcheck probe`.
//
//	probe -url https://127.0.0.1:8443/ [-ca FILE] [-json]
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/authcheck/authcheck/probes"
	"github.com/authcheck/authcheck/probes/tlscheck"
)

func main() {
	url := flag.String("url", "", "target URL (https://host:port/)")
	ca := flag.String("ca", "", "PEM file of a private CA to trust")
	asJSON := flag.Bool("json", false, "print the checks as JSON")
	flag.Parse()

	t, err := probes.NewTarget(probes.Options{URL: *url, CAFile: *ca})
	if err != nil {
		log.Fatal(err)
	}
	ps := probes.Selection{Only: []string{tlscheck.Area}}.Select(probes.All())
	checks := probes.Run(context.Background(), t, ps, nil)
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(checks); err != nil {
			log.Fatal(err)
		}
		return
	}
	for _, c := range checks {
		fmt.Printf("%s %-5s %s\n", c.Rule, c.Status, c.Message)
	}
}
