package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// SelfWiredService: a Stripe webhook handler calls a billing service
// through an interface field of its receiver, and the handler type's own
// constructor (in the handler's package, not the mounting one) binds the
// field to what another package's constructor builds behind the
// interface; the service tags the subscription at Stripe
// (subscription.Update) before the handler answers (handler/ownbound.go:
// the call dispatches to the bound type's method; payment/stripeapicall.go:
// a stripe-go call handed request parameters is a request). Reported
// bound by a keyed literal beside a test-injection constructor whose
// parameter its callers bind, field by field in a constructor, and
// through a local variable. Silent: the field bound to the service that
// queues the Stripe calls, the in-line service run in a goroutine after
// the check, a constructor choosing the implementation at run time, and a
// field only a setter binds from its parameter.
var _ = cases.Add(webhookack.Analyzer, "SelfWiredService", "selfwiredhook/...")
