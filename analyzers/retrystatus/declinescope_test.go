package retrystatus_test

import (
	"github.com/paylint/paylint/analyzers/retrystatus"
)

// StripeDeclineScope: Stripe answers card_error only to a call that
// charges or authorises a card. A refund retried by backoff with
// invalid_request_error made permanent, and a transfer loop that returns
// on invalid requests, stay silent; a refund or a payout whose only
// permanent error is card_error retries every invalid request, and a
// payment intent confirmed with only invalid_request_error permanent
// retries a declined card.
var _ = cases.Add(retrystatus.Analyzer, "StripeDeclineScope", "stripedeclinescope")
