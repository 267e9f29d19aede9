package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// WiredR7: handlers of package inbound that decode a callback and act
// only through a use case bound in package server are payment webhooks
// there when the bound use case stores a paid state (also an UPDATE …
// RETURNING read through QueryRow): a provider named in two capitalised
// parts (MercadoPago), a plural receiver's Events, a payment kind compared
// on each item of a decoded batch, a provider SDK's event decoded.
// Silent: behind a verifying middleware, a handler that verifies, a CRM or
// porting callback whose use case stores no payment, a batch whose kinds
// name no payment.
var _ = cases.Add(webhookverify.Analyzer, "WiredR7", "wirehooks/r7/inbound", "wirehooks/r7/server")
