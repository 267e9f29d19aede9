package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRound7Vocabulary: a gateway's status endpoint read by its sibling
// write, a mandate debit, a refund under a gateway path, a payment link,
// a body sent base64-encoded in an envelope, a reference_id next to a
// currency; with look-alikes that read or write no payment.
func TestRound7Vocabulary(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/voc7/gwstatus", "model/voc7/gwstatus/kitchen",
		"model/voc7/mandates", "model/voc7/mandates/transfer")
}
