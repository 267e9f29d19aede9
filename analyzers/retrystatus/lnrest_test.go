package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// LightningRESTC15R: paying a BOLT11 invoice over a Lightning node's REST
// API (lnd POST /v2/router/send, {"payment_request": …}) is a payment
// write; a go-retryablehttp client whose CheckRetry (a named function set
// in a Client literal) retries every answer but 200 retries the
// refusals. The same payment retried only on 429/5xx, or by the library's
// ErrorPropagatedRetryPolicy, and a client that only makes invoices
// retrying every 4xx, stay silent.
var _ = cases.Add(retrystatus.Analyzer, "LightningRESTC15R",
	"retrystatus/c15r/lnrest/pay", "retrystatus/c15r/lnrest/transient", "retrystatus/c15r/lnrest/invoices")
