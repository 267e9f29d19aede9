package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/paylint/paylint/internal/cmdtest"
)

// TestVetSeesUnexportedCtorType: under go vet each package sees its
// imports only through export data, which leaves out an unexported type
// that no exported declaration reaches — the type a constructor builds
// while returning an interface (func NewStripeRefunds(…) billing.Refunder
// { return &stripeRefunds{…} }). analysistest keeps every fact, so only a
// real go vet run shows that the binding in routes/live still learns what
// that type's method does (handler/ctormethods.go, CtorMethodsFact).
func TestVetSeesUnexportedCtorType(t *testing.T) {
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	env := []string{"GOPATH=" + gopath, "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off", "GOWORK=off"}
	r := cmdtest.Run(t, filepath.Join(gopath, "src"), env, "go", "vet", "-vettool="+bin, "./ctorusecase/...")
	const want = "ctorusecase/routes/live/live.go:18:12: webhook handler calls billing.Refunder.Reverse"
	if !strings.Contains(r.Stderr, want) || !strings.Contains(r.Stderr, "bound here to refunds.stripeRefunds.Reverse") {
		t.Errorf("go vet ./ctorusecase/...: exit %d, stderr:\n%s\nwant the refund bound in routes/live reported", r.Code, r.Stderr)
	}
	if n := strings.Count(r.Stderr, "webhook handler calls"); n != 1 {
		t.Errorf("go vet ./ctorusecase/...: %d webhookack findings, want 1 (the dry-run and queued bindings stay silent):\n%s", n, r.Stderr)
	}
}
