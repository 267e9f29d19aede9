package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// VfTerminal: a terminal payment state other than paid (a failed
// payout, a refund, a cancellation) stored through the merchant's
// interface or SQL after only the error of PayPal's
// VerifyWebhookSignature was checked; a refund with no check at all.
// The verdict compared (inline, in a helper, in a switch), a log or mail,
// a failure counter and an unchecked failure stay silent.
var _ = cases.Add(webhookverify.Analyzer, "VfTerminal", "webhookverify/vfterminal")
