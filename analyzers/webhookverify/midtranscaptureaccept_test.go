package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MidtransCaptureAccept: Midtrans notification handlers taking only the
// order id from the body and reading the transaction back with
// CheckTransaction. Silent: the one acting on "capture" only when the
// answer's FraudStatus is "accept" (Midtrans's paid state for cards,
// provider data beside its statuses), or on "settlement". Reported: one
// acting on "capture" whatever the fraud verdict (a capture held for
// review is no payment yet), one acting on FraudStatus "accept" alone
// (an authorised pre-auth is accepted too), and one trusting the capture
// and the verdict the posted body claims.
var _ = cases.Add(webhookverify.Analyzer, "MidtransCaptureAccept", "midtranscaptureaccept/...")
