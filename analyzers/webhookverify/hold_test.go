package webhookverify_test

import "github.com/paylint/paylint/analyzers/webhookverify"

// HoldNotPaidH16: a gin Stripe webhook binding an unverified body and
// recording a deposit hold ("requires_capture" through a deposit_status
// setter in sight, "authorized" through a port main binds to it) is
// silent: a forged event marks a deposit authorised, never paid, and
// redirectfulfill's judgment of holds on return pages (h16) changes
// nothing here.
var _ = cases.Add(webhookverify.Analyzer, "HoldNotPaidH16", "h16holdhooks/...")
