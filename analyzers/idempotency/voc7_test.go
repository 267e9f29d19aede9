package idempotency

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestEnvelopeKeys: a UPI gateway's mandate debit and refund, sent
// base64-encoded in a JSON envelope, are keyed by the stable
// merchantTransactionId inside it; one made from the clock per attempt
// is reported (model/voc7/autopay).
func TestEnvelopeKeys(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/voc7/autopay")
}

// TestBuilderKeys: a key made outside the request builder a retrying
// sender is handed is the same on every attempt, and a sender calling
// its builder once retries nothing: both silent (model/voc7/buildkeys).
func TestBuilderKeys(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "model/voc7/buildkeys")
}
