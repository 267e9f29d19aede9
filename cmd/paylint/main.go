// Command paylint finds payment-integration mistakes in Go code: payment
// writes retried without one stable idempotency key, polling that is too
// fast, unbounded or creates new payments, and goods released from a
// success redirect or an unverified webhook.
//
// One binary, one engine, two faces:
//
//	go vet -vettool=$(which paylint) [-config=/abs/.paylint.yml] [-pollinterval.min=3s] ./...
//	paylint [-f text|json|sarif] [-checks list] [-config file] [-o file] [packages]
//
// When go vet invokes it (-V=full, -flags, or a *.cfg unit description) it
// speaks the unitchecker protocol; otherwise it is the standalone command,
// which runs go vet with itself as the tool and renders the result (see
// package internal/driver). Run `paylint -help` for the flags.
package main

import (
	"os"

	"github.com/paylint/paylint/analyzers"
	"github.com/paylint/paylint/internal/driver"
)

func main() {
	if driver.IsVetInvocation(os.Args[1:]) {
		startCPUProfile(os.Args[1:]) // PAYLINT_CPUPROFILE (cpuprofile.go)
		driver.Vet(analyzers.All())
		return
	}
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}
