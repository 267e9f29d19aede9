package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SquareEmptyBody: Square's Webhooks.VerifySignature answers nil for
// an empty body; a handler that acts without requiring a body is
// reported, one that rejects an empty body or stops on a decode error is
// not, nor another provider's verifier.
var _ = cases.Add(webhookverify.Analyzer, "SquareEmptyBody", "webhookverify/squarebody")
