package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// AckDupW24: a gin Stripe webhook of a poster shop calling
// Shipper.ShipOrder, a port webhookdedupe reports in the handler's own
// package as a repeated fulfilment, bound in main to a service whose
// ShipOrder books the courier over HTTP one call further down: the slow
// work before the answer is reported at the binding too. Silent: the
// same port called in a goroutine after the answer, and bound in another
// main to a service that only enqueues an asynq task.
var _ = cases.Add(webhookack.Analyzer, "AckDupW24", "w24ackdup/...")
