package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// SetupModeSession: a verified Stripe webhook that opens a Checkout
// Session in setup mode (collects a card, charges nothing) repeats no
// payment: silent, whether the mode is stripe.CheckoutSessionModeSetup or
// "setup". A payment-mode session opened on every delivery is reported.
var _ = cases.Add(webhookdedupe.Analyzer, "SetupModeSession", "setupmode/...")
