package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// WiredVerifierE20: a gin PayPal ticket hook whose only check is an
// interface held in its receiver, bound in main to a wrapper handing back
// only the error of VerifyWebhookSignature, reported at the binding as a
// check of the error alone; the same hook bound to a wrapper testing
// VerificationStatus == SUCCESS silent.
var _ = cases.Add(webhookverify.Analyzer, "WiredVerifierE20", "e20wiredverifier/...")
