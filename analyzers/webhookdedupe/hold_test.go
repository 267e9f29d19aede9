package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// HoldNotPaidH16: a verified gin Stripe webhook recording a deposit hold
// (amount_capturable_updated: "authorised" through a deposit_status
// setter in sight, "requires_capture" through a port main binds to it) on
// every delivery, with no dedupe, is silent: a hold is no paid state, and
// redirectfulfill's judgment of holds on return pages (h16) changes
// nothing here.
var _ = cases.Add(webhookdedupe.Analyzer, "HoldNotPaidH16", "h16holdhooks/...")
