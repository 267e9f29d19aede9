package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// MainPathA17: chi Stripe webhooks that page the on-call channel in a
// branch that refuses the delivery (a bad signature, no order named, a
// failed payment, the paid UPDATE's error) and call the merchant back on
// the path that marks the order paid, inline (Settled, Events,
// Confirmed) or through their own method (Completed): reported at the
// call back, not at the page. Still reported at the page: a handler
// whose only slow call is the refusal's (Captured), one paging every
// delivery first (Received), and one storing no payment state (Logged).
// Silent: the page and the call back in goroutines (Queued), the 200
// flushed before the call back (Flushed).
var _ = cases.Add(webhookack.Analyzer, "MainPathA17", "a17mainpath/ops", "a17mainpath/hooks")
