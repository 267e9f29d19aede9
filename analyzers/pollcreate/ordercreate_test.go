package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestOrderCreate: a Razorpay order opened while the old one is polled
// is a new payable object (poll/neworder).
func TestOrderCreate(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "poll/neworder")
}

// TestOrderCreateNoWrite: an order create retried with no key has no
// idempotency finding: an order is no write (poll/neworder/retried).
func TestOrderCreateNoWrite(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, idempotency.Analyzer, "poll/neworder/retried")
}
