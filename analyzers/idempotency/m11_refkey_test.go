package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestRefKeyM11: a reference field (reference, tx_ref) sent by a client
// type whose other requests carry an Idempotency-Key header is no key:
// the retried write is reported; a client type that never sets the
// header keeps its reference as key, so do free functions and writes
// with their own header.
func TestRefKeyM11(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/m11refkey")
}
