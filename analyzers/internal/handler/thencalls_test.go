package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// TestFactoryFacts: the summaries of package mw (thencalls.go) — a
// middleware factory whose returned middleware (a literal, a local func,
// a method value) verifies carries a MiddlewareFact, a logging one or one
// that verifies on some returns only does not; a helper that verifies
// before calling its callback (or handler) is verified at that parameter,
// one that calls it first, on failure too or after a logged verdict is
// unverified, one behind a check paylint cannot judge is verified.
func TestFactoryFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, handler.Analyzer, "webhookverify/factory/mw")
}
