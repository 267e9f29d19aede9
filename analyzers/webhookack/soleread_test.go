package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// SoleReadW24: echo handlers of Mollie's webhook, routed in their own
// package, reading the payment back through a Reader port bound in main
// to a wrapper of the SDK's Payments.Get. Silent: the one read back, as
// the notification carries only the id. Reported at the binding: a
// handler reading through two such ports, and one reading with the SDK
// itself and again through the port.
var _ = cases.Add(webhookack.Analyzer, "SoleReadW24", "w24soleread/...")
