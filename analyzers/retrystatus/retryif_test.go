package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// RetryIfStripeF20: retry-go RetryIf functions over the stripe-go error
// the operation hands back untouched: a literal excluding only card_error
// (a type assertion) retries invalid_request_error around Capture, and a
// function of the package excluding only invalid_request_error retries
// card_error around Confirm, reported at the condition; a filter
// excluding both, an operation wrapping its error with fmt.Errorf and a
// filter never looking at a *stripe.Error silent.
var _ = cases.Add(retrystatus.Analyzer, "RetryIfStripeF20", "f20retryif/...")
