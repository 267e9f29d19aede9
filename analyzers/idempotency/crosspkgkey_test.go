package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestCrossPackageKeyField: a wrapper in another package takes its key
// from a field of its parameter (cr.IdempotencyKey): the caller's key,
// safe when set once outside the retry, made anew when set inside it.
func TestCrossPackageKeyField(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/crosspkgkey/...")
}
