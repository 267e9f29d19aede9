package retry_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestClientFields: clients that retry by themselves, held in struct
// fields and configured in constructors (of this package or another),
// make every send through the field a retried send.
func TestClientFields(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, idempotency.Analyzer,
		"retry/crosspkgclient/gateway", "retry/crosspkgclient/billing")
}
