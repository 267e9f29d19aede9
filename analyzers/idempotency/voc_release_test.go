package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestReleaseNeedsNoKey: a hold released (a payment intent cancelled) in
// a retry loop asks for no idempotency key; a capture in the same loop
// does.
func TestReleaseNeedsNoKey(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "model/voc/release")
}
