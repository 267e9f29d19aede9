// Command paylint finds payment-integration mistakes in Go code: payment
// writes retried without one stable idempotency key, polling that is too
// fast, unbounded or creates new payments, and goods released from a
// success redirect or an unverified webhook.
//
// One binary, two faces:
//
//	go vet -vettool=$(which paylint) [-config=/abs/.paylint.yml] [-pollinterval.min=3s] ./...
//	paylint [-f text|json|sarif] [-checks list] [-config file] [-o file] [packages]
//
// When go vet invokes it (-V=full, -flags, or a *.cfg unit description) it
// speaks the unitchecker protocol; otherwise it is the standalone command
// of package internal/driver. Run `paylint -help` for the flags.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/configlink"
	"github.com/paylint/paylint/internal/driver"
)

func main() {
	if invokedByGoVet(os.Args[1:]) {
		vetMain()
		return
	}
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}

// invokedByGoVet reports whether args follow the go vet -vettool protocol:
// `-V=full` (describe the executable), `-flags` (describe the flags), or
// flags followed by one *.cfg file describing the unit to analyze.
func invokedByGoVet(args []string) bool {
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "V=full", "flags":
			if strings.HasPrefix(a, "-") {
				return true
			}
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && !strings.HasPrefix(args[len(args)-1], "-")
}

// vetMain runs the unitchecker protocol. -config is defined on
// flag.CommandLine before unitchecker.Main parses it, so `paylint -flags`
// lists it and go vet passes it through; the analyzers' own flags
// (-pollinterval.min…) and -json are added by unitchecker itself.
func vetMain() {
	flag.Var(vetConfigFlag{}, "config", "paylint configuration file (.paylint.yml; give an absolute path: go vet runs the tool in each package's directory)")
	all := analyzers.All()
	driver.GuardPanics(all)
	unitchecker.Main(all...)
}

// vetConfigFlag loads the file as soon as the flag is parsed and makes it
// the configuration of every package. A bad file ends the process with one
// line on stderr and exit 2 for each package named on the go vet command
// line. Dependencies, which go vet analyzes only for their facts
// (VetxOnly), carry on with the default configuration instead: the error
// is then reported once per root package, not once per standard library
// package, and the root packages fail anyway.
type vetConfigFlag struct{}

func (vetConfigFlag) String() string { return "" }

func (vetConfigFlag) Set(path string) error {
	if path == "" {
		return nil
	}
	if !filepath.IsAbs(path) {
		if _, err := os.Stat(path); err != nil {
			if factsOnly() {
				return nil
			}
			fmt.Fprintf(os.Stderr, "paylint: -config %s: not found from the package directory; go vet runs paylint in each package's directory, so give an absolute path (e.g. -config=$(pwd)/%s)\n", path, path)
			os.Exit(driver.ExitError)
		}
	}
	if err := configlink.Use(path); err != nil {
		if factsOnly() {
			return nil
		}
		fmt.Fprintf(os.Stderr, "paylint: %s\n", strings.Join(strings.Fields(err.Error()), " "))
		os.Exit(driver.ExitError)
	}
	return nil
}

// factsOnly reports whether go vet asked for the facts of a dependency
// only: the VetxOnly field of the unit's .cfg file (the last argument).
func factsOnly() bool {
	args := os.Args[1:]
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return false
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}
