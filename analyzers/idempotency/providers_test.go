package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestProviders: retries around the provider SDKs of the payment model's
// provider_*.go tables, in one load.
func TestProviders(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer,
		"idempotency/providers/gocardless",  // SDK key per call (AutoKey), WithIdempotencyKey
		"idempotency/providers/adyen",       // builder IdempotencyKey(k), common.WithIdempotencyKey
		"idempotency/providers/square",      // request field IdempotencyKey
		"idempotency/providers/mollie",      // idempotencyKey argument, SDK key per call (AutoKey)
		"idempotency/providers/braintree",   // no key: read the state before replaying
		"idempotency/providers/razorpay",    // no key, extraHeaders may carry one
		"idempotency/providers/paypal",      // requestID argument of the WithPaypalRequestId variants
		"idempotency/providers/mercadopago", // SDK key per call, none of yours
		"idempotency/providers/midtrans",    // the order id refused twice, the refund key
		"idempotency/providers/checkout",    // idempotencyKey *string, last argument
		"idempotency/providers/xendit",      // builder IdempotencyKey(k), Execute()
		"idempotency/providers/molliego",    // community Mollie: a new key per call when its Config enables idempotency
	)
}
