package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// LightningInvoiceKeyC15R: paying a BOLT11 invoice over lnd REST again (a
// hand-written loop, a go-retryablehttp client) with no Idempotency-Key
// header is safe: the same payment_request is refused once paid or in
// flight, so the invoice is the key. Silent.
var _ = cases.Add(idempotency.Analyzer, "LightningInvoiceKeyC15R", "idempotency/c15r/lnpay")
