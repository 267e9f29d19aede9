package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// HeaderSkipE20: a gin notification handler calling its HMAC check only
// when the request sends X-Pay-Signature is reported as skipping the
// check when the header is missing (a forger leaves it out); one checking
// only when a secret is configured keeps the empty-secret wording, and
// one refusing a request without the signature is silent.
var _ = cases.Add(webhookverify.Analyzer, "HeaderSkipE20", "e20headerskip/...")
