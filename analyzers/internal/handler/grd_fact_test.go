package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// TestGuardHelperFacts: the functions of an idempotency or store package
// whose answer is a duplicate guard, and only those, get a
// GuardHelperFact (grd_fact.go).
func TestGuardHelperFacts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, handler.Analyzer, "webhookdedupe/guardsx/idem", "webhookdedupe/guardsx/inbox", "webhookdedupe/guardsx/ledger")
}
