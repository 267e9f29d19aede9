package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// SetupCreateR16: a verified gin Stripe handler opening a setup-mode
// Checkout Session (a create that charges nothing, not a payment write)
// before it answers, through a helper and inline, reported: any provider
// call is a round trip the provider waits on. Silent: the same in a
// goroutine, the customer queued for a worker, and a handler reading the
// event's payment back once.
var _ = cases.Add(webhookack.Analyzer, "SetupCreateR16", "r16setupack/renewals")

// VerifierActsR16: a net/http Stripe hook whose one service call both
// verifies (ConstructEvent) and, past that check, opens a setup session or
// POSTs to a relay before the handler answers, reported: the verifier's
// call is more than verification. Silent: a service call that verifies
// and decodes, one that verifies and reads the payment back once, and a
// remote verification (the call is the check).
var _ = cases.Add(webhookack.Analyzer, "VerifierActsR16", "r16setupack/billing", "r16setupack/api")
