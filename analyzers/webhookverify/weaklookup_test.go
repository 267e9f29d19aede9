package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// WeakLookupC12: chi handlers whose ports main binds: PayPal's
// VerifyWebhookSignature with only its error checked before an order is
// marked paid, and a bank MAC skipped on an empty secret before a payout
// looked up by the event's reference is settled, are reported at the
// binding. The verdict read (VerificationStatus), an empty secret refused,
// and a fail-open check before a "seen" stamp stay silent.
var _ = cases.Add(webhookverify.Analyzer, "WeakLookupC12", "c12weak/...")
