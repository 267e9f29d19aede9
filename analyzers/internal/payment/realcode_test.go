package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRealCode runs the model over what real code does (issue 18): the
// fields providers dedupe on, and paid states written through a database.
// A load of its own, so that the pieces of payment_test.go stay as they are.
func TestRealCode(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/realkeys", "model/dbwrites")
}
