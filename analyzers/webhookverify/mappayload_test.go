package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MapPayload: an aggregator's payment callbacks on routes naming a
// payment but no webhook (gin POST /payments/pakailink/va, net/http POST
// /api/payment/va-settle), known as webhooks by what they do: the raw
// body read, decoded into a map, and a paid state written for the payment
// the posted map names or under a test of a posted value (in the handler
// or through a helper), verifying nothing: reported. Silent: the same
// callback after an HMAC of the raw body, the buyer's confirm endpoint
// reading the payment back from the gateway, a manual mark-paid behind
// the group's user-login middleware, a handler reading the user a
// middleware stored, and one checking client credentials in a helper
// paylint does not judge.
var _ = cases.Add(webhookverify.Analyzer, "MapPayload", "webhookverify/mappayload")
