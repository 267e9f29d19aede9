package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// PayPalCaptureReturn: PayPal return pages of another package
// (/paypal/return?token=<order>) capturing the approved order over plain
// REST (POST /v2/checkout/orders/{id}/capture) through a use case bound
// in main. Silent: the use case marks the order paid only when the
// capture's answer says COMPLETED (a Completed flag, or its status field
// compared), or after a capture whose error it checks (the shared model's
// reading of a capture or confirmation the provider accepted: PayPal
// answers 422 ORDER_NOT_APPROVED for a buyer who never paid, and the
// client turns it into an error). Reported: a use case ignoring the
// capture's answer and error alike, and one marking the order paid with
// no capture at all.
var _ = cases.Add(redirectfulfill.Analyzer, "PayPalCaptureReturn", "paypalcapturereturn/...")
