package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestKeyOrigins: keys made anew per attempt inside a request builder
// the retry calls; per pass of a loop that pays again after its wait
// gave up; on-chain broadcasts whose nonce is read on every attempt.
func TestKeyOrigins(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/keybuilders", "idempotency/repay", "idempotency/chainnonce")
}
