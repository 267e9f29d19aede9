package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DropVerdictE20: a wrapper of another package handing back only the
// error of plutov/paypal's VerifyWebhookSignature (PayPal answers FAILURE
// with a nil error) checks nothing a caller can enforce: a net/http
// donation hook testing its error alone is reported as checking only its
// verifier's error; the wrapper testing VerificationStatus == SUCCESS
// keeps its caller silent.
var _ = cases.Add(webhookverify.Analyzer, "DropVerdictE20", "e20dropverdict/...")
